import { describe, expect, it } from 'vitest';
import { normalizeArabic, stem, tokenize } from '../../../src/text/normalize.js';

describe('normalizeArabic', () => {
  it('removes tashkeel, shadda, sukun and tanween', () => {
    expect(normalizeArabic('مَدْرَسَةٌ')).toBe('مدرسه');
    expect(normalizeArabic('الشَّرْعُ')).toBe('الشرع');
  });

  it('removes the superscript alef and Quranic annotation marks', () => {
    expect(normalizeArabic('الرَّحْمَٰنِ')).toBe('الرحمن');
    expect(normalizeArabic('ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ')).toBe('ذلك الكتب لا ريب  فيه ');
  });

  it('removes tatweel', () => {
    expect(normalizeArabic('أهـــلاً')).toBe('اهلا');
  });

  it('unifies alef forms, ى, ة, ؤ, ئ and Persian letters', () => {
    expect(normalizeArabic('أحمد إسرائيل آثار ٱلله')).toBe('احمد اسراييل اثار الله');
    expect(normalizeArabic('على مستشفى')).toBe('علي مستشفي');
    expect(normalizeArabic('مدرسة')).toBe(normalizeArabic('مدرسه'));
    expect(normalizeArabic('مؤتمر رئيس')).toBe('موتمر رييس');
    expect(normalizeArabic('ایران کتاب')).toBe('ايران كتاب');
  });

  it('turns Arabic-Indic and Persian digits into Latin digits', () => {
    expect(normalizeArabic('٢٤ ساعة')).toBe('24 ساعه');
    expect(normalizeArabic('۱۴۰۳')).toBe('1403');
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('folds presentation forms and decomposed hamza', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
    expect(normalizeArabic('ا\u0654حمد')).toBe('احمد');
  });

  it('never throws on odd input', () => {
    expect(normalizeArabic(undefined as unknown as string)).toBe('');
    expect(normalizeArabic(null as unknown as string)).toBe('');
  });
});

describe('stem', () => {
  const same = (...variants: string[]) => expect(new Set(variants.map(stem)).size, variants.join(' / ')).toBe(1);

  it('strips the article and attached prefixes', () => {
    same('الشرع', 'والشرع', 'بالشرع', 'للشرع', 'فالشرع', 'كالشرع', 'شرع');
    same('لافروف', 'ولافروف');
    same('سوريا', 'بسوريا', 'وسوريا');
  });

  it('matches spellings that differ only in hamza, ة/ه, ى/ي or diacritics', () => {
    same('أحمد', 'احمد', 'أَحْمَد');
    same('السورية', 'سوريه', 'السوريّة', 'والسورية');
    same('الإقليمي', 'الاقليمي', 'الإقليمية');
    same('مدرسة', 'مدرسه');
    same('إيران', 'ايران', 'الإيراني', 'الايرانية');
  });

  it('strips plural, dual, nisba and pronoun suffixes', () => {
    same('العلاقات', 'علاقة', 'العلاقة');
    same('المواطنين', 'المواطن', 'مواطنون');
    same('روسيا', 'الروسي', 'الروسية');
    same('المطارات', 'مطار', 'المطار');
  });

  it('keeps names and nouns ending in ين ان ون apart from the shorter word inside them', () => {
    const apart: [string, string][] = [
      ['البحرين', 'البحر'], // Bahrain, the sea
      ['بالبحرين', 'بحر'],
      ['لبنان', 'لبن'], // Lebanon, milk
      ['ولبنان', 'لبن'],
      ['للبنان', 'اللبن'],
      ['السودان', 'السود'], // Sudan, the black ones
      ['عدنان', 'عدن'], // Adnan, Aden
      ['سلمان', 'سلم'], // Salman, peace
      ['طهران', 'طهر'], // Tehran, purity
      ['الإنسان', 'أنس'], // the human, Anas
      ['الأمين', 'الأم'], // the secretary, the mother
      ['القلمون', 'القلم'], // Qalamoun, the pen
      ['فرعون', 'فرع'], // Pharaoh, branch
      ['اليمين', 'اليم'], // the right, the sea
      ['العشرين', 'العشر'], // twenty, ten
      ['التقنين', 'التقنيات'], // rationing, technologies
      ['عمان', 'عم'], // Oman, uncle
      // A kept ending does not let a root letter go as a prefix.
      ['بوتين', 'التين'], // Putin, the figs
      ['البلدين', 'الدين'], // the two countries, religion
    ];
    for (const [a, b] of apart) expect(stem(a), `${a} / ${b}`).not.toBe(stem(b));
  });

  it('still merges the plurals, duals and nisbas of longer stems, and every form of a name', () => {
    same('المفاوضات', 'مفاوضات', 'المفاوضة');
    same('الرئيس', 'رئيس', 'والرئيس');
    same('اللاجئين', 'لاجئ', 'اللاجئ', 'واللاجئين');
    same('المواطنين', 'المواطن', 'مواطنون', 'والمواطنين');
    same('الجانبين', 'الجانبان', 'الجانب');
    same('اللاعبين', 'لاعبين', 'لاعب');
    same('الاتصالات', 'اتصال', 'اتصالين');
    same('المستخدمين', 'المستخدم', 'للمستخدمين');
    same('الفلسطينيين', 'فلسطين', 'الفلسطيني', 'الفلسطينية');
    same('البحرين', 'البحريني', 'البحرينية', 'والبحرين', 'بالبحرين');
    same('لبنان', 'اللبناني', 'اللبنانية', 'ولبنان', 'للبنان', 'اللبنانيين');
    same('السودان', 'السوداني', 'والسودان', 'السودانيين');
    same('إيران', 'وإيران', 'الإيراني', 'الإيرانيين');
    same('الأمين', 'أمين', 'والأمين');
    same('الدين', 'دين');
    same('البيان', 'بيان', 'بيانات');
    same('المدينة', 'مدينة');
  });

  it('keeps short words whole', () => {
    expect(stem('ولد')).toBe('ولد');
    expect(stem('قطر')).toBe('قطر');
    expect(stem('بيت')).toBe('بيت');
    expect(stem('اله')).toBe('اله');
  });

  it('lower-cases Latin words and drops a plural s', () => {
    expect(stem('Talks')).toBe('talk');
    expect(stem('news')).toBe('news');
    expect(stem('class')).toBe('class');
  });
});

describe('tokenize', () => {
  it('drops Arabic stop words, also behind و', () => {
    expect(tokenize('في من على إلى وفي هذا')).toEqual([]);
    expect(tokenize('لافروف: الشرع قال العلاقات قديمة')).toEqual([
      stem('لافروف'),
      'شرع',
      stem('العلاقات'),
      stem('قديمة'),
    ]);
  });

  it('splits Latin on non-letters, lower-cases and drops English stop words', () => {
    expect(tokenize("The Syrian Foreign-Minister said: talks with Russia are 'ongoing'.")).toEqual([
      'syrian',
      'foreign',
      'minister',
      'talk',
      'russia',
      'ongoing',
    ]);
  });

  it('keeps non-English letters and digits whole (Unicode-aware)', () => {
    expect(tokenize('Café naïve Ωmega 2024')).toEqual(['café', 'naïve', 'ωmega', '2024']);
  });

  it('handles mixed Arabic and Latin text', () => {
    expect(tokenize('قمة G20 في الرياض، و"بي بي سي"')).toEqual(['قمه', 'g20', 'رياض', 'بي', 'بي', 'سي']);
  });

  it('gives the same terms for Arabic-Indic and Latin digits', () => {
    expect(tokenize('لمدة ٢٤ ساعة')).toEqual(tokenize('لمدة 24 ساعه'));
  });

  it('returns no terms for empty or odd input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('... ، ؛ ؟ !!')).toEqual([]);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });
});
