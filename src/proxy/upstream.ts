/**
 * One upstream fetch: allowed hosts only, redirects followed by hand (each hop checked again), a
 * deadline for the whole exchange, and a size cap enforced while the body streams in (the read stops
 * at `maxBytes` + 1, whatever the upstream sends or claims). Web-standard code only.
 */
import { isAllowedHost, isLocalName, isPrivateAddress, type AllowList } from './addresses.js';
import { isProxyError, ProxyError } from './errors.js';

/** `fetch` as the proxy calls it (the Node adapter passes one that checks resolved addresses). */
export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface UpstreamRules {
  allow: AllowList;
  allowPrivate: boolean;
  /** Milliseconds for the whole exchange: redirects, headers and body. */
  timeout: number;
  maxBytes: number;
  maxRedirects: number;
  fetch: UpstreamFetch;
  userAgent: string;
}

/** The validators of the copy the proxy holds, and the URL they came from. */
export interface Validators {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type Upstream =
  | { status: 304; url: string }
  | { status: 200; url: string; body: Uint8Array; contentType?: string; etag?: string; lastModified?: string };

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** Throws the 400/403 a request for `url` gets when the proxy may not fetch it. */
export function checkTarget(url: URL, rules: Pick<UpstreamRules, 'allow' | 'allowPrivate'>): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxyError(400, 'bad-request', `only http and https feeds can be proxied, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new ProxyError(400, 'bad-request', 'feed URLs with credentials are refused');
  if (!isAllowedHost(url, rules.allow))
    throw new ProxyError(403, 'host-not-allowed', `${url.host} is not an allowed host`);
  if (!rules.allowPrivate && (isPrivateAddress(url.hostname) || isLocalName(url.hostname))) {
    throw new ProxyError(403, 'private-address', `${url.host} is a private, loopback or link-local address`);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancelling closes the connection: nothing more is read or held.
      void reader.cancel().catch(() => {});
      throw new ProxyError(502, 'too-large', `the upstream document is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

const discard = (response: Response) => void response.body?.cancel().catch(() => {});

/** Fetches `url` under `rules`; conditional when `validators` are for the URL reached. Throws ProxyError. */
export async function fetchUpstream(
  url: URL,
  validators: Validators | undefined,
  rules: UpstreamRules,
): Promise<Upstream> {
  const controller = new AbortController();
  const timedOut = new ProxyError(504, 'timeout', `the upstream did not answer within ${rules.timeout} ms`);
  const timer = setTimeout(() => controller.abort(timedOut), rules.timeout);
  let target = url;
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': rules.userAgent };
      if (validators?.url === target.href) {
        if (validators.etag) headers['if-none-match'] = validators.etag;
        if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      }
      let response: Response;
      try {
        response = await rules.fetch(target.href, {
          method: 'GET',
          headers,
          redirect: 'manual',
          credentials: 'omit',
          signal: controller.signal,
        });
      } catch (cause) {
        if (controller.signal.aborted) throw timedOut;
        if (isProxyError(cause)) {
          throw hop && cause.status === 403
            ? new ProxyError(502, 'redirect-refused', `redirect refused: ${cause.message}`)
            : cause;
        }
        throw new ProxyError(502, 'upstream-unreachable', `the upstream could not be reached (${describe(cause)})`);
      }
      if (REDIRECT.has(response.status)) {
        discard(response);
        const location = response.headers.get('location');
        let next: URL;
        try {
          next = new URL(location ?? '', target);
        } catch {
          throw new ProxyError(502, 'redirect-refused', 'the upstream redirected to an unreadable location');
        }
        if (!location || hop >= rules.maxRedirects) {
          throw new ProxyError(
            502,
            'redirect-refused',
            `more than ${rules.maxRedirects} redirects, or one without a location`,
          );
        }
        try {
          checkTarget(next, rules);
        } catch (cause) {
          throw new ProxyError(502, 'redirect-refused', `redirect to ${next.host} refused: ${describe(cause)}`);
        }
        target = next;
        continue;
      }
      if (response.status === 304 && validators?.url === target.href) {
        discard(response);
        return { status: 304, url: target.href };
      }
      if (!response.ok) {
        discard(response);
        throw new ProxyError(502, 'upstream-status', `the upstream answered ${response.status}`);
      }
      if (Number(response.headers.get('content-length')) > rules.maxBytes) {
        discard(response);
        throw new ProxyError(502, 'too-large', `the upstream document is larger than ${rules.maxBytes} bytes`);
      }
      try {
        const body = await readCapped(response, rules.maxBytes);
        return {
          status: 200,
          url: target.href,
          body,
          contentType: response.headers.get('content-type') ?? undefined,
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
        };
      } catch (cause) {
        if (controller.signal.aborted) throw timedOut;
        if (isProxyError(cause)) throw cause;
        throw new ProxyError(502, 'upstream-unreachable', `the upstream connection broke (${describe(cause)})`);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? String((inner as { code: unknown }).code) : '';
  return code ? `${cause.message}: ${code}` : cause.message;
}
