// "Get the code": builds the embed snippet from the form, shows a live preview of the same element,
// and copies the snippet. No inline script, no innerHTML (the demo runs under a CSP that enforces
// Trusted Types): the preview is built with createElement/setAttribute, the snippet shown as text.

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const copy = document.querySelector('#copy');
const status = document.querySelector('#copy-status');

/** Where this site serves the bundles; the snippet is pasted on other sites, so it is absolute. */
const CDN = new URL('/cdn/', location.href);

const value = (name) => form.elements.namedItem(name)?.value?.trim() ?? '';

/** The element and its attributes, in the order a person would write them. */
function choice() {
  const tag = value('element');
  const src = value('src') || '/feeds/news.json';
  const attributes = [['src', new URL(src, location.href).href]];
  const item = value('item');
  if (tag === 'news-ticker') {
    if (value('label')) attributes.push(['label', value('label')]);
    if (value('mode') === 'step') attributes.push(['mode', 'step']);
  }
  if (tag === 'article-card') {
    if (item) attributes.push(['item-id', item]);
    attributes.push(['layout', value('card-layout')]);
  }
  if (tag === 'related-list') {
    if (item) attributes.push(['for', item]);
    if (value('list-layout') !== 'list') attributes.push(['layout', value('list-layout')]);
  }
  if (tag !== 'article-card' && value('limit'))
    attributes.push(['limit', String(Math.max(1, Number(value('limit')) || 3))]);
  if (value('theme') !== 'auto') attributes.push(['theme', value('theme')]);
  if (value('date-format')) attributes.push(['date-format', value('date-format')]);
  if (value('numerals')) attributes.push(['numerals', value('numerals')]);
  return { tag, attributes, variant: value('variant') };
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The text to paste: the script tag (module or classic), then the element. */
function snippetFor({ tag, attributes, variant }) {
  const script =
    variant === 'classic'
      ? `<script async src="${new URL('news-widgets.classic.js', CDN).href}"></script>`
      : `<script type="module" src="${new URL('news-widgets.js', CDN).href}"></script>`;
  const attrs = attributes.map(([name, text]) => ` ${name}="${escapeAttribute(text)}"`).join('');
  return `${script}\n<${tag}${attrs}></${tag}>`;
}

/** Shows only the fields that apply to the chosen element. */
function showFields(tag) {
  for (const field of form.querySelectorAll('[data-for]')) {
    field.hidden = !field.dataset.for.split(' ').includes(tag);
  }
}

let shown = '';

function update() {
  const state = choice();
  showFields(state.tag);
  const text = snippetFor(state);
  snippet.textContent = text;
  status.textContent = '';
  // Rebuild the preview only when the element or its attributes change (not for the variant).
  const key = JSON.stringify([state.tag, state.attributes]);
  if (key === shown) return;
  shown = key;
  const element = document.createElement(state.tag);
  for (const [name, attribute] of state.attributes) element.setAttribute(name, attribute);
  preview.replaceChildren(element);
}

async function copySnippet() {
  const text = snippet.textContent;
  try {
    // A permission prompt nobody answers would leave the button silent: give up after a second.
    await Promise.race([
      navigator.clipboard.writeText(text),
      new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 1000)),
    ]);
    status.textContent = 'نُسخت الشيفرة.';
  } catch {
    // No clipboard permission (an insecure origin, an old browser): select it for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    status.textContent = 'الشيفرة محددة: اضغط Ctrl+C لنسخها.';
  }
}

let pending;
form.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});
copy.addEventListener('click', copySnippet);
update();
