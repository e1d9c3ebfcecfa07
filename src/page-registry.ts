import { VERSION } from './version.js';

/**
 * State shared by every copy of the library on a page (two bundles, two versions): a `Symbol.for` key on
 * the global object, so copies that share no module still see one registry. Neutral ground: the
 * elements, i18n and the feed layer may all use it.
 */
export interface PageRegistry {
  version: string;
  warned: boolean;
  claimed: boolean;
}

const KEY = Symbol.for('news-widgets');

type Global = { [KEY]?: PageRegistry };

/** This page's registry, made by the first copy that asks. */
export const pageRegistry = (): PageRegistry =>
  ((globalThis as Global)[KEY] ??= { version: VERSION, warned: false, claimed: false });

/** Logs one console warning per page, however many copies or elements hit a conflict. */
export function warnOnce(message: string): void {
  const page = pageRegistry();
  if (page.warned) return;
  page.warned = true;
  console.warn(`news-widgets ${VERSION}: ${message}`);
}
