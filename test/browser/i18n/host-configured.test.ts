import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { feed, type I18nProbe } from './probe.js';

describe('a host app that configured @lit/localize itself', () => {
  it('keeps its configuration; the elements show their Arabic source strings and warn once', async () => {
    // The app's own configuration, done before any news element needed a locale.
    const app = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: {} }),
    });
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      // A French element: the UI would switch to French, but @lit/localize is not ours to configure.
      const el = await fixture<I18nProbe>(html`<i18n-probe lang="fr" .feed=${feed('ar')}></i18n-probe>`);
      await waitUntil(() => warnings.length > 0, 'a warning');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.label')!.textContent!.trim()).to.equal('عاجل');
      expect(el.resolved).to.include({ lang: 'fr', dir: 'ltr' });
      expect(String(warnings[0])).to.contain('already configured');
      const second = await fixture<I18nProbe>(html`<i18n-probe .feed=${feed('fa')}></i18n-probe>`);
      await second.updateComplete;
      const { setLocale } = await import('../../../src/i18n/locale.js');
      await setLocale('he');
      expect(warnings).to.have.length(1);
      expect(app.getLocale(), "the app's locale is untouched").to.equal('en');
    } finally {
      console.warn = warn;
    }
  });
});
