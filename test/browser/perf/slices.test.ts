import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/article-card/article-card.js';
import { ArticleCard } from '../../../src/elements/article-card/article-card.component.js';
import { nextSlice, nextTask } from '../../../src/text/tasks.js';

/**
 * Many elements that update at once (the feed they all show has arrived) must not render in one long
 * task: they share a task up to a few milliseconds (`nextSlice`), the rest follow in tasks of their
 * own. The clock is `performance.now`, replaced here so that each render "takes" a known time.
 */
let fake = 0;
const realNow = performance.now.bind(performance);
const useFakeClock = () => {
  fake = realNow();
  performance.now = () => fake;
};
const useRealClock = () => {
  performance.now = realNow;
};

/**
 * Numbers the tasks calls run in: a call finds the mark unless a task since cleared it. (Exact here:
 * the cards sent on wait for one shared task, queued the same way after this mark's own.)
 */
function taskCounter() {
  let mark = false;
  let tasks = 0;
  return {
    get tasks() {
      return tasks;
    },
    /** The 1-based task of this call. */
    now(): number {
      if (!mark) {
        mark = true;
        tasks++;
        void nextTask().then(() => (mark = false));
      }
      return tasks;
    },
  };
}

describe('nextSlice: a task’s work shared out in slices', () => {
  afterEach(useRealClock);

  it('lets callers go on for the budget of a task, then sends them to the next task, where a new slice starts', async () => {
    useFakeClock();
    expect(nextSlice(8), 'the first caller starts the slice').to.equal(undefined);
    fake += 5;
    expect(nextSlice(8), 'within 8 ms').to.equal(undefined);
    fake += 4;
    const later = nextSlice(8);
    expect(later, 'past 8 ms').to.be.an.instanceOf(Promise);
    await later;
    expect(nextSlice(8), 'the next task starts a new slice').to.equal(undefined);
  });
});

describe('elements updating together', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    useRealClock();
    restore.splice(0).forEach((undo) => undo());
  });

  it('twelve cards whose feed arrives at once render in six tasks, two by two, the first two at once', async () => {
    const counter = taskCounter();
    const rendered: { id: string; task: number }[] = [];
    // Each card's render takes 5 ms of the fake clock: a slice of 8 ms holds two.
    const proto = ArticleCard.prototype as unknown as { performUpdate(): void };
    const perform = proto.performUpdate;
    proto.performUpdate = function (this: ArticleCard) {
      const result = perform.call(this);
      if (this.shadowRoot?.querySelector('[part~=title]') && !rendered.some((r) => r.id === this.itemId)) {
        rendered.push({ id: this.itemId!, task: counter.now() });
        fake += 5;
      }
      return result;
    };
    restore.push(() => (proto.performUpdate = perform));
    useFakeClock();
    // One feed for all twelve (the page's store reads it once): its answer reaches them in one task.
    const src = '/feeds-test/gen?items=12&key=slices';
    const ids = Array.from({ length: 12 }, (_, i) => `v1-${i + 1}`);
    await fixture<HTMLDivElement>(
      html`<div>${ids.map((id) => html`<article-card src=${src} item-id=${id} no-image></article-card>`)}</div>`,
    );
    await waitUntil(() => rendered.length === 12, 'all twelve rendered', { timeout: 3000 });
    const perTask = new Map<number, string[]>();
    for (const { id, task } of rendered) perTask.set(task, [...(perTask.get(task) ?? []), id]);
    // Two renders of 5 ms fill a slice of 8: six tasks of two, in the page's order.
    expect([...perTask.values()]).to.deep.equal([
      ['v1-1', 'v1-2'],
      ['v1-3', 'v1-4'],
      ['v1-5', 'v1-6'],
      ['v1-7', 'v1-8'],
      ['v1-9', 'v1-10'],
      ['v1-11', 'v1-12'],
    ]);
  });
});
