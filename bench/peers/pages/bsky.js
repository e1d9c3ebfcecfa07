// Peer page: bsky-embed (a web component embedding a Bluesky feed), as its README imports it.
// It fetches posts from Bluesky's API, which the benchmark browser cannot reach: only its bytes are compared.
import 'bsky-embed/dist/bsky-embed.es.js';
