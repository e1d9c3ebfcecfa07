import { css, unsafeCSS, type CSSResult } from 'lit';

/** The dark theme's tokens: for `theme="dark"`, and for `theme="auto"` when the reader prefers dark. */
const dark = css`
  --news-color-text: #ecebe8;
  --news-color-muted: #b0aea8;
  --news-color-background: #17181a;
  --news-color-surface: #222326;
  --news-color-border: #3a3b3f;
  --news-color-link: #8cc4ff;
  --news-color-accent: #ff5a5f;
  --news-color-focus: #8cc4ff;
  --_ink-min: 65;
  --_ink-max: 100;

  color-scheme: dark !important;
`;

/**
 * Text colour for a surface painted with `background` (a CSS colour or `var()`): the page's
 * `--news-color-accent-text` if it sets one, else black or white, whichever contrasts more with that
 * background, derived in CSS (relative colour syntax), so a host that sets only `--news-color-accent`
 * (or an element's own accent) still gets readable text. CIE L* 49.44 is where black and white contrast
 * equally (relative luminance 0.179); the better of the two is then at least 4.58:1 for any colour.
 * Browsers without relative colours get the theme's `--news-color-accent-text` (see `baseStyles`).
 */
export const textOn = (background: string): CSSResult =>
  unsafeCSS(`var(--news-color-accent-text, lch(from ${background} calc((49.44 - l) * infinity) 0 0))`);

/**
 * `color` as text on the theme's background: its lightness clamped (CIE L* ≤ 42 on the light theme,
 * ≥ 65 on the dark one) so an accent used for text, whatever the page sets, stays readable (≥ 4.5:1 on
 * the theme's background and surface); hue and chroma are kept. Browsers without relative colours
 * show the inherited text colour instead.
 */
export const inkOf = (color: string): CSSResult =>
  unsafeCSS(`lch(from ${color} clamp(var(--_ink-min, 0), l, var(--_ink-max, 42)) c h)`);

/**
 * Shared by every element: design tokens on `:host` (light, dark, `auto` following
 * `prefers-color-scheme`), inherited properties reset so hostile page CSS cannot leak in, and
 * `[hidden]` honoured.
 *
 * The resets are `!important`: a page's normal declarations on the element (`* { color: red }`,
 * `* { all: revert }`) beat a shadow tree's normal `:host` rules, but for `!important` ones the
 * shadow tree's win, even over the page's `!important` (CSS Cascade 4, context). Custom
 * properties stay normal, so theming through `--news-*` still works. `display` stays normal too,
 * so a page can still hide or place the element. `--news-font-size` is `medium` (the reader's
 * browser setting), not `1rem`, so a page's `html { font-size: 62.5% }` does not shrink it;
 * inner sizes are in `em`.
 *
 * Tokens are declared on `:host`, so a page overrides them on the elements themselves:
 * `news-ticker, article-card, related-list { --news-color-accent: #006c35; }`.
 * The font stack is system fonts only (no download) that cover Arabic, Persian, Urdu and Hebrew.
 * Line heights leave room for Arabic diacritics (harakat) above and below the line; Urdu gets a
 * Nastaliq face and a taller line when the element's language is `ur`.
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
    --news-color-focus: #1a64c8;
    --news-font-family:
      system-ui, -apple-system, 'Segoe UI', Tahoma, 'Geeza Pro', 'Noto Sans Arabic', 'Noto Naskh Arabic',
      'Noto Sans Hebrew', Arial, sans-serif;
    --news-font-size: medium;
    --news-font-size-small: 0.875em;
    --news-font-size-large: 1.25em;
    --news-font-weight-bold: 700;
    --news-line-height: 1.7;
    --news-line-height-heading: 1.5;
    --news-radius: 8px;
    --news-space-xs: 4px;
    --news-space-s: 8px;
    --news-space: 12px;
    --news-space-l: 20px;

    display: block;
    box-sizing: border-box !important;
    color-scheme: light !important;
    color: var(--news-color-text) !important;
    background-color: var(--news-color-background) !important;
    font-family: var(--news-font-family) !important;
    font-size: var(--news-font-size) !important;
    font-size-adjust: none !important;
    font-stretch: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: normal !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-kerning: auto !important;
    letter-spacing: normal !important;
    line-height: var(--news-line-height) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    white-space: normal !important;
    word-break: normal !important;
    word-spacing: normal !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
    cursor: auto !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke: 0 !important;
  }

  :host(:lang(ur)) {
    --news-font-family:
      'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', system-ui, 'Segoe UI', Tahoma,
      'Noto Sans Arabic', Arial, sans-serif;
    --news-line-height: 2.2;
    --news-line-height-heading: 2;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  /* No relative colour syntax (Chromium < 119, Safari < 18, Firefox < 128): text on the accent is the
     theme's fixed pair, readable on the theme's own accent. */
  @supports not (color: lch(from red l c h)) {
    :host {
      --news-color-accent-text: #ffffff;
    }
    :host([theme='dark']) {
      --news-color-accent-text: #17181a;
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        --news-color-accent-text: #17181a;
      }
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

  :focus-visible {
    outline: 2px solid var(--news-color-focus);
    outline-offset: 2px;
  }
`;
