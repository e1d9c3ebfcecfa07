import { expect, waitUntil } from '@open-wc/testing';
import type { I18nProbe } from './probe.js';

// No static import of the element or the library: the markup is in the page before the script,
// as on a publisher's page where <script> comes last.

const label = (el: Element) => el.shadowRoot?.querySelector('.label')?.textContent?.trim();
const chunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/generated/locales/'));

describe('switching the UI locale at run time', () => {
  const holder = document.createElement('div');
  before(() => {
    holder.innerHTML =
      '<div id="page" lang="ar"><i18n-probe id="early"></i18n-probe></div>' +
      '<p lang="en"><i18n-probe id="english"></i18n-probe></p>';
    document.body.append(holder);
  });
  after(() => holder.remove());

  it('Arabic first, and an Arabic page loads no locale module', async () => {
    expect(customElements.get('i18n-probe')).to.equal(undefined);
    const { feed } = await import('./probe.js');
    const early = document.getElementById('early') as I18nProbe;
    early.feed = feed('ar');
    await early.updateComplete;
    expect(early.resolved).to.include({ lang: 'ar', dir: 'rtl', ui: 'ar' });
    expect(label(early)).to.equal('عاجل');
    expect(chunks()).to.deep.equal([]);
  });

  it('the first element follows its language: an English page section would not change an Arabic first element', async () => {
    const english = document.getElementById('english') as I18nProbe;
    await english.updateComplete;
    expect(english.resolved).to.include({ lang: 'en', dir: 'ltr', ui: 'ar' });
    expect(label(english)).to.equal('عاجل');
    expect(chunks()).to.deep.equal([]);
  });

  it('setLocale re-renders elements that were in the page before the script, loading only that locale', async () => {
    const { setLocale, getLocale } = await import('../../../src/i18n/locale.js');
    const early = document.getElementById('early') as I18nProbe;
    const english = document.getElementById('english') as I18nProbe;
    await setLocale('fr-CA');
    expect(getLocale()).to.equal('fr');
    await waitUntil(() => label(early) === 'Urgent' && label(english) === 'Urgent', 'French everywhere');
    expect(chunks()).to.have.length(1);
    expect(chunks()[0]).to.contain('/fr.');

    await setLocale('ar-SY');
    await waitUntil(() => label(early) === 'عاجل', 'Arabic');
    expect(chunks(), 'Arabic needs no module').to.have.length(1);

    await setLocale('en-GB');
    await waitUntil(() => label(english) === 'Breaking' && label(early) === 'Breaking', 'English');
    expect(early.resolved.dir, 'the UI locale does not change the content direction').to.equal('rtl');
    expect(chunks()).to.have.length(2);
    expect(chunks()[1]).to.contain('/en.');
    expect(chunks().some((name) => /\/(he|fa|ur)\./.test(name))).to.equal(false);
  });

  it('an explicit locale wins over the elements; "auto" goes back to following them', async () => {
    const { setLocale } = await import('../../../src/i18n/locale.js');
    const early = document.getElementById('early') as I18nProbe;
    await setLocale('he');
    document.getElementById('page')!.setAttribute('lang', 'fa');
    await waitUntil(() => early.resolved.lang === 'fa', 'the first element is now Persian');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(label(early)).to.equal('מבזק');
    await setLocale('auto');
    await waitUntil(() => label(early) === 'فوری', 'follows the first element (Persian page section)');
  });

  it('an unknown locale falls back to English, not the Arabic source, without throwing', async () => {
    const { setLocale } = await import('../../../src/i18n/locale.js');
    const early = document.getElementById('early') as I18nProbe;
    await setLocale('ar');
    await waitUntil(() => label(early) === 'عاجل', 'Arabic');
    await setLocale('de-DE');
    await waitUntil(() => label(early) === 'Breaking', 'English');
    await setLocale('ar');
    await setLocale('ja');
    await waitUntil(() => label(early) === 'Breaking', 'English again');
  });
});
