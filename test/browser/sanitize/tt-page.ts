// Loaded inside a frame whose CSP enforces Trusted Types (see trusted-types.test.ts): sanitizes
// feed HTML and renders the fragment with Lit, the way the elements do.
import { html, render } from 'lit';
import { sanitizeHtml } from '../../../src/sanitize/sanitize.js';

declare global {
  interface Window {
    renderBody(markup: string): Promise<string>;
  }
}

window.renderBody = async (markup: string) => {
  const fragment = await sanitizeHtml(markup, { linkTarget: '_blank' });
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<article>${fragment}</article>`, host);
  return host.querySelector('article')!.innerHTML;
};
window.dispatchEvent(new Event('tt-page-ready'));
