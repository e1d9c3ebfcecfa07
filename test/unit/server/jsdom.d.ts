// The one jsdom member the parity test uses (jsdom ships no types; @types/jsdom is not installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: new () => DOMParser };
  }
}
