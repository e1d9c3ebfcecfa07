// Everything in src/text, for the benchmarks' bundle.
export * from '../../src/text/rank.js';
export * from '../../src/text/normalize.js';
