import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

/** axe-core is a UMD script: as a module it sets `window.axe` and exports nothing. */
const axe = () => (window as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } }).axe;

/**
 * Runs axe-core on `el` (axe walks open shadow roots) and fails with one line per violation:
 * rule id, impact, help text and the offending nodes' selectors.
 */
export async function expectAccessible(el: Element, options: RunOptions = {}): Promise<void> {
  const result = await axe().run(el, { resultTypes: ['violations'], ...options });
  const lines = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
        .join('\n    ')}`,
  );
  expect(result.violations.length, `axe violations:\n  ${lines.join('\n  ')}`).to.equal(0);
}
