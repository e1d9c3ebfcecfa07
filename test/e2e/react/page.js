// A React app using news-widgets/react (the source entry): props become properties, the library's
// events arrive as on… callbacks. Bundled by test/e2e/react.test.mjs.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { ArticleCard, NewsTicker } from '../../../src/react/index.ts';

window.events = [];
const record = (event) => {
  event.preventDefault(); // a single-page app routes itself
  window.events.push({ type: event.type, id: event.detail.item.id, cancelled: event.defaultPrevented });
};

fetch('/feeds/news.json')
  .then((response) => response.json())
  .then((feed) =>
    createRoot(document.getElementById('app')).render(
      h('div', null, [
        h(NewsTicker, { key: 't', feed, paused: true, limit: 3, onNewsItemClick: record }),
        h(ArticleCard, {
          key: 'c',
          feed,
          itemId: 'syrianews-lavrov-2024-12-26',
          layout: 'compact',
          onNewsLoad: (event) => window.events.push({ type: event.type, items: event.detail.feed.items.length }),
          onNewsItemClick: record,
        }),
      ]),
    ),
  );
