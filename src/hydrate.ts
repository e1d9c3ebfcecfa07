/**
 * Hydration of server-rendered elements (src/ssr/): @lit-labs/ssr-client's LitElement support, so
 * an element that arrives with a declarative shadow root keeps the server's nodes instead of
 * rendering new ones. Loaded by `defineElement` only when the page holds such an element; npm code
 * may also import `news-widgets/hydrate` itself, before any element is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Support = (lit: { LitElement: typeof LitElement }) => void;

// LitElement applies the support when it is evaluated after it. Where Lit was loaded first (the
// script-tag entry holds Lit), apply it now; the support defines `observedAttributes` on LitElement
// itself, which marks it as applied.
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes'))
  (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport?.({ LitElement });
