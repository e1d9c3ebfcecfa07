/** The few Trusted Types members we use (TypeScript's DOM lib does not declare them yet). */
export interface HtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): HtmlPolicy;
}

/** The one policy name a host page lists in its CSP: `trusted-types news-widgets lit-html`. */
export const POLICY_NAME = 'news-widgets';

let policy: HtmlPolicy | undefined;
let tried = false;

/**
 * The `news-widgets` Trusted Types policy, created on first use. It only hands markup to DOMPurify,
 * which parses it in an inert document, so it stays private to this module and the sanitizer.
 * Undefined where Trusted Types do not exist, or when the name is taken (another copy of the
 * library on the page without `'allow-duplicates'`): DOMPurify then uses its own `dompurify` policy.
 */
export function htmlPolicy(): HtmlPolicy | undefined {
  if (!tried) {
    tried = true;
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(POLICY_NAME, { createHTML: (s) => s, createScriptURL: (s) => s });
    } catch {
      policy = undefined;
    }
  }
  return policy;
}

/**
 * Parses markup into an inert document (no script runs, nothing loads): for reading feed text and
 * XML. `DOMParser` is a Trusted Types sink, so where they are enforced the markup passes through the
 * `news-widgets` policy; the resulting document never reaches a live sink.
 */
export function inertDocument(markup: string, type: DOMParserSupportedType): Document {
  return new (parser ?? DOMParser)().parseFromString((htmlPolicy()?.createHTML(markup) ?? markup) as string, type);
}

let parser: (new () => DOMParser) | undefined;

/**
 * Hands the feed readers a DOMParser where the runtime has none (Node, edge workers): only server
 * entries call it (src/server/), so browser code always uses the page's own DOMParser.
 */
export function useDomParser(ctor: new () => DOMParser): void {
  parser = ctor;
}

/** Whether `inertDocument` can parse here: the page's DOMParser, or one a server entry handed over. */
export const hasDomParser = (): boolean => !!parser || typeof DOMParser === 'function';
