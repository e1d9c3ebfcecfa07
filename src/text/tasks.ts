type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a task of its own: what comes after runs once the host's main thread had its turn
 * (rendering, input). `scheduler.yield()` where the browser has it (Chromium): no 4 ms clamp after
 * a few nested timeouts, and what yielded goes on before other waiting tasks; else a timeout.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/** When the current task's slice of work began (`performance.now()`); unset between tasks. */
let slice: number | undefined;
/** The next task, where the callers sent on from this one go on, in the order they came. */
let next: Promise<void> | undefined;

/**
 * Shares out the work of one task: the first caller in a task starts a slice of `budget` ms; callers
 * within it get `undefined` (go on now), later ones the promise of the next task, all the same one,
 * where they go on in their order and the first starts a new slice. Many elements that update at
 * once, because the feed they all show has arrived, then fill a few short tasks rather than one long
 * one, and the page can paint and answer input between them. At Lighthouse's 4× CPU a slice of
 * 8 ms stays under the 50 ms of a long task.
 */
export function nextSlice(budget = 8): Promise<void> | undefined {
  const now = performance.now();
  // A new slice ends with its task: the reset is queued before any caller is sent on, so it runs
  // first, between this task and theirs.
  slice ??= (void nextTask().then(() => (slice = undefined)), now);
  return now - slice > budget ? (next ??= nextTask().then(() => (next = slice = undefined))) : undefined;
}
