/** The two sanitizer engines: the browser's HTML Sanitizer API, or DOMPurify where it is missing. */
export const ENGINES = ['Sanitizer API', 'DOMPurify'] as const;
export type Engine = (typeof ENGINES)[number];

const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');

/** Makes this page a browser without the Sanitizer API (DOMPurify's path) until `restore()`. */
export function removeSanitizerApi(): () => void {
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  return () => Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
}

/** Mocha hooks: the tests of the enclosing `describe` run with `engine`. */
export function useEngine(engine: Engine): void {
  let restore: (() => void) | undefined;
  before(() => {
    if (engine === 'DOMPurify') restore = removeSanitizerApi();
  });
  after(() => restore?.());
}

/** Whether this browser has the Sanitizer API (undeleted). */
export const hasSanitizerApi = () => typeof setHTML?.value === 'function';
