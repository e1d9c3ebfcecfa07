// renderWidget (news-widgets/ssr) in Node: each element's HTML with a declarative shadow root and
// the inline feed it hydrates from; languages; hostile feed text stays text, hostile bodies are
// sanitized, and nothing closes the inline feed's <script> early.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { preloadLinks, renderWidget, styleSources } from '../../../src/ssr/index.js';

const FEED = readFileSync('demo/feeds/news.json', 'utf8');
const SEED = 'syrianews-lavrov-2024-12-26';

/** The rendered element as a browser parses it: its shadow content and its inline feed. */
function parse(html: string) {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(`<body>${html}`, 'text/html');
  const host = doc.body.firstElementChild!;
  const template = host.querySelector(':scope > template[shadowrootmode=open]') as HTMLTemplateElement;
  const scripts = [...host.querySelectorAll(':scope > script')];
  const inline = JSON.parse(scripts[0]?.textContent ?? 'null');
  return { host, shadow: template.content, scripts, inline, text: template.content.textContent!.replace(/\s+/g, ' ') };
}

const ARTICLE = {
  'item-id': SEED,
  layout: 'full',
  'date-format': 'numeric',
  numerals: 'latn',
  'time-zone': 'Asia/Damascus',
};

describe('renderWidget', () => {
  it('<article-card layout="full">: the seed article with its Damascus date, body and source; inlines that one item', async () => {
    const { host, shadow, scripts, inline } = parse(await renderWidget('article-card', ARTICLE, FEED));
    expect(host.localName).toBe('article-card');
    expect(host.getAttribute('time-zone')).toBe('Asia/Damascus');
    expect(shadow.querySelector('[part=category]')?.textContent?.trim()).toBe('الاخبار السياسية');
    expect(shadow.querySelector('[part=title]')?.textContent?.trim()).toMatch(/^لافروف: الشرع قال العلاقات/);
    expect(shadow.querySelector('[part=date]')?.textContent?.trim()).toBe('26.12.2024 | 12:51');
    expect(shadow.querySelector('[part=body] blockquote')?.textContent).toMatch(/لم نسحب دبلوماسيينا/);
    expect(shadow.querySelector('p[part=source]')?.textContent).toMatch(/سيريانيوز/);
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/feed+json']);
    expect(inline.items.map((i: { id: string }) => i.id)).toEqual([SEED]);
  });

  it('another time zone gives another time: the attribute, not the server’s clock, decides', async () => {
    const { shadow } = parse(await renderWidget('article-card', { ...ARTICLE, 'time-zone': 'UTC' }, FEED));
    expect(shadow.querySelector('[part=date]')?.textContent?.trim()).toBe('26.12.2024 | 09:51');
  });

  it('<news-ticker>: the headlines, in Arabic (rtl) or English (ltr) by its lang; inlines only the headlines shown', async () => {
    const ar = parse(await renderWidget('news-ticker', { limit: 3, lang: 'ar' }, FEED));
    expect(ar.host.getAttribute('dir')).toBe('rtl');
    expect(ar.shadow.querySelector('[part=badge]')?.textContent?.trim()).toBe('عاجل');
    expect(ar.shadow.querySelectorAll('ul.copy:not([aria-hidden]) [part=item]').length).toBe(3);
    expect(ar.inline.items).toHaveLength(3);
    expect(ar.inline.items.every((i: { contentHtml?: string }) => i.contentHtml === undefined)).toBe(true);
    const en = parse(await renderWidget('news-ticker', { limit: 3, lang: 'en' }, FEED));
    expect(en.host.getAttribute('dir')).toBe('ltr');
    expect(en.shadow.querySelector('[part=badge]')?.textContent?.trim()).toBe('Breaking');
    expect(en.shadow.querySelector('[part=button]')?.getAttribute('aria-label')).toMatch(/pause/i);
    expect(ar.shadow.querySelector('[part=button]')?.getAttribute('aria-label')).not.toMatch(/pause/i);
  });

  it('<related-list for>: ranked on the server; inlines the article, stating the rows in order, and the rows only', async () => {
    const { shadow, inline } = parse(await renderWidget('related-list', { for: SEED, limit: 3 }, FEED));
    const links = [...shadow.querySelectorAll('a[part=link]')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(3);
    expect(inline.items).toHaveLength(4);
    expect(inline.items[0].id).toBe(SEED);
    expect(inline.items[0].related.map((r: { url: string }) => r.url)).toEqual(links);
    expect(inline.items.slice(1).map((i: { url: string }) => i.url)).toEqual(links);
  });

  it('<related-list> with nothing related: the host carries data-empty, so it takes no space before the script runs', async () => {
    const lonely = { ...JSON.parse(FEED), items: JSON.parse(FEED).items.filter((i: { id: string }) => i.id === SEED) };
    const empty = parse(await renderWidget('related-list', { for: SEED }, lonely));
    expect(empty.host.hasAttribute('data-empty')).toBe(true);
    expect(parse(await renderWidget('related-list', { for: SEED }, FEED)).host.hasAttribute('data-empty')).toBe(false);
  });

  it('hostile feed text stays text, a hostile body is sanitized, and the inline feed cannot close its <script>', async () => {
    const evil = `</script><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><!--`;
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: evil,
      items: [
        {
          id: '1',
          url: 'https://news.example/1',
          title: evil,
          content_html: `<p>نص</p>${evil}<a href="javascript:alert(1)">x</a><svg onload="alert(1)"></svg>`,
          tags: [evil],
          _news: { category: evil, source: { name: evil } },
        },
      ],
    };
    for (const tag of ['article-card', 'news-ticker'] as const) {
      const html = await renderWidget(tag, { layout: 'full', label: evil }, feed);
      const { host, shadow, scripts, inline } = parse(html);
      expect(scripts).toHaveLength(1);
      expect(host.querySelectorAll('script, img')).toHaveLength(1);
      // Whatever text the reader made of the title is on screen as text.
      const title = shadow.querySelector('[part=title], .title')?.textContent?.trim();
      expect(title).toBe(inline.items[0].title);
      if (tag === 'article-card') expect(inline.items[0].contentHtml).toContain('</script><script>');
      expect(shadow.querySelectorAll('script, iframe, [onerror], [onload], [part=body] svg')).toHaveLength(0);
      for (const img of shadow.querySelectorAll('img'))
        expect(img.getAttribute('src')).toMatch(/^https:\/\/news\.example\//);
      expect([...shadow.querySelectorAll('a')].every((a) => !/^javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(
        true,
      );
      expect(host.getAttribute('label')).toBe(evil);
    }
  });

  it('attributes are escaped; unknown elements and attribute names are refused', async () => {
    const { host } = parse(
      await renderWidget('news-ticker', { label: '"><b>x</b>', paused: true, motion: false }, FEED),
    );
    expect(host.getAttribute('label')).toBe('"><b>x</b>');
    expect(host.hasAttribute('paused')).toBe(true);
    expect(host.hasAttribute('motion')).toBe(false);
    await expect(renderWidget('script' as 'news-ticker', {}, FEED)).rejects.toThrow(/unknown element/);
    await expect(renderWidget('news-ticker', { 'onload x': '1' }, FEED)).rejects.toThrow(/attribute name/);
    await expect(renderWidget('news-ticker', {}, '<html>not a feed</html>')).rejects.toMatchObject({
      kind: 'unsupported',
    });
  });

  it('styleSources lists the hash of each distinct inline style, once: one per element, the same for every render', async () => {
    const ticker = await renderWidget('news-ticker', { lang: 'ar' }, FEED);
    const english = await renderWidget('news-ticker', { lang: 'en', limit: 2 }, FEED);
    const card = await renderWidget('article-card', ARTICLE, FEED);
    const list = await renderWidget('related-list', { for: SEED }, FEED);
    const style = (html: string) => parse(html).shadow.querySelector('style')!.textContent!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(styleSources(ticker)).toEqual([hash(style(ticker))]);
    expect(styleSources(english)).toEqual(styleSources(ticker));
    const page = ticker + english + card + list;
    expect(styleSources(page)).toEqual([ticker, card, list].map((html) => hash(style(html))));
    expect(new Set(styleSources(page)).size).toBe(3);
  });

  it('preloadLinks: a preload for the image a full article shows at once, none for lazy images', async () => {
    const card = await renderWidget('article-card', ARTICLE, FEED, { url: 'https://news.example/feeds/news.json' });
    const src = parse(card).shadow.querySelector('img')!.getAttribute('src');
    expect(src).toMatch(/^https:\/\/news\.example\/images\//);
    const links = preloadLinks(card);
    expect(links).toBe(
      `<link rel="preload" as="image" href="${src}" fetchpriority="high" referrerpolicy="no-referrer">`,
    );
    const stacked = await renderWidget('article-card', { ...ARTICLE, layout: 'stacked' }, FEED);
    expect(parse(stacked).shadow.querySelector('img')!.getAttribute('loading')).toBe('lazy');
    expect(preloadLinks(stacked)).toBe('');
    expect(preloadLinks(card + card)).toBe(links);
  });
});
