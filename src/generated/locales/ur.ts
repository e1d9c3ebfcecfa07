
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `یہ مضمون فیڈ میں موجود نہیں`,
'error.http': str`خبروں کے سرور نے خرابی ${0} کے ساتھ جواب دیا۔`,
'error.invalid-input': `خبروں کی فیڈ کا پتہ یا ڈیٹا درست نہیں ہے۔`,
'error.network': `خبروں کے سرور سے رابطہ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں۔`,
'error.parse': `خبروں کی فیڈ پڑھی نہیں جا سکی۔`,
'error.timeout': `خبروں کے سرور نے جواب دینے میں بہت دیر لگائی۔`,
'error.too-large': `خبروں کی فیڈ دکھانے کے لیے بہت بڑی ہے۔`,
'error.unsupported': `اس خبروں کی فیڈ کا فارمیٹ معاون نہیں ہے۔`,
'related.empty': `کوئی متعلقہ مضمون نہیں`,
'related.stated': `ناشر کا انتخاب`,
'state.fallback-link': `خبروں کا صفحہ کھولیں`,
'str.audio-link': `▶ آڈیو`,
'str.breaking': `تازہ ترین`,
'str.by': html`از ${0}`,
'str.empty': `ابھی دکھانے کے لیے کوئی خبر نہیں`,
'str.load-error': `خبریں لوڈ نہیں ہو سکیں`,
'str.load-more': `مزید لوڈ کریں`,
'str.loading': `خبریں لوڈ ہو رہی ہیں…`,
'str.news-headlines': `خبروں کی سرخیاں`,
'str.next-headline': `اگلی سرخی`,
'str.pause': `روکیں`,
'str.pause-headlines': `سرخیاں روکیں`,
'str.play': `چلائیں`,
'str.play-headlines': `سرخیاں چلائیں`,
'str.previous-headline': `پچھلی سرخی`,
'str.read-full-article': `مکمل مضمون پڑھیں`,
'str.read-more': `مزید پڑھیں`,
'str.read-original': `اصل مضمون پڑھیں`,
'str.related-articles': `متعلقہ مضامین`,
'str.retry': `دوبارہ کوشش کریں`,
'str.source': `ماخذ`,
'str.table': `جدول`,
'str.tags': `ٹیگز`,
'str.updated': html`تازہ کاری ${0}`,
'str.video-link': `▶ ویڈیو`,
    };
  