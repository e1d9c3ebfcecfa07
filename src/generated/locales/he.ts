
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `הכתבה הזו אינה בפיד`,
'error.http': str`שרת החדשות החזיר שגיאה ${0}.`,
'error.invalid-input': `הכתובת או הנתונים של פיד החדשות אינם תקינים.`,
'error.network': `לא ניתן להתחבר לשרת החדשות. כדאי לבדוק את החיבור לאינטרנט.`,
'error.parse': `לא ניתן לקרוא את פיד החדשות.`,
'error.timeout': `שרת החדשות לא הגיב בזמן.`,
'error.too-large': `פיד החדשות גדול מדי להצגה.`,
'error.unsupported': `התבנית של פיד החדשות הזה אינה נתמכת.`,
'related.empty': `אין כתבות קשורות`,
'related.stated': `נבחר על ידי המערכת`,
'state.fallback-link': `לדף החדשות`,
'str.audio-link': `▶ שמע`,
'str.breaking': `מבזק`,
'str.by': html`מאת ${0}`,
'str.empty': `אין עדיין חדשות להצגה`,
'str.load-error': `לא ניתן לטעון את החדשות`,
'str.load-more': `טעינת עוד`,
'str.loading': `טוען חדשות…`,
'str.news-headlines': `כותרות החדשות`,
'str.next-headline': `הכותרת הבאה`,
'str.pause': `השהיה`,
'str.pause-headlines': `השהיית הכותרות`,
'str.play': `הפעלה`,
'str.play-headlines': `הפעלת הכותרות`,
'str.previous-headline': `הכותרת הקודמת`,
'str.read-full-article': `לכתבה המלאה`,
'str.read-more': `להמשך קריאה`,
'str.read-original': `לכתבה המקורית`,
'str.related-articles': `כתבות קשורות`,
'str.retry': `ניסיון חוזר`,
'str.source': `מקור`,
'str.table': `טבלה`,
'str.tags': `תגיות`,
'str.updated': html`עודכן ${0}`,
'str.video-link': `▶ וידאו`,
    };
  