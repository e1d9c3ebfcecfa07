
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `این مطلب در فید خبر نیست`,
'error.http': str`سرور خبر با خطای ${0} پاسخ داد.`,
'error.invalid-input': `نشانی یا داده‌های فید خبر معتبر نیست.`,
'error.network': `اتصال به سرور خبر برقرار نشد. اتصال اینترنت خود را بررسی کنید.`,
'error.parse': `فید خبر خوانده نشد.`,
'error.timeout': `پاسخ سرور خبر بیش از حد طول کشید.`,
'error.too-large': `فید خبر برای نمایش بیش از حد بزرگ است.`,
'error.unsupported': `قالب این فید خبر پشتیبانی نمی‌شود.`,
'related.empty': `مطلب مرتبطی نیست`,
'related.stated': `انتخاب ناشر`,
'state.fallback-link': `باز کردن صفحهٔ خبرها`,
'str.audio-link': `▶ صدا`,
'str.breaking': `فوری`,
'str.by': html`نوشتهٔ ${0}`,
'str.empty': `هنوز خبری برای نمایش نیست`,
'str.load-error': `بارگذاری خبرها ممکن نشد`,
'str.load-more': `خبرهای بیشتر`,
'str.loading': `در حال بارگذاری خبرها…`,
'str.news-headlines': `عناوین خبرها`,
'str.next-headline': `عنوان بعدی`,
'str.pause': `توقف`,
'str.pause-headlines': `توقف عنوان‌ها`,
'str.play': `پخش`,
'str.play-headlines': `پخش عنوان‌ها`,
'str.previous-headline': `عنوان قبلی`,
'str.read-full-article': `خواندن متن کامل خبر`,
'str.read-more': `بیشتر بخوانید`,
'str.read-original': `خواندن نسخهٔ اصلی`,
'str.related-articles': `مطالب مرتبط`,
'str.retry': `تلاش دوباره`,
'str.source': `منبع`,
'str.table': `جدول`,
'str.tags': `برچسب‌ها`,
'str.updated': html`به‌روزرسانی ${0}`,
'str.video-link': `▶ ویدیو`,
    };
  