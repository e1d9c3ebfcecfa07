/**
 * React wrappers (`news-widgets/react`), built with @lit/react: properties pass as props and the
 * library's events as typed `on…` callbacks. Importing this module registers the elements.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ArticleCard as ArticleCardClass } from '../elements/article-card/article-card.component.js';
import { NewsTicker as NewsTickerClass } from '../elements/news-ticker/news-ticker.component.js';
import { RelatedList as RelatedListClass } from '../elements/related-list/related-list.component.js';
import type { NewsErrorEvent, NewsItemEvent, NewsLoadEvent } from '../events.js';
import '../define.js';

const events = {
  onNewsLoad: 'news-load' as EventName<NewsLoadEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
  onNewsItemClick: 'news-item-click' as EventName<NewsItemEvent>,
  onNewsItemImpression: 'news-item-impression' as EventName<NewsItemEvent>,
};

export const NewsTicker = createComponent({
  tagName: 'news-ticker',
  elementClass: NewsTickerClass,
  react: React,
  events,
});
export const ArticleCard = createComponent({
  tagName: 'article-card',
  elementClass: ArticleCardClass,
  react: React,
  events,
});
export const RelatedList = createComponent({
  tagName: 'related-list',
  elementClass: RelatedListClass,
  react: React,
  events,
});
