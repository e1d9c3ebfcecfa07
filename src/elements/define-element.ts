import { VERSION } from '../version.js';

/** State shared by every copy of the library on a page (two bundles, two versions). */
interface PageRegistry {
  version: string;
  warned: boolean;
  claimed: boolean;
}

const KEY = Symbol.for('news-widgets');

type Global = { [KEY]?: PageRegistry };

const registry = (): PageRegistry =>
  ((globalThis as Global)[KEY] ??= { version: VERSION, warned: false, claimed: false });

/** Logs one console warning per page, however many copies or elements hit a conflict. */
export function warnOnce(message: string): void {
  const page = registry();
  if (page.warned) return;
  page.warned = true;
  console.warn(`news-widgets ${VERSION}: ${message}`);
}

/**
 * Marks the page as served by this copy of a script-tag bundle. Returns `false`, after one
 * warning, when another copy claimed it first: custom elements cannot be redefined, so the first
 * copy's elements stay.
 */
export function claimPage(): boolean {
  const page = registry();
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
