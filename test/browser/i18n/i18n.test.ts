import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { feed, part, type I18nProbe } from './probe.js';
import './probe.js';

/** Until the feed is parsed (readers load on demand) and the element has rendered it. */
const settle = async (el: I18nProbe) => {
  await waitUntil(() => el.status === 'ready' || el.status === 'error', 'the feed is read', { timeout: 3000 });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('language and direction', () => {
  it('an Arabic feed on an LTR English page renders RTL, in Arabic, with Arabic UI strings', async () => {
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(navigator.language).to.match(/^en/);
    const wrapper = await fixture<HTMLDivElement>(html`<div><i18n-probe .feed=${feed('ar-SY')}></i18n-probe></div>`);
    const el = wrapper.querySelector('i18n-probe')!;
    await settle(el);
    await waitUntil(() => el.resolved.ui === 'ar' && part(el, '.label').text === 'عاجل', 'Arabic UI strings', {
      timeout: 3000,
    });
    expect(part(el, '.related').text).to.equal('مقالات ذات صلة');
    expect(getComputedStyle(wrapper).direction).to.equal('ltr');
    expect(part(el, '.label').dir).to.equal('rtl');
    expect(el.matches(':dir(rtl)')).to.equal(true);
    expect(el.getAttribute('lang')).to.equal('ar-SY');
    expect(el.resolved).to.include({ lang: 'ar-SY', dir: 'rtl', ui: 'ar', number: '١٬٢٣٤' });
    expect(part(el, '.date').text).to.contain('كانون الأول');
  });

  it('dir="rtl" on a grandparent flips an element, and flipping it back at run time follows', async () => {
    const section = await fixture<HTMLElement>(
      html`<section dir="rtl">
        <div><i18n-probe .feed=${feed('en')}></i18n-probe></div>
      </section>`,
    );
    const el = section.querySelector('i18n-probe')!;
    await settle(el);
    expect(part(el, '.label').dir).to.equal('rtl');
    expect(el.resolved.dir).to.equal('rtl');
    expect(el.hasAttribute('dir'), 'inherits, no attribute of its own').to.equal(false);
    section.setAttribute('dir', 'ltr');
    await waitUntil(() => el.resolved.dir === 'ltr', 'follows the ancestor change');
    expect(part(el, '.label').dir).to.equal('ltr');
  });

  it('an explicit dir="ltr" ancestor wins over an RTL language; page CSS direction counts too', async () => {
    const div = await fixture<HTMLDivElement>(html`<div dir="ltr"><i18n-probe .feed=${feed('ar')}></i18n-probe></div>`);
    const el = div.querySelector('i18n-probe')!;
    await settle(el);
    expect(el.resolved).to.include({ lang: 'ar', dir: 'ltr' });
    expect(part(el, '.label').dir).to.equal('ltr');

    const css = await fixture<HTMLDivElement>(
      html`<div style="direction: rtl"><i18n-probe .feed=${feed('en')}></i18n-probe></div>`,
    );
    const el2 = css.querySelector('i18n-probe')!;
    await settle(el2);
    // Computed style is read in the shared read phase at the next frame (never in an update).
    await waitUntil(() => el2.resolved.dir === 'rtl', 'page CSS direction followed');
    expect(el2.matches(':dir(rtl)') || el2.getAttribute('dir') !== 'ltr', 'no dir="ltr" left on it').to.equal(true);
  });

  it("the element's own lang wins over its ancestors and the feed", async () => {
    const div = await fixture<HTMLDivElement>(
      html`<div lang="ar"><i18n-probe lang="fr" .feed=${feed('he')}></i18n-probe></div>`,
    );
    const el = div.querySelector('i18n-probe')!;
    await settle(el);
    expect(el.resolved).to.include({ lang: 'fr', dir: 'ltr' });
    expect(el.getAttribute('lang'), "the author's attribute stays").to.equal('fr');
    expect(part(el, '.date').text).to.contain('décembre');
  });

  it('an invalid lang never throws: the next source is used', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="not a tag!" .feed=${feed('ar_sy')}></i18n-probe>`);
    await settle(el);
    expect(el.resolved).to.include({ lang: 'ar-SY', dir: 'rtl' });
    expect(el.getAttribute('lang'), "the author's attribute is left alone").to.equal('not a tag!');
  });

  it('an ancestor lang across a shadow root is found, and its RTL language sets the direction', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fa"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('i18n-probe');
    el.feed = feed(undefined);
    shadow.append(el);
    await settle(el);
    expect(el.resolved).to.include({ lang: 'fa', dir: 'rtl' });
    expect(el.getAttribute('dir'), 'direction from the language is reflected').to.equal('rtl');
    expect(part(el, '.label').dir).to.equal('rtl');
  });

  it('an item without a language gets dir="auto"; one with a language gets its own', async () => {
    const el = await fixture<I18nProbe>(
      html`<i18n-probe .feed=${feed('en', { title: 'عنوان عربي', language: undefined })}></i18n-probe>`,
    );
    await settle(el);
    expect(part(el, '.title').el.getAttribute('dir')).to.equal('auto');
    expect(part(el, '.title').dir, 'Arabic first strong character').to.equal('rtl');
    el.feed = feed('en', { title: 'Hello', language: 'he' });
    await waitUntil(() => el.shadowRoot!.querySelector('.title')?.textContent === 'Hello', 'the new feed is shown');
    expect(part(el, '.title').el.getAttribute('dir')).to.equal('rtl');
    expect(part(el, '.title').el.getAttribute('lang')).to.equal('he');
  });

  it('the date is a <time> with the machine date and the full date on hover', async () => {
    const el = await fixture<I18nProbe>(
      html`<i18n-probe
        lang="ar-EG"
        numerals="latn"
        time-zone="Asia/Damascus"
        date-format="numeric"
        .feed=${feed('ar')}
      ></i18n-probe>`,
    );
    await settle(el);
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-12-26T09:51:00.000Z');
    expect(time.textContent!.trim()).to.equal('26.12.2024 | 12:51');
    expect(time.title).to.contain('ديسمبر').and.contain('الخميس');
  });
});

describe('two widgets in two languages', () => {
  it('each has its own direction and formats; UI strings follow the first one, then the next', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <i18n-probe id="a" .feed=${feed('ar-SY')}></i18n-probe>
        <i18n-probe id="b" .feed=${feed('fr')}></i18n-probe>
      </div>`,
    );
    const [a, b] = wrapper.querySelectorAll('i18n-probe');
    await settle(a);
    await settle(b);
    await waitUntil(() => part(a, '.label').text === 'عاجل' && part(b, '.label').text === 'عاجل', 'page-wide Arabic', {
      timeout: 3000,
    });
    expect(a.resolved).to.include({ lang: 'ar-SY', dir: 'rtl' });
    expect(b.resolved).to.include({ lang: 'fr', dir: 'ltr' });
    expect(part(b, '.label').dir).to.equal('ltr');
    expect(part(a, '.date').text).to.contain('كانون الأول');
    expect(part(b, '.date').text).to.contain('décembre');
    a.remove();
    await waitUntil(() => part(b, '.label').text === 'Urgent', 'follows the remaining widget', { timeout: 3000 });
  });
});

describe('theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('light by default even when the reader prefers dark, dark on theme="dark", auto follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await fixture<I18nProbe>(html`<i18n-probe .feed=${feed('en')}></i18n-probe>`);
    await settle(el);
    const color = () => getComputedStyle(part(el, '.label').el).color;
    expect(color()).to.equal('rgb(26, 26, 26)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(color(), 'a light host page keeps a light widget').to.equal('rgb(26, 26, 26)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(color()).to.equal('rgb(236, 235, 232)');
    await emulateMedia({ colorScheme: 'light' });
    expect(color()).to.equal('rgb(26, 26, 26)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(color()).to.equal('rgb(236, 235, 232)');
  });

  it('hostile page CSS does not leak in, and Arabic gets a tall line', async () => {
    const div = await fixture<HTMLDivElement>(
      html`<div
        style="line-height: 0.8; letter-spacing: 6px; font-style: italic; text-transform: uppercase; word-spacing: 9px; text-align: right; -webkit-text-fill-color: transparent"
      >
        <i18n-probe .feed=${feed('ar')}></i18n-probe>
      </div>`,
    );
    const el = div.querySelector('i18n-probe')!;
    await settle(el);
    const style = getComputedStyle(part(el, '.title').el);
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(style.wordSpacing).to.equal('0px');
    expect(style.textAlign).to.equal('start');
    expect(style.webkitTextFillColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
  });
});
