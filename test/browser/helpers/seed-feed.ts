import type { NewsFeed, NewsItem } from '../../../src/feed/model.js';

/**
 * The seed page (/work/shared/seeds/000_ecf118df2e58070f.txt) as a normalized NewsFeed: the
 * Lavrov article (category, title, 26.12.2024 | 12:51 Damascus time, six paragraphs with quotes,
 * source سيريانيوز, an empty TAG: line) and the three related items with their summaries.
 * The Arabic text is the page's, character for character; the trailing "سيريانيوز" of the last
 * paragraph is the source attribution and lives in `source`.
 */

export const SEED_ID = 'syrianews-lavrov-2024-12-26';
export const SEED_CATEGORY = 'الاخبار السياسية';
export const SEED_SOURCE = 'سيريانيوز';
export const SEED_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
/** 26.12.2024 | 12:51 in Damascus (UTC+3). */
export const SEED_PUBLISHED = '2024-12-26T09:51:00Z';

export const SEED_PARAGRAPHS = [
  'صرح وزير الخارجية الروسي سيرغي لافروف اليوم الخميس أن الرئيس الروسي قال نحن على تواصل مع جميع القوى السياسية في سوريا، ومستمرون في هذا التواصل حتى قبل هذه الأحداث الأخيرة.',
  'وأشار لافروف في تصريحات صحفية إلى أن قائد الإدارة العسكرية أحمد الشرع قد قال في لقاء صحفي مع "بي بي سي" إن العلاقات قديمة واستراتيجية مع روسيا، والأخيرة تدعم ذلك الطرح.',
  'وأضاف: "لم نسحب دبلوماسيينا من دمشق، والسفارة هناك تعمل بشكل طبيعي كما بقية السفارات، ونتواصل مع السلطات السورية الحالية وتتم مناقشة القضايا العملية مثل تأمين المواطنين الروس وعمل السفارة".',
  'وأكد أن بلاده بشكل عام مهتمة بالحوار حول كافة القضايا الأخرى بشأن العلاقات الثنائية.',
  'كما قال إن صيغة أستانا اجتمعت أكثر من 20 مرة، آخرها كان في 7 كانون الأول الحالي. والجميع يتواصل حتى الآن ونتبادل وجهات النظر، مضيفاً أن "صيغة أستانا يمكن أن تلعب دورا مهما في المرحلة الحالية، بما في ذلك كمراقب، إلى جانب الدول العربية ودول الخليج".',
  'وتابع: "بالطبع أحمد الشرع يتعرض الآن لضغوط كبيرة من جانب الغرب، الذي يريد أن يختطف المزيد من التأثير وكذلك من الأراضي، فكايا كالاس من الاتحاد الأوروبي تقترح عدم الاتصال مع روسيا".',
] as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const item = (init: Partial<NewsItem> & Pick<NewsItem, 'id' | 'title'>): NewsItem => ({
  summary: '',
  contentText: '',
  authors: [],
  tags: [],
  breaking: false,
  attachments: [],
  extensions: {},
  language: 'ar',
  ...init,
});

export const SEED_ARTICLE: NewsItem = item({
  id: SEED_ID,
  url: 'https://news.example/syria/lavrov-2024-12-26',
  title: SEED_TITLE,
  summary: SEED_PARAGRAPHS[0],
  contentHtml: SEED_PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join('\n'),
  contentText: SEED_PARAGRAPHS.join('\n\n'),
  published: SEED_PUBLISHED,
  category: SEED_CATEGORY,
  source: { name: SEED_SOURCE, url: 'https://www.syria-news.com/' },
  tags: [],
});

export const SEED_RELATED: NewsItem[] = [
  item({
    id: 'syrianews-sharaa-gulf-calls',
    url: 'https://news.example/syria/sharaa-gulf-calls',
    title: 'عقب الهجوم الايراني...الشرع يؤكد رفض المساس بسيادة البحرين وقطر والسعودية',
    summary:
      'أجرى الرئيس الانتقالي احمد الشرع، اتصالين هاتفيين، يوم السبت، مع ملك البحرين حمد بن عيسى آل خليفة، وامير قطر تميم بن حمد آل ثاني، عقب التصعيد العسكري الإقليمي الواسع بين الولايات المتحدة الأميركية وإسرائيل من جهة، وإيران من جهة أخرى.',
    category: SEED_CATEGORY,
    source: { name: SEED_SOURCE },
  }),
  item({
    id: 'syrianews-airspace-closure',
    url: 'https://news.example/syria/airspace-closure-extended',
    title: 'تمديد اغلاق الاجواء السورية والمطارات لمدة 24 ساعة بدءاَ من الاحد',
    summary:
      'اعلنت الهيئة العامة للطيران المدني والنقل الجوي، عن تمديد اغلاق الاجواء السورية والمطارات، لمدة 24 ساعة، اعتباراَ من يوم الاحد، عقب التصعيد العسكري الإقليمي الواسع بين الولايات المتحدة الأميركية وإسرائيل من جهة، وإيران من جهة أخرى.',
    category: SEED_CATEGORY,
    source: { name: SEED_SOURCE },
  }),
  item({
    id: 'syrianews-shaibani-negotiations',
    url: 'https://news.example/syria/shaibani-negotiations',
    title: 'الشيباني: نهاية المفاوضات مع اسرائيل انسحابها من المناطق السورية التي توغلت اليها',
    summary:
      'اعلن وزير الخارجية والمغتربين اسعد الشيباني ان نهاية المفاوضات مع الجانب الاسرائيلي هي انسحاب القوات الاسرائيلية من المناطق السورية التي توغلت اليها بعد 8 كانون الاول الماضي، ووقف التدخل في الشأن السوري، وعدم انتهاك الأجواء وعدم التدخل في السيادة السورية.',
    category: SEED_CATEGORY,
    source: { name: SEED_SOURCE },
  }),
];

/** A fresh copy each call, so a test that mutates its feed cannot leak into another. */
export function seedFeed(): NewsFeed {
  return structuredClone({
    format: 'json-feed',
    title: SEED_SOURCE,
    homePageUrl: 'https://www.syria-news.com/',
    language: 'ar',
    authors: [],
    items: [SEED_ARTICLE, ...SEED_RELATED],
    extensions: {},
  } satisfies NewsFeed);
}

/** A normalized item with defaults for the fields a test does not care about. */
export function newsItem(init: Partial<NewsItem> & Pick<NewsItem, 'id' | 'title'>): NewsItem {
  return structuredClone(item(init));
}

/** A normalized feed around `items`. */
export function newsFeed(items: NewsItem[], init: Partial<NewsFeed> = {}): NewsFeed {
  return { format: 'json-feed', title: 'Test feed', authors: [], items, extensions: {}, ...init };
}
