import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clock, clockRunning } from '../../../src/i18n/controller.js';
import { feed, type I18nProbe } from './probe.js';

const PUBLISHED = Date.parse('2024-12-26T09:51:00Z');
const HOUR = 3_600_000;

describe('relative times', () => {
  let now = PUBLISHED + 10_000;
  const realNow = clock.now;
  // A test page may be a background tab (hidden) when files run in parallel: pin visibility.
  const visible = (value: boolean) =>
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => !value });
  before(() => {
    clock.now = () => now;
    clock.interval = 20;
    visible(true);
  });
  after(() => {
    clock.now = realNow;
    clock.interval = 60_000;
    delete (document as { hidden?: boolean }).hidden;
  });

  it('refresh on one shared timer while shown, with the absolute date on hover', async () => {
    const el = await fixture<I18nProbe>(
      html`<i18n-probe date-format="relative" time-zone="UTC" .feed=${feed('en')}></i18n-probe>`,
    );
    const time = () => el.shadowRoot!.querySelector('time')!;
    await waitUntil(() => el.shadowRoot!.querySelector('time'), 'the feed is read and shown');
    expect(time().textContent!.trim()).to.equal('now');
    expect(time().title).to.equal('Thursday, December 26, 2024 at 9:51 AM');
    expect(clockRunning()).to.equal(true);
    now = PUBLISHED + 2 * HOUR;
    await waitUntil(() => time().textContent!.trim() === '2 hours ago', 'ticks');
    now = PUBLISHED + 26 * HOUR;
    await waitUntil(() => time().textContent!.trim() === 'yesterday', 'ticks again');
  });

  it('stop when no relative time is shown, and pause while the page is hidden', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe date-format="relative" .feed=${feed('en')}></i18n-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('time'), 'the feed is read and shown');
    expect(clockRunning()).to.equal(true);
    el.dateFormat = 'long';
    await el.updateComplete;
    expect(clockRunning(), 'no relative time on the page').to.equal(false);
    el.dateFormat = 'relative';
    await el.updateComplete;
    expect(clockRunning()).to.equal(true);

    visible(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clockRunning(), 'paused while hidden').to.equal(false);
    now = PUBLISHED + 3 * HOUR;
    visible(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clockRunning()).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('time')!.textContent!.trim(), 'updated at once on return').to.equal(
      '3 hours ago',
    );
    el.remove();
    expect(clockRunning(), 'stopped when the element leaves').to.equal(false);
  });
});
