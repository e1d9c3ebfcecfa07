/**
 * Hydration of server-rendered elements (src/ssr/): @lit-labs/ssr-client's LitElement support, so
 * an element that arrives with a declarative shadow root keeps the server's nodes instead of
 * rendering new ones. Loaded by `defineElement` only when the page holds such an element; npm code
 * may also import `news-widgets/hydrate` itself, before any element is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, LitElement } from 'lit';

type Support = (lit: { LitElement: typeof LitElement }) => void;
type RenderRoot = (this: LitElement) => HTMLElement | DocumentFragment;

// LitElement applies the support when it is evaluated after it. Where Lit was loaded first (the
// script-tag entry holds Lit), apply it now; the support defines `observedAttributes` on LitElement
// itself, which marks it as applied.
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes'))
  (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport?.({ LitElement });

// The support takes the server's shadow root as it is, styled only by the inline <style> Lit SSR
// wrote in it, which a `style-src` without that style's hash refuses. Adopt the element's own
// constructed stylesheets there too, as a client-rendered element does: the same rules (nothing
// moves where the inline copy applied), and styled widgets where it was refused.
const prototype = LitElement.prototype as unknown as { createRenderRoot: RenderRoot };
const supported = prototype.createRenderRoot;
prototype.createRenderRoot = function (this: LitElement) {
  const server = this.shadowRoot;
  const root = supported.call(this);
  if (server && root === server) adoptStyles(server, (this.constructor as typeof LitElement).elementStyles);
  return root;
};
