import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/** The connected controllers of each kind (e.g. every ticker's region on the page). */
const kinds = new Map<string, Set<UniqueNameController>>();

/**
 * Keeps the accessible names of one kind of landmark distinct on a page (axe `landmark-unique`): two
 * tickers both labelled "عاجل" would be two regions a screen-reader user cannot tell apart. Each host
 * says its name with `name()`; when several connected hosts share one, the first in document order
 * keeps it and the others get an `ordinal` (2, 3…) to append to it. Costs no layout: it compares
 * document positions only, when a host connects, disconnects or changes its name.
 */
export class UniqueNameController implements ReactiveController {
  /** 0 when the name is unique on the page (or this host is the first with it), else 2, 3… */
  ordinal = 0;
  private current = '';

  constructor(
    readonly host: Host,
    private readonly kind: string,
  ) {
    host.addController(this);
  }

  private get peers(): Set<UniqueNameController> {
    let peers = kinds.get(this.kind);
    if (!peers) kinds.set(this.kind, (peers = new Set()));
    return peers;
  }

  hostConnected(): void {
    this.peers.add(this);
    this.renumber();
  }

  hostDisconnected(): void {
    this.peers.delete(this);
    this.ordinal = 0;
    this.renumber();
  }

  /** The host's name as it renders it now; call before rendering (cheap when it did not change). */
  name(name: string): void {
    if (name === this.current) return;
    this.current = name;
    if (this.peers.has(this)) this.renumber();
  }

  private renumber(): void {
    const byName = new Map<string, UniqueNameController[]>();
    for (const peer of this.peers) {
      const same = byName.get(peer.current);
      if (same) same.push(peer);
      else byName.set(peer.current, [peer]);
    }
    for (const same of byName.values()) {
      same.sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      same.forEach((peer, i) => {
        const ordinal = i ? i + 1 : 0;
        if (peer.ordinal === ordinal) return;
        peer.ordinal = ordinal;
        if (peer !== this) peer.host.requestUpdate();
      });
    }
  }
}
