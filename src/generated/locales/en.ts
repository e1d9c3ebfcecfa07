
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.not-found': `This article is not in the feed`,
'error.http': str`The news server answered with error ${0}.`,
'error.invalid-input': `The news feed's address or data isn't valid.`,
'error.network': `Couldn't reach the news server. Check your connection.`,
'error.parse': `The news feed couldn't be read.`,
'error.timeout': `The news server took too long to answer.`,
'error.too-large': `The news feed is too large to show.`,
'error.unsupported': `This news feed's format isn't supported.`,
'related.empty': `No related articles`,
'related.stated': `Chosen by the publisher`,
'state.fallback-link': `Open the news page`,
'str.audio-link': `▶ Audio`,
'str.breaking': `Breaking`,
'str.by': html`By ${0}`,
'str.empty': `No news to show yet`,
'str.load-error': `Couldn't load the news`,
'str.load-more': `Load more`,
'str.loading': `Loading news…`,
'str.news-headlines': `News headlines`,
'str.next-headline': `Next headline`,
'str.pause': `Pause`,
'str.pause-headlines': `Pause headlines`,
'str.play': `Play`,
'str.play-headlines': `Play headlines`,
'str.previous-headline': `Previous headline`,
'str.read-full-article': `Read the full article`,
'str.read-more': `Read more`,
'str.read-original': `Read the original`,
'str.related-articles': `Related articles`,
'str.retry': `Retry`,
'str.source': `Source`,
'str.table': `Table`,
'str.tags': `Tags`,
'str.updated': html`Updated ${0}`,
'str.video-link': `▶ Video`,
    };
  