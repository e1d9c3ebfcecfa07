import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--related-list-gap, 1rem);
    --_thumb: var(--related-list-thumbnail-size, 6rem);
    --_accent: var(--related-list-accent, var(--news-color-accent));

    display: block;
    container: related-list / inline-size;
    color: var(--related-list-color, var(--news-color-text));
    background: var(--related-list-background, var(--news-color-background));
  }

  :host([data-empty]:not([empty='message'])) {
    display: none;
  }

  [part='heading'] {
    margin-block: 0 var(--_gap);
    padding-inline-start: 0.5em;
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.4;
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
    border-radius: 2px;
  }

  a:hover [part='title'] {
    color: var(--_accent);
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
    line-clamp: var(--related-list-summary-lines, 3);
    overflow: hidden;
    margin: 0;
  }

  [part='date'],
  [part='explain'] {
    color: var(--news-color-muted);
    font-size: 0.85em;
  }

  [part='explain'] {
    font-family: ui-monospace, monospace;
  }

  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--related-list-columns, 14rem)), 1fr));
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

  @container related-list (max-width: 30rem) {
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
    --_thumb: var(--related-list-thumbnail-size, 3rem);
  }

  .compact > * {
    padding-block: calc(var(--_gap) / 2);
    border-block-end: 1px solid var(--news-color-border);
  }

  .compact [part='title'] {
    font-size: var(--related-list-title-size, 1em);
  }
`;
