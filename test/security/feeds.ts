/**
 * Builds one feed document per format in which every field of every item carries a hostile
 * payload: text fields, HTML fields, URLs, names, tags, categories and ids.
 */
export type Format = 'json-feed' | 'rss' | 'atom' | 'wordpress';

/** XML 1.0 cannot carry most control characters at all; a document with them would not parse. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const esc = (s: string) =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every item also shares the tag `أمن` and the category `سياسة`, so a related list ranks them all. */
export const SHARED_TAG = 'أمن';

export function hostileFeed(format: Format, payloads: readonly string[], urls: readonly string[]): string {
  const url = (i: number) => urls[i % urls.length];
  switch (format) {
    case 'json-feed':
      return JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: payloads[0],
        home_page_url: url(0),
        language: 'ar',
        items: payloads.map((p, i) => ({
          id: `${i}-${p.slice(0, 200)}`,
          url: i % 2 ? url(i) : `https://news.example/${i}`,
          external_url: url(i + 1),
          title: p,
          summary: p,
          content_html: p,
          content_text: p,
          image: url(i),
          banner_image: url(i + 2),
          date_published: '2024-12-26T12:51:00+03:00',
          authors: [{ name: p, url: url(i), avatar: url(i + 3) }],
          tags: [p, SHARED_TAG],
          language: 'ar',
          _news: { category: i % 3 ? 'سياسة' : p, source: { name: p, url: url(i) }, breaking: i % 4 === 0 },
        })),
      });
    case 'wordpress':
      return JSON.stringify(
        payloads.map((p, i) => ({
          id: i + 1,
          date_gmt: '2024-12-26T09:51:00',
          link: i % 2 ? url(i) : `https://news.example/?p=${i}`,
          title: { rendered: p },
          excerpt: { rendered: p },
          content: { rendered: p },
          _embedded: {
            author: [{ name: p, link: url(i) }],
            'wp:featuredmedia': [{ source_url: url(i), alt_text: p, media_details: { width: 800, height: 450 } }],
            'wp:term': [
              [{ taxonomy: 'category', name: i % 3 ? 'سياسة' : p }],
              [
                { taxonomy: 'post_tag', name: p },
                { taxonomy: 'post_tag', name: SHARED_TAG },
              ],
            ],
          },
        })),
      );
    case 'rss':
      return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>${esc(payloads[0])}</title><link>https://news.example/</link><language>ar</language>
${payloads
  .map(
    (p, i) => `<item><title>${esc(p)}</title><link>${esc(i % 2 ? url(i) : `https://news.example/${i}`)}</link>
<guid isPermaLink="false">${i}-${esc(p.slice(0, 200))}</guid><description>${esc(p)}</description>
<content:encoded>${esc(p)}</content:encoded><dc:creator>${esc(p)}</dc:creator>
<category>${esc(i % 3 ? 'سياسة' : p)}</category><category>${esc(p)}</category><category>${SHARED_TAG}</category>
<media:content url="${esc(url(i))}" medium="image"/><enclosure url="${esc(url(i + 1))}" type="image/jpeg" length="1"/>
<source url="${esc(url(i))}">${esc(p)}</source><pubDate>Thu, 26 Dec 2024 12:51:00 +0300</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
    case 'atom':
      return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>${esc(payloads[0])}</title><id>urn:hostile</id>
<updated>2024-12-26T09:51:00Z</updated>
${payloads
  .map(
    (p, i) => `<entry><id>${i}-${esc(p.slice(0, 200))}</id><title type="html">${esc(p)}</title>
<link rel="alternate" href="${esc(i % 2 ? url(i) : `https://news.example/${i}`)}"/>
<summary type="html">${esc(p)}</summary><content type="html">${esc(p)}</content>
<author><name>${esc(p)}</name><uri>${esc(url(i))}</uri></author>
<category term="${esc(i % 3 ? 'سياسة' : p)}"/><category term="${esc(p)}"/><category term="${SHARED_TAG}"/>
<published>2024-12-26T12:51:00+03:00</published><updated>2024-12-26T12:51:00+03:00</updated></entry>`,
  )
  .join('\n')}
</feed>`;
  }
}
