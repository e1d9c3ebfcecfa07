// Peer page: React 19 + react-fast-marquee, the same feed and headlines as <news-ticker>.
// The feed is fetched at run time, as <news-ticker src> does. Bundled by bench/run.mjs (vite build).
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import * as fastMarquee from 'react-fast-marquee';

// A CommonJS package: its component is `exports.default`, which bundlers expose one level down.
const Marquee = fastMarquee.default?.default ?? fastMarquee.default;

const mount = document.getElementById('ticker');
fetch(mount.dataset.src)
  .then((response) => response.json())
  .then((feed) =>
    createRoot(mount).render(
      h(
        Marquee,
        { speed: 60, direction: 'right', pauseOnHover: true },
        feed.items.map((item) => h('a', { key: item.id, className: 'headline', href: item.url }, item.title)),
      ),
    ),
  );
