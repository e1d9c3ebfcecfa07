import { css } from 'lit';
import { inkOf } from '../../styles/base.styles.js';

export const styles = css`
  :host {
    --_gap: var(--related-list-gap, 1em);
    --_thumb: var(--related-list-thumbnail-size, 6em);
    --_accent: var(--related-list-accent, var(--news-color-accent));

    display: block;
    /* !important like the shared resets (src/styles/base.styles.ts): page CSS cannot reach in. */
    container: related-list / inline-size !important;
    color: var(--related-list-color, var(--news-color-text)) !important;
    background: var(--related-list-background, var(--news-color-background)) !important;
  }

  :host([data-empty]:not([empty='message'])) {
    display: none;
  }

  /* Sizes in em of the host, never rem: a page's root font size must not resize the widget. The
     gap under the heading sits on the next box, where 1em is the host's, not the heading's. */
  [part='heading'] {
    margin-block: 0;
    padding-inline-start: 0.5em;
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.25em;
    font-weight: 700;
  }

  [part='heading'] + * {
    margin-block-start: var(--_gap);
  }

  ul,
  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li,
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.25em var(--_gap);
  }

  li:has(> img),
  .row:has(> .thumb) {
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
  }

  li > :not(img),
  .row > :not(.thumb) {
    grid-column: -2;
  }

  img,
  .thumb {
    grid-row: span 4;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--news-radius) / 2);
    background: var(--news-color-surface);
  }

  a {
    color: inherit;
    text-decoration: none;
  }

  a:hover [part='title'] {
    color: ${inkOf('var(--_accent)')};
    text-decoration: underline;
  }

  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part='title'] {
    font-size: var(--related-list-title-size, 1.05em);
    font-weight: 700;
    line-height: 1.5;
  }

  [part='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--related-list-summary-lines, 3);
    overflow: hidden;
    margin: 0;
  }

  [part='date'],
  [part='explain'] {
    color: var(--news-color-muted);
    font-size: 0.85em;
  }

  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--related-list-columns, 14em)), 1fr));
  }

  /* Cards: image on top. Narrow containers keep the list's side image (see the container query). */
  .grid > :has(> img, > .thumb) {
    grid-template-columns: minmax(0, 1fr);
  }

  .grid img,
  .grid .thumb {
    grid-row: auto;
    aspect-ratio: 16 / 9;
  }

  @container related-list (max-width: 30em) {
    .grid > :has(> img, > .thumb) {
      grid-template-columns: var(--_thumb) minmax(0, 1fr);
    }

    .grid img,
    .grid .thumb {
      grid-row: span 4;
      aspect-ratio: 4 / 3;
    }
  }

  .compact {
    gap: 0;
    --_thumb: var(--related-list-thumbnail-size, 3em);
  }

  .compact > * {
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--news-color-border);
  }

  .compact [part='title'] {
    font-size: var(--related-list-title-size, 1em);
  }
`;
