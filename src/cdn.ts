/**
 * Script-tag entry (ES module): registers each element the page uses, loading its code only when
 * its tag first appears, so a page with only a ticker downloads only the ticker.
 */
import { claimPage } from './elements/define-element.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'news-ticker': () => import('./elements/news-ticker/news-ticker.js'),
  'article-card': () => import('./elements/article-card/article-card.js'),
  'related-list': () => import('./elements/related-list/related-list.js'),
};

const selector = Object.keys(loaders).join(',');

function upgrade(root: ParentNode): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (root.querySelector(tag) || (root as Element).localName === tag) {
      delete loaders[tag];
      void load();
    }
  }
}

if (claimPage()) {
  upgrade(document);
  if (Object.keys(loaders).length) {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) upgrade(node);
        }
      }
      if (!Object.keys(loaders).length) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
