import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { retry } from '../../i18n/messages.js';

/**
 * Loading, error and empty states shared by every element, styled by `stateStyles`
 * (src/styles/states.styles.ts). Strings are passed in so each element picks its own wording.
 */

export interface ErrorStateOptions {
  /** Localized, user-facing message (e.g. `errorMessage(error)`). */
  message: string;
  /** Called by the Retry button; no button without it. */
  onRetry?: () => void;
  /** A page to read the news on instead (only http(s) URLs are rendered). */
  fallbackHref?: string;
  /**
   * Content shown under the message; by default a `<slot>`, so the element's light-DOM children
   * (the fallback the publisher wrote before the script ran) come back in the error state.
   */
  fallback?: unknown;
}

/** An http(s) URL resolved against the page, or undefined for anything else (`javascript:`…). */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, isServer ? undefined : document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The error box: message, Retry button, optional fallback link, then the fallback content. */
export function renderError({ message, onRetry, fallbackHref, fallback }: ErrorStateOptions): TemplateResult {
  const href = safeHref(fallbackHref);
  return html`<div class="state state-error" part="error" role="alert">
    <p class="state-message">${message}</p>
    ${
      onRetry || href
        ? html`<p class="state-actions">
            ${
              onRetry
                ? html`<button type="button" class="state-retry" part="retry" @click=${onRetry}>${retry()}</button>`
                : nothing
            }
            ${
              href
                ? html`<a class="state-fallback" part="fallback-link" href=${href}
                    >${msg('افتح صفحة الأخبار', { id: 'state.fallback-link' })}</a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
    ${fallback === undefined ? html`<slot></slot>` : fallback}
  </div>`;
}

/** A quiet message where items would be (no items, unknown item id). */
export function renderEmpty(message: string): TemplateResult {
  return html`<p class="state state-empty" part="empty" role="status">${message}</p>`;
}

/**
 * Wraps skeleton boxes: screen readers hear `label` once; the boxes themselves are hidden from
 * them. Build `content` with the same layout boxes as the final render so nothing moves.
 */
export function renderLoading(label: string, content: unknown): TemplateResult {
  return html`<div class="state-loading" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${label}</span>
    <div class="state-skeleton" aria-hidden="true">${content}</div>
  </div>`;
}

/** One shimmering placeholder block; size it with a class from the element's own styles. */
export function skeletonBox(className = ''): TemplateResult {
  return html`<span class="skeleton ${className}"></span>`;
}

/** `count` text-line placeholders, the last one shorter, like a paragraph's ragged end. */
export function skeletonLines(count: number, className = ''): TemplateResult {
  return html`${Array.from(
    { length: Math.max(0, count) },
    (_, i) =>
      html`<span
        class="skeleton skeleton-line ${i === count - 1 && count > 1 ? 'skeleton-last' : ''} ${className}"
      ></span>`,
  )}`;
}
