import { css } from 'lit';

/**
 * Shared by every element: design tokens on `:host` (light and dark), inherited properties reset
 * so hostile page CSS cannot leak in, and `[hidden]` honoured.
 */
export const baseStyles = css`
  :host {
    --news-color-text: #1a1a1a;
    --news-color-muted: #5c5c5c;
    --news-color-background: #ffffff;
    --news-color-surface: #f4f4f2;
    --news-color-border: #dedcd6;
    --news-color-link: #0b4f8a;
    --news-color-accent: #b3131b;
    --news-color-accent-text: #ffffff;
    --news-font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', Tahoma, 'Geeza Pro', sans-serif;
    --news-font-size: 1rem;
    --news-line-height: 1.7;
    --news-radius: 8px;
    --news-space: 12px;

    display: block;
    box-sizing: border-box;
    color: var(--news-color-text);
    font-family: var(--news-font-family);
    font-size: var(--news-font-size);
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    line-height: var(--news-line-height);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
  }

  :host([theme='dark']) {
    --news-color-text: #ecebe8;
    --news-color-muted: #b0aea8;
    --news-color-background: #17181a;
    --news-color-surface: #222326;
    --news-color-border: #3a3b3f;
    --news-color-link: #8cc4ff;
    --news-color-accent: #ff5a5f;
    --news-color-accent-text: #17181a;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --news-color-text: #ecebe8;
      --news-color-muted: #b0aea8;
      --news-color-background: #17181a;
      --news-color-surface: #222326;
      --news-color-border: #3a3b3f;
      --news-color-link: #8cc4ff;
      --news-color-accent: #ff5a5f;
      --news-color-accent-text: #17181a;
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
