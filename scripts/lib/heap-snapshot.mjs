// What a page's V8 heap holds, from a CDP heap snapshot (HeapProfiler.takeHeapSnapshot, which collects
// garbage first): used by the bench's refresh part and by test/browser/perf/leaks.test.ts (through a
// web-test-runner command) to tell what the page's scripts keep from what V8 compiles.
//
// `cdp` is a CDP session of Playwright or Puppeteer (both have send/on/off).

/**
 * Takes a snapshot and sums the self size of what it holds in three parts:
 * - `code`: V8's compiled code and what belongs to it (snapshot type `code`: bytecode, optimized code,
 *   feedback, deoptimization data) plus the dependent-code lists V8 hangs on object shapes for
 *   optimized code. It grows while functions tier up (bytecode → Sparkplug → Maglev → TurboFan);
 *   `--js-flags=--jitless` makes it flat.
 * - `js`: everything else in the V8 heap — objects, arrays, strings, closures, shapes: what scripts keep.
 * - `blink`: DOM and other renderer objects in the snapshot (not part of `Runtime.getHeapUsage`).
 * `matches`: every distinct string in the heap that matches `pattern` (a RegExp source), if given.
 */
export async function heapSnapshot(cdp, { pattern } = {}) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return summarize(JSON.parse(chunks.join('')), pattern);
}

/** The sums of `heapSnapshot` for a parsed `.heapsnapshot` object. */
export function summarize(snapshot, pattern) {
  const { meta } = snapshot.snapshot;
  const { nodes, edges, strings } = snapshot;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const types = meta.node_types[0];
  const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const [ETYPE, ENAME, TO] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const named = new Set(['context', 'property', 'internal', 'shortcut', 'weak']);
  // Lists reached through a shape's `dependent_code` edge hold optimized code that depends on the shape.
  const dependent = new Set();
  for (let n = 0, e = 0; n < nodes.length; n += NF) {
    for (let end = e + nodes[n + EDGES] * EF; e < end; e += EF)
      if (named.has(meta.edge_types[0][edges[e + ETYPE]]) && strings[edges[e + ENAME]] === 'dependent_code')
        dependent.add(edges[e + TO]);
  }
  const match = pattern === undefined ? undefined : new RegExp(pattern);
  const matches = new Set();
  const sums = { code: 0, js: 0, blink: 0, objects: 0 };
  for (let n = 0; n < nodes.length; n += NF) {
    const type = types[nodes[n + TYPE]];
    const name = strings[nodes[n + NAME]];
    const size = nodes[n + SIZE];
    if (type === 'code' || dependent.has(n)) sums.code += size;
    else if (type === 'native' && !name.startsWith('system /')) sums.blink += size;
    else if (type !== 'synthetic') {
      sums.js += size;
      sums.objects++;
    }
    if (match && (type === 'string' || type === 'concatenated string' || type === 'sliced string') && match.test(name))
      matches.add(name);
  }
  return { ...sums, matches: [...matches] };
}
