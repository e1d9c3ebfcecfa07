/**
 * The four helpers @lit-labs/ssr-client's hydration takes from `lit-html/directive-helpers.js`,
 * as lit-html 3.3 writes them (BSD-3-Clause, Google LLC). vite.config.ts points the hydration
 * code here: sharing lit-html's module with the ticker would make it a chunk of its own, one more
 * request on every ticker page, server-rendered or not.
 */
type Result = { _$litType$?: unknown };

export const isPrimitive = (value: unknown): boolean =>
  value === null || (typeof value != 'object' && typeof value != 'function');

export const isTemplateResult = (value: unknown, type?: number): boolean =>
  type === undefined
    ? (value as Result | undefined)?.['_$litType$'] !== undefined
    : (value as Result | undefined)?.['_$litType$'] === type;

export const isCompiledTemplateResult = (value: unknown): boolean =>
  ((value as Result | undefined)?.['_$litType$'] as { h?: unknown } | undefined)?.h != null;

export const isSingleExpression = (part: { strings?: unknown }): boolean => part.strings === undefined;
