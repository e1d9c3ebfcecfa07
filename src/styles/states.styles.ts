import { css } from 'lit';
import { textOn } from './base.styles.js';

/**
 * Styles for src/elements/base/states.ts. Custom properties (all optional):
 * `--news-skeleton-color`, `--news-skeleton-highlight`, `--news-state-padding`.
 */
export const stateStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .skeleton {
    display: block;
    border-radius: 4px;
    background:
      linear-gradient(
          90deg,
          transparent 0%,
          var(--news-skeleton-highlight, color-mix(in srgb, var(--news-color-background) 60%, transparent)) 50%,
          transparent 100%
        )
        0 0 / 200% 100% no-repeat,
      var(--news-skeleton-color, color-mix(in srgb, var(--news-color-border) 55%, var(--news-color-surface)));
    animation: news-shimmer 1.4s ease-in-out infinite;
  }

  .skeleton:dir(rtl) {
    animation-direction: reverse;
  }

  /* Exactly one line box tall (padding, not margins, which would collapse), so a skeleton of N
     lines is as tall as N lines of text in the same element. */
  .skeleton-line {
    block-size: 1lh;
    padding-block: 0.25em;
    background-clip: content-box;
    inline-size: 100%;
  }

  .skeleton-last {
    inline-size: 60%;
  }

  @keyframes news-shimmer {
    from {
      background-position:
        150% 0,
        0 0;
    }
    to {
      background-position:
        -50% 0,
        0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .state-error,
  .state-empty {
    margin: 0;
    padding: var(--news-state-padding, var(--news-space));
    color: var(--news-color-text);
    background: var(--news-color-surface);
    border-radius: var(--news-radius);
  }

  .state-error {
    border-inline-start: 4px solid var(--news-color-accent);
  }

  .state-empty {
    color: var(--news-color-muted);
  }

  .state-message,
  .state-actions {
    margin: 0;
  }

  .state-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--news-space);
    margin-block-start: calc(var(--news-space) / 2);
  }

  .state-retry {
    font: inherit;
    color: ${textOn('var(--news-color-accent)')};
    background: var(--news-color-accent);
    border: 0;
    border-radius: calc(var(--news-radius) / 2);
    padding-block: 0.25em;
    padding-inline: 1em;
    min-block-size: 44px;
    cursor: pointer;
  }

  .state-retry:focus-visible,
  .state-fallback:focus-visible {
    outline: 2px solid var(--news-color-link);
    outline-offset: 2px;
  }

  .state-fallback {
    color: var(--news-color-link);
  }
`;
