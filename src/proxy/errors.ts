/** What the proxy answers when it has no feed to give: `{error: {kind, message}}` with a status. */
export type ProxyErrorKind =
  | 'bad-request' // 400: `url` missing, not a URL, or not http(s)
  | 'method-not-allowed' // 405
  | 'host-not-allowed' // 403: the host (or host:port) is not in `allow`
  | 'private-address' // 403: the host is or resolves to a loopback, private or link-local address
  | 'redirect-refused' // 502: the upstream redirected to a host or address the proxy may not reach
  | 'upstream-status' // 502: the upstream answered with an error status
  | 'upstream-unreachable' // 502: no connection, or it broke
  | 'too-large' // 502: the upstream document is larger than `maxBytes`
  | 'not-a-feed' // 502: the upstream document is no feed the readers know
  | 'timeout'; // 504: the upstream took longer than `timeout`

export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  constructor(
    readonly status: number,
    readonly kind: ProxyErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const isProxyError = (value: unknown): value is ProxyError => value instanceof ProxyError;
