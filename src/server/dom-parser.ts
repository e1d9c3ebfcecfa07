/**
 * A DOMParser for runtimes without one (Node, edge workers), made of pure-JS parts: XML through
 * @xmldom/xmldom (strict, like a browser: a well-formedness error gives a `<parsererror>` document,
 * so the feed reader's repair pass runs exactly as in a browser), HTML through parse5 (the WHATWG
 * parser jsdom uses: every named entity, unclosed `<p>`, legacy `&copy2024`) copied into an xmldom
 * document. Only what the feed readers use is promised: `children`, `textContent`, attributes,
 * namespaces, `getElementsByTagName(NS)`, `firstChild`/`nextSibling`, `body`, and `innerHTML` (read).
 * Server entries hand it to the readers with `useDomParser`; nothing here touches globals.
 */
import { DOMImplementation, DOMParser as XmlParser, Element as XmlElement, XMLSerializer } from '@xmldom/xmldom';
import type * as xmldom from '@xmldom/xmldom';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const XHTML = 'http://www.w3.org/1999/xhtml';

// xmldom elements have no `innerHTML`; Atom's xhtml content needs it (read only): the children in
// XML serialization, as a browser gives for an element of an XML document. Added on first use, so
// importing this module changes nothing.
function addInnerHtml(): void {
  if ('innerHTML' in XmlElement.prototype) return;
  Object.defineProperty(XmlElement.prototype, 'innerHTML', {
    configurable: true,
    get(this: xmldom.Element) {
      const serializer = new XMLSerializer();
      return Array.from(this.childNodes, (node) => serializer.serializeToString(node)).join('');
    },
  });
}

const stop = (level: 'warning' | 'error' | 'fatalError', message: string) => {
  if (level !== 'warning') throw new Error(message);
};

function xml(markup: string, type: string): xmldom.Document {
  try {
    return new XmlParser({ onError: stop }).parseFromString(
      markup,
      type === 'text/xml' ? 'text/xml' : 'application/xml',
    );
  } catch {
    return new DOMImplementation().createDocument(null, 'parsererror');
  }
}

function copy(from: P5Parent, to: xmldom.Node, doc: xmldom.Document): void {
  for (const node of from.childNodes as P5Node[]) {
    if (node.nodeName === '#text')
      to.appendChild(doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value));
    else if ('tagName' in node) {
      const el = doc.createElementNS(node.namespaceURI || XHTML, node.tagName);
      for (const { name, value } of node.attrs) {
        try {
          el.setAttribute(name, value);
        } catch {
          // A name HTML allows and XML does not (`<p a"b=1>`): text never needs it.
        }
      }
      to.appendChild(el);
      copy(node, el, doc);
    }
  }
}

function html(markup: string): xmldom.Document {
  const doc = new DOMImplementation().createDocument(XHTML, 'html', null);
  const root = (parse(markup).childNodes as P5Node[]).find((n) => n.nodeName === 'html') as P5Parent | undefined;
  if (root) copy(root, doc.documentElement!, doc);
  const body = doc.getElementsByTagName('body')[0];
  Object.defineProperty(doc, 'body', { value: body });
  return doc;
}

/** `new ServerDOMParser().parseFromString(markup, type)`, as the DOM's `DOMParser` does it. */
export class ServerDOMParser {
  constructor() {
    addInnerHtml();
  }

  parseFromString(markup: string, type: DOMParserSupportedType): Document {
    return (type === 'text/html' ? html(markup) : xml(markup, type)) as unknown as Document;
  }
}
