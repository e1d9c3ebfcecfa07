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
    holder.innerHTML = '<i18n-probe id="early"></i18n-probe><p lang="ar"><i18n-probe id="arabic"></i18n-probe></p>';
    document.body.append(holder);
  });
  after(() => holder.remove());

  it('English first, and an English page loads no locale module', async () => {
    expect(customElements.get('i18n-probe')).to.equal(undefined);
    const { feed } = await import('./probe.js');
    const early = document.getElementById('early') as I18nProbe;
    early.feed = feed('en');
    await early.updateComplete;
    expect(label(early)).to.equal('Breaking');
  });

  it('the first element follows its language: an Arabic page section would not change an English first element', async () => {
    const arabic = document.getElementById('arabic') as I18nProbe;
    await arabic.updateComplete;
    expect(arabic.resolved).to.include({ lang: 'ar', dir: 'rtl', ui: 'en' });
    expect(label(arabic)).to.equal('Breaking');
    expect(chunks()).to.deep.equal([]);
  });

  it('setLocale re-renders elements that were in the page before the script, loading only that locale', async () => {
    const { setLocale, getLocale } = await import('../../../src/i18n/locale.js');
    const early = document.getElementById('early') as I18nProbe;
    const arabic = document.getElementById('arabic') as I18nProbe;
    await setLocale('fr-CA');
    expect(getLocale()).to.equal('fr');
    await waitUntil(() => label(early) === 'Urgent' && label(arabic) === 'Urgent', 'French everywhere');
    expect(chunks()).to.have.length(1);
    expect(chunks()[0]).to.contain('/fr.');

    await setLocale('ar-SY');
    await waitUntil(() => label(early) === 'عاجل', 'Arabic');
    expect(early.resolved.dir, 'the UI locale does not change the content direction').to.equal('ltr');
    expect(chunks().some((name) => /\/(he|fa|ur)\./.test(name))).to.equal(false);
  });

  it('an explicit locale wins over the elements; "auto" goes back to following them', async () => {
    const { setLocale } = await import('../../../src/i18n/locale.js');
    const { feed } = await import('./probe.js');
    const early = document.getElementById('early') as I18nProbe;
    await setLocale('he');
    early.feed = feed('fa');
    await early.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(label(early)).to.equal('מבזק');
    await setLocale('auto');
    await waitUntil(() => label(early) === 'فوری', 'follows the first element (Persian feed)');
  });

  it('an unknown locale falls back to English without throwing', async () => {
    const { setLocale } = await import('../../../src/i18n/locale.js');
    const early = document.getElementById('early') as I18nProbe;
    await setLocale('de-DE');
    await waitUntil(() => label(early) === 'Breaking', 'English');
  });
});
