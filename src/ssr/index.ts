/**
 * `news-widgets/ssr`: the widgets rendered on the server (Node), hydrated by the page's script.
 * Never imported by browser code.
 */
export { renderWidget, WIDGET_TAGS, type WidgetAttributes, type WidgetTag } from './render.js';
export { preloadLinks, styleSources } from './head.js';
export type { ParseOptions } from '../feed/parse.js';
