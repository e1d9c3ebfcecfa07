import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { NewsFeed } from '../../../src/feed/model.js';
import type { RelatedList } from '../../../src/elements/related-list/related-list.component.js';
import { SEED_RELATED, newsItem, seedFeed } from '../helpers/seed-feed.js';
import '../../../src/elements/related-list/related-list.js';

/** Items about something else entirely (sport, phones, weather, gold), in other categories. */
export const UNRELATED = [
  newsItem({
    id: 'sport-youth-final',
    url: 'https://news.example/sport/youth-final',
    title: 'منتخب الشباب يتأهل الى نهائي بطولة كرة القدم',
    summary: 'تأهل منتخب الشباب لكرة القدم الى المباراة النهائية بعد فوزه بثلاثة اهداف مقابل هدف.',
    category: 'الرياضة',
    tags: ['كرة القدم'],
    published: '2024-12-24T18:00:00Z',
  }),
  newsItem({
    id: 'sport-basketball',
    url: 'https://news.example/sport/basketball',
    title: 'نادي الكرامة يحرز لقب دوري كرة السلة',
    summary: 'احرز نادي الكرامة لقب الدوري بعد موسم طويل من المنافسة مع الاندية.',
    category: 'الرياضة',
    tags: ['كرة السلة'],
    published: '2024-12-23T18:00:00Z',
  }),
  newsItem({
    id: 'tech-phone',
    url: 'https://news.example/tech/phone',
    title: 'شركة تطلق هاتفا ذكيا جديدا بكاميرا متطورة وبطارية اكبر',
    summary: 'كشفت الشركة عن هاتفها الجديد الذي يأتي بشاشة اكبر ومعالج اسرع.',
    category: 'تكنولوجيا',
    tags: ['هواتف'],
    published: '2024-12-25T08:00:00Z',
    image: { url: 'https://news.example/images/phone.jpg', width: 640, height: 480 },
  }),
  newsItem({
    id: 'weather-rain',
    url: 'https://news.example/weather/rain',
    title: 'امطار غزيرة وانخفاض ملحوظ في درجات الحرارة',
    summary: 'تتأثر المنطقة بمنخفض جوي يحمل امطارا غزيرة ورياحا نشطة.',
    category: 'طقس',
    published: '2024-12-26T06:00:00Z',
  }),
];

export const RELATED_TITLES = SEED_RELATED.map((item) => item.title);

/** The seed article, its three related items (dated, with images) and unrelated items. */
export function testFeed(): NewsFeed {
  const feed = seedFeed();
  feed.items.forEach((item, i) => {
    item.published ??= `2024-12-2${5 - (i % 3)}T10:00:00Z`;
    item.image ??= { url: `https://news.example/images/${i}.jpg`, width: 640, height: 480 };
  });
  feed.items.push(...structuredClone(UNRELATED));
  return feed;
}

/** Renders and waits until the feed has been taken in (sync or async controllers alike). */
export async function settled(template: ReturnType<typeof html>): Promise<RelatedList> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'related-list' ? (host as RelatedList) : host.querySelector('related-list')!;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~=list], [part~=empty], [part~=error]') || el.hasAttribute('data-empty'),
    'never settled',
  );
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const titles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~=title]')].map((node) => node.textContent!.trim());
export const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~=item]')];
