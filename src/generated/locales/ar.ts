
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `هذا المقال غير موجود في ملف الأخبار`,
'error.http': str`ردّ خادم الأخبار بالخطأ ${0}.`,
'error.invalid-input': `عنوان ملف الأخبار أو بياناته غير صالحة.`,
'error.network': `تعذّر الاتصال بخادم الأخبار. تحقّق من اتصالك بالإنترنت.`,
'error.parse': `تعذّرت قراءة ملف الأخبار.`,
'error.timeout': `استغرق خادم الأخبار وقتاً طويلاً للرد.`,
'error.too-large': `ملف الأخبار أكبر من أن يُعرض.`,
'error.unsupported': `صيغة ملف الأخبار هذا غير مدعومة.`,
'related.empty': `لا توجد مقالات ذات صلة`,
'state.fallback-link': `افتح صفحة الأخبار`,
'str.breaking': `عاجل`,
'str.by': html`بقلم ${0}`,
'str.empty': `لا توجد أخبار لعرضها بعد`,
'str.load-error': `تعذّر تحميل الأخبار`,
'str.load-more': `تحميل المزيد`,
'str.loading': `جارٍ تحميل الأخبار…`,
'str.news-headlines': `عناوين الأخبار`,
'str.next-headline': `العنوان التالي`,
'str.pause': `إيقاف مؤقت`,
'str.pause-headlines': `إيقاف العناوين مؤقتاً`,
'str.play': `تشغيل`,
'str.play-headlines': `تشغيل العناوين`,
'str.previous-headline': `العنوان السابق`,
'str.read-full-article': `اقرأ المقال كاملاً`,
'str.read-more': `اقرأ المزيد`,
'str.read-original': `اقرأ المقال الأصلي`,
'str.related-articles': `مقالات ذات صلة`,
'str.retry': `إعادة المحاولة`,
'str.source': `المصدر`,
'str.tags': `الوسوم`,
'str.updated': html`آخر تحديث ${0}`,
    };
  