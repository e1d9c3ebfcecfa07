/** Which upstream hosts and addresses the proxy may reach. Web-standard code only (edge runtimes load it). */

/** `host` or `host:port` entries, lower-cased; IPv6 in brackets (`[::1]:8080`). */
export type AllowList = readonly string[];

const defaultPort = (url: URL) => (url.protocol === 'https:' ? '443' : '80');

/**
 * Whether `url`'s host is allowed: an entry `host` allows that host on the scheme's default port,
 * `host:port` that port only (a feed on another port of an allowed host is another service).
 */
export function isAllowedHost(url: URL, allow: AllowList): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || defaultPort(url);
  return allow.some((entry) => {
    const e = entry.trim().toLowerCase();
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(e);
    return !!m && m[1] === host && (m[2] ?? defaultPort(url)) === port;
  });
}

const v4 = (ip: string): number[] | undefined => {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || +p > 255)) return undefined;
  return parts.map(Number);
};

function privateV4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 || // loopback
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata lives here)
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a! >= 224 // multicast, reserved, broadcast
  );
}

/** The 8 groups of an IPv6 address (no brackets), or undefined when it is none. */
function v6(ip: string): number[] | undefined {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const q = v4(tail[1]!);
    if (!q) return undefined;
    text = `${text.slice(0, -tail[1]!.length)}${((q[0]! << 8) | q[1]!).toString(16)}:${((q[2]! << 8) | q[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s ? s.split(':') : []);
  const [head, rest] = [parse(halves[0]!), halves.length === 2 ? parse(halves[1]!) : undefined];
  const groups = rest ? [...head, ...Array(8 - head.length - rest.length).fill('0'), ...rest] : head;
  if (groups.length !== 8 || groups.some((g) => !/^[\da-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * Whether an IP address (v4 or v6, as a resolver gives it or in a URL's brackets) is one a public
 * proxy must not reach: loopback, private, link-local, unique-local, unspecified, multicast, and
 * IPv4 addresses mapped or translated into IPv6. Undefined when `ip` is no IP address (a name).
 */
export function isPrivateAddress(ip: string): boolean | undefined {
  const bare = ip.replace(/^\[|\]$/g, '');
  const four = v4(bare);
  if (four) return privateV4(four);
  const six = v6(bare);
  if (!six) return undefined;
  const [g0, , , , , g5, g6, g7] = six as [number, number, number, number, number, number, number, number];
  const zeros = (n: number) => six.slice(0, n).every((g) => g === 0);
  if (zeros(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): judge the IPv4 inside.
  if (
    (zeros(5) && g5 === 0xffff) ||
    zeros(6) ||
    (g0 === 0x64 && six[1] === 0xff9b && six.slice(2, 6).every((g) => g === 0))
  ) {
    return privateV4([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]);
  }
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local (deprecated)
    (g0 & 0xff00) === 0xff00 // multicast
  );
}

/** Names that mean this machine whatever DNS says. */
export const isLocalName = (host: string): boolean => /^(localhost|.*\.localhost|.*\.local)\.?$/i.test(host);
