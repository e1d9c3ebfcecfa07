/**
 * Bytes to text. The encoding comes from a byte order mark (which no label can contradict), else the
 * Content-Type charset, else the document's own `<?xml encoding=…?>` or `<meta charset>`, else UTF-8.
 * Arabic feeds still come in windows-1256; TextDecoder knows every WHATWG encoding.
 */

const label = (pattern: RegExp, text: string) => pattern.exec(text)?.[1];

/** The charset named by a Content-Type, a BOM or the document's first KB; undefined for none. */
export function sniffCharset(bytes: Uint8Array, contentType = ''): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return (
    label(/charset\s*=\s*["']?([\w.:-]+)/i, contentType) ??
    label(/^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/, head) ??
    label(/<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i, head)
  );
}

/**
 * Decodes a document's bytes. When they are not valid in the charset the Content-Type named (servers
 * label legacy windows-1256 feeds `charset=utf-8` by default), the document's own declaration wins;
 * an unknown label falls back to UTF-8 with U+FFFD for invalid bytes.
 */
export function decode(bytes: Uint8Array, contentType?: string): string {
  try {
    return new TextDecoder(sniffCharset(bytes, contentType), { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder(sniffCharset(bytes)).decode(bytes);
    } catch {
      return new TextDecoder().decode(bytes);
    }
  }
}
