import { expect } from '@open-wc/testing';
import { formatDate, formatDateTitle, formatNumber, warmDates, type DateOptions } from '../../../src/i18n/format.js';
import { nextTask } from '../../../src/text/tasks.js';

/** Records the Intl objects constructed while it is installed, by kind. */
function recordIntl() {
  const made: string[] = [];
  const saved = { Locale: Intl.Locale, DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };
  for (const [kind, ctor] of Object.entries(saved))
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(ctor, {
      construct(target, args: unknown[]) {
        made.push(kind);
        return Reflect.construct(target, args) as object;
      },
    });
  return { made, restore: () => Object.assign(Intl, saved) };
}

/** Runs `check` in a task queued now (as `warmDates` queues its steps): after those already queued, before those they queue. */
const inNextTask = <T>(check: () => T) => nextTask().then(check);

// A language, zone and numerals no other test uses: the formatter caches are module-wide.
const LANG = 'ar-EG';
const OPTIONS: DateOptions = { format: 'long', timeZone: 'Asia/Kolkata', numerals: 'arab' };
const DATE = '2024-12-26T09:51:00Z';

describe('warmDates: Intl prepared in short tasks before the first date is shown', () => {
  it("starts Intl with the number formatter (the locale's data), then builds the date formatter, then the title's, each in a task of its own", async () => {
    const intl = recordIntl();
    try {
      const warm = warmDates(LANG, OPTIONS);
      expect(intl.made, 'nothing in the caller’s task').to.deep.equal([]);
      const first = await inNextTask(() => [...intl.made]);
      const second = await inNextTask(() => [...intl.made]);
      await warm;
      expect(first).to.deep.equal(['Locale', 'NumberFormat']);
      expect(second).to.deep.equal(['Locale', 'NumberFormat', 'DateTimeFormat']);
      expect(intl.made).to.deep.equal(['Locale', 'NumberFormat', 'DateTimeFormat', 'DateTimeFormat']);
    } finally {
      intl.restore();
    }
  });

  it('then the first date, its title and numbers are shown without building anything', async () => {
    await warmDates(LANG, OPTIONS);
    const intl = recordIntl();
    try {
      const shown = [
        formatDate(DATE, LANG, OPTIONS),
        formatDateTitle(DATE, LANG, OPTIONS),
        formatNumber(3, LANG, OPTIONS.numerals),
      ];
      expect(intl.made).to.deep.equal([]);
      // What a reader in Cairo reads, in Kolkata's time (15:21), with Arabic-Indic digits.
      expect(shown[0]).to.contain('ديسمبر').and.to.contain('٢٠٢٤').and.to.contain('٣:٢١');
      expect(shown[2]).to.equal('٣');
    } finally {
      intl.restore();
    }
  });
});
