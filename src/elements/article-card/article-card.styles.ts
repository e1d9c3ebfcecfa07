import { css } from 'lit';
import { inkOf, textOn } from '../../styles/base.styles.js';

export const styles = css`
  :host {
    display: block;
    /* !important like the shared resets (src/styles/base.styles.ts): page CSS cannot reach in. */
    color: var(--article-card-color, var(--news-color-text)) !important;
    font-family: var(--article-card-font-family, var(--news-font-family)) !important;
  }

  .wrap {
    container-type: inline-size;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--article-card-background, var(--news-color-background));
    border: var(--article-card-border, 1px solid var(--news-color-border));
    border-radius: var(--article-card-radius, var(--news-radius));
  }

  .card:has(.title-link:focus-visible) {
    outline: 2px solid var(--article-card-link-color, var(--news-color-link));
    outline-offset: 2px;
  }

  .media {
    flex: none;
    overflow: hidden;
    aspect-ratio: var(--_ratio, var(--article-card-image-ratio, 16 / 9));
    background: var(--article-card-image-background, var(--news-color-surface));
  }

  .media.skeleton {
    border-radius: 0;
  }

  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .text {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--article-card-gap, var(--news-space)) / 2);
    min-inline-size: 0;
    padding: var(--article-card-padding, var(--news-space));
  }

  p {
    margin: 0;
  }

  .kicker,
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }

  .category {
    color: ${inkOf('var(--article-card-accent, var(--news-color-accent))')};
    font-weight: 700;
  }

  .badge {
    padding-inline: 0.5em;
    border-radius: 4px;
    background: var(--article-card-accent, var(--news-color-accent));
    color: var(--article-card-accent-text, ${textOn('var(--article-card-accent, var(--news-color-accent))')});
    font-weight: 700;
  }

  .title {
    font-family: var(--article-card-title-font-family, inherit);
    font-size: var(--article-card-title-size, clamp(1.05em, 0.95em + 0.8cqi, 1.5em));
    font-weight: var(--article-card-title-weight, 700);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }

  .title-link {
    color: inherit;
    text-decoration: none;
    outline: none;
  }

  .title-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .card:hover .title-link {
    text-decoration: underline;
  }

  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines, 3);
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .summary,
  .meta,
  .source {
    color: var(--article-card-muted-color, var(--news-color-muted));
  }

  .summary.sk {
    display: block;
  }

  .sk-short {
    inline-size: 8em;
  }

  /* horizontal: thumbnail at the inline start, whatever the direction */
  :host([layout='horizontal']) .card {
    flex-direction: row;
    align-items: flex-start;
  }

  :host([layout='horizontal']) .media {
    inline-size: var(--article-card-thumbnail-size, 35%);
  }

  @container (max-width: 20em) {
    :host([layout='horizontal']) .media {
      inline-size: var(--article-card-thumbnail-size, 30%);
    }
    :host([layout='horizontal']) .text {
      padding: calc(var(--article-card-padding, var(--news-space)) * 0.66);
    }
  }

  /* full: the whole article */
  :host([layout='full']) .title {
    font-size: var(--article-card-title-size, clamp(1.3em, 1em + 2cqi, 2.2em));
    line-height: 1.4;
  }

  :host([layout='full']) .text {
    gap: var(--article-card-gap, var(--news-space));
  }

  /* The article's length is unknown until it arrives: its skeleton takes a screenful, so whatever
     the host places after it starts below the fold and the article grows out of sight. */
  :host([layout='full']) .state-loading .card {
    min-block-size: 100vh;
    min-block-size: 100svh;
  }

  @container (min-width: 48em) {
    :host([layout='full']) .text {
      padding: calc(var(--article-card-padding, var(--news-space)) * 2);
    }
  }

  .body {
    max-inline-size: 72ch;
    line-height: var(--news-line-height);
    overflow-wrap: anywhere;
  }

  .body > :first-child {
    margin-block-start: 0;
  }

  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body figure {
    margin-block: 0 1em;
  }

  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--article-card-accent, var(--news-color-accent));
  }

  .body img,
  .body video,
  .body iframe {
    max-inline-size: 100%;
    block-size: auto;
  }

  /* Tables (the sanitizer puts each in a .table-scroll region): a wide one scrolls sideways inside
     the card, from the reader's inline start, instead of widening the page. */
  .body .table-scroll {
    overflow-x: auto;
    margin-block: 0 1em;
    max-inline-size: 100%;
  }

  .body table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    /* Cells wrap between words only: the body's overflow-wrap: anywhere would squeeze columns to a letter. */
    overflow-wrap: normal;
  }

  .body caption {
    padding-block-end: var(--news-space-s);
    font-weight: 700;
    text-align: start;
  }

  .body th,
  .body td {
    padding-block: var(--news-space-xs);
    padding-inline: var(--news-space-s);
    border: 1px solid var(--news-color-border);
    text-align: start;
    vertical-align: top;
  }

  .body thead th,
  .body tfoot td {
    background: var(--news-color-surface);
  }

  .body a,
  .source a,
  .original-link {
    color: var(--article-card-link-color, var(--news-color-link));
  }

  .original-link {
    font-weight: 700;
  }

  .original-link:focus-visible,
  .body .table-scroll:focus-visible,
  .body a:focus-visible,
  .source a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
`;
