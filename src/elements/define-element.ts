import { pageRegistry, warnOnce } from '../page-registry.js';
import { VERSION } from '../version.js';

/**
 * Marks the page as served by this copy of a script-tag bundle. Returns `false`, after one
 * warning, when another copy claimed it first: custom elements cannot be redefined, so the first
 * copy's elements stay.
 */
export function claimPage(): boolean {
  const page = pageRegistry();
  if (page.claimed) {
    warnOnce(
      `another copy (${page.version}) is already on this page; keeping the first registration. Load the script once.`,
    );
    return false;
  }
  page.claimed = true;
  page.version = VERSION;
  return true;
}

/**
 * Registers `tag` unless it is already defined. Never throws: a different definition already in
 * place (another copy, or the host page's own element of that name) keeps its place, with a warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    warnOnce(`<${tag}> is already defined on this page; keeping the existing definition.`);
    return;
  }
  customElements.define(tag, ctor);
}

let hydration: Promise<unknown> | undefined;

/**
 * `defineElement`, but on a page holding a server-rendered `tag` (one with a declarative shadow
 * root, see src/ssr/) the hydration support is loaded first, so the element keeps the server's
 * nodes. Only there: a page without one downloads nothing more. The per-element registration
 * modules use it; the classic single file uses `defineElement` (it would carry the support on every
 * page), so there server-rendered elements render afresh.
 */
export function defineHydrating(tag: string, ctor: CustomElementConstructor): void {
  if (!hydration && typeof document === 'object' && [...document.getElementsByTagName(tag)].some((el) => el.shadowRoot))
    hydration = import('../hydrate.js').catch(() => {});
  if (hydration) void hydration.then(() => defineElement(tag, ctor));
  else defineElement(tag, ctor);
}
