import { css } from 'lit';
import { textOn } from '../../styles/base.styles.js';

export const styles = css`
  :host {
    display: block;
    /* em of the host, never rem: a page's root font size must not resize the widget. */
    min-block-size: var(--news-ticker-height, 2.75em);
    contain: content;
    container: news-ticker / inline-size;
  }

  .bar {
    display: flex;
    block-size: var(--news-ticker-height, 2.75em);
    overflow: hidden;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--news-ticker-color, var(--news-color-text));
    background: var(--news-ticker-background, var(--news-color-surface));
  }

  /* The text size applies inside the bar, so the bar's height stays in the host's em. */
  .bar > * {
    font-size: var(--news-ticker-font-size, 1em);
  }

  .badge,
  .controls,
  .viewport,
  .state-loading,
  li {
    display: flex;
    align-items: center;
  }

  .badge,
  .controls,
  .copy,
  li {
    flex: none;
  }

  .badge {
    padding-inline: 0.75em;
    font-weight: bold;
    color: var(--news-ticker-badge-color, ${textOn('var(--news-ticker-badge-background, var(--news-color-accent))')});
    background: var(--news-ticker-badge-background, var(--news-color-accent));
  }

  button {
    display: flex;
    align-items: center;
    min-inline-size: 2.75em;
    justify-content: center;
    padding: 0;
    border: 0;
    color: inherit;
    background: transparent;
    cursor: pointer;
  }

  button:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  svg {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .nav svg {
    fill: none;
  }

  .nav svg:dir(rtl) {
    transform: scaleX(-1);
  }

  button:focus-visible,
  .item:focus-visible {
    outline: 2px solid var(--news-color-link);
    outline-offset: -2px;
  }

  .viewport,
  .state-loading,
  .state-empty,
  .state-error {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
  }

  .viewport {
    container-type: inline-size;
  }

  .track {
    display: flex;
    will-change: transform;
  }

  .copy {
    display: flex;
    min-inline-size: 100cqi;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .sep::before {
    content: var(--news-ticker-separator, '•');
  }

  .sep {
    padding-inline: calc(var(--news-ticker-gap, 2em) / 2);
    color: var(--news-color-muted);
  }

  .item {
    color: inherit;
    text-decoration: none;
  }

  a.item:hover .title {
    text-decoration: underline;
  }

  .flag,
  .category {
    margin-inline-end: 0.5em;
    font-weight: bold;
  }

  .flag {
    padding-inline: 0.4em;
    border-radius: 3px;
    font-size: 0.8em;
    color: var(--news-ticker-badge-color, ${textOn('var(--news-ticker-badge-background, var(--news-color-accent))')});
    background: var(--news-ticker-badge-background, var(--news-color-accent));
  }

  /* A publisher who sets the headline colour (usually with a background of their own) gets it here
     too: the theme's muted grey is only readable on the theme's surface. */
  .category,
  .time {
    color: var(--news-ticker-color, var(--news-color-muted));
  }

  .time {
    margin-inline-start: 0.5em;
    font-size: 0.85em;
  }

  .breaking .title {
    font-weight: bold;
  }

  .one {
    flex: 1;
    min-inline-size: 0;
    padding-inline: 0.75em;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* One headline at a time (step mode, reduced motion) on a narrow screen: the headline gets a row of its
     own, the full width, and wraps onto as many lines as it needs (WCAG 1.4.10 reflow at 320 px); three
     lines are reserved so most headline changes do not move the page. The breaking flag and the category
     yield first: still read out, no longer drawn. */
  @container news-ticker (inline-size < 36em) {
    .single {
      flex-wrap: wrap;
      block-size: auto;
      min-block-size: var(--news-ticker-height, 2.75em);
    }

    .single > .badge {
      min-block-size: var(--news-ticker-height, 2.75em);
      margin-inline-end: auto;
    }

    .single > .viewport {
      order: 1;
      flex-basis: 100%;
      white-space: normal;
    }

    .single .one {
      min-block-size: 4.5em;
      padding-block: 0.25em;
      overflow: visible;
      text-overflow: clip;
    }

    .single .time {
      display: block;
      margin-inline-start: 0;
    }

    .single .flag,
    .single .category {
      position: absolute;
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      margin: 0;
      padding: 0;
      overflow: hidden;
      white-space: nowrap;
    }
  }

  .state-loading,
  .state-empty,
  .state-error {
    padding-block: 0;
    padding-inline: 0.75em;
    border: 0;
    border-radius: 0;
    background: none;
  }

  .state-empty,
  .state-error {
    align-self: center;
  }

  .state-loading {
    --news-skeleton-color: var(--news-color-border);
  }

  .state-skeleton {
    flex: 1;
  }

  .state-error,
  .state-actions {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 0;
    overflow: hidden;
  }

  .state-retry {
    min-block-size: 0;
    padding-block: 0.2em;
  }
`;
