import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/article-card/article-card.js';
import type { ArticleCard } from '../../../src/elements/article-card/article-card.component.js';
import { expectAccessible } from '../helpers/axe.js';
import { ENGINES, useEngine } from '../helpers/engines.js';
import { newsFeed, newsItem } from '../helpers/seed-feed.js';

/**
 * Bodies as written, in `<article-card layout="full">`: a wide table scrolls inside the card on a
 * phone (the page does not), in both directions; a dropped video leaves a localized link.
 */

const RATES_TABLE =
  '<p>سجّلت أسعار صرف الليرة السورية استقراراً أمام الدولار.</p>' +
  '<table><caption>أسعار صرف الليرة السورية</caption>' +
  '<thead><tr><th scope="col">العملة</th><th scope="col">المركزي</th><th scope="col">شراء</th><th scope="col">مبيع</th><th scope="col">أمس</th><th scope="col">التغير</th></tr></thead>' +
  '<tbody><tr><th scope="row">الدولار</th><td>13,000.00</td><td>12,700.00</td><td>12,900.00</td><td>12,950.00</td><td>−0.39%</td></tr>' +
  '<tr><th scope="row">اليورو</th><td>13,520.00</td><td colspan="2">غير متداول</td><td>13,600.00</td><td>−0.59%</td></tr></tbody></table>' +
  '<video controls src="https://news.example/video/market.mp4">بديل</video>';

const item = (language: string) =>
  newsItem({
    id: 'rates',
    url: 'https://news.example/economy/rates',
    title: 'أسعار صرف الليرة السورية اليوم',
    contentText: 'أسعار صرف الليرة السورية',
    contentHtml: RATES_TABLE,
    language,
  });

const part = (el: ArticleCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function fullCard(dir: 'rtl' | 'ltr', lang: string): Promise<ArticleCard> {
  const box = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${lang}>
      <article-card layout="full" .feed=${newsFeed([item(lang)])}></article-card>
    </div>`,
  );
  const el = box.querySelector<ArticleCard>('article-card')!;
  await waitUntil(() => part(el, 'body')?.querySelector('table'), 'the sanitized table never arrived', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

for (const engine of ENGINES)
  describe(`<article-card layout="full">: bodies as written (${engine})`, () => {
    useEngine(engine);
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [dir, lang] of [
      ['rtl', 'ar'],
      ['ltr', 'en'],
    ] as const)
      it(`${dir}: at 320 px the table scrolls inside the card, from its inline start; the page does not scroll`, async () => {
        const el = await fullCard(dir, lang);
        const region = part(el, 'body')!.querySelector<HTMLElement>('.table-scroll')!;
        const table = region.querySelector('table')!;
        // The header row is there, with its text (DOMPurify used to drop thead with its content).
        expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
          'العملة',
          'المركزي',
          'شراء',
          'مبيع',
          'أمس',
          'التغير',
        ]);
        expect(table.getBoundingClientRect().width, 'the table keeps its shape').to.be.greaterThan(320);
        expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
        const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
        expect(card.width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth, 'the page overflows sideways').to.be.at.most(320);
        const r = region.getBoundingClientRect();
        expect(r.left).to.be.at.least(card.left);
        expect(r.right).to.be.at.most(card.right);
        // The table starts at the reader's inline start: the right edge in Arabic, the left in English.
        const t = table.getBoundingClientRect();
        if (dir === 'rtl') expect(t.right).to.be.closeTo(r.right, 1);
        else expect(t.left).to.be.closeTo(r.left, 1);
        // A keyboard reader scrolls it: the region takes focus, and the arrow towards the inline end moves it.
        expect(region.tabIndex).to.equal(0);
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-label')).to.equal('أسعار صرف الليرة السورية');
        region.focus();
        await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
        await waitUntil(() => Math.abs(region.scrollLeft) > 0, 'the arrow key did not scroll the table');
        expect(Math.sign(region.scrollLeft)).to.equal(dir === 'rtl' ? -1 : 1);
      });

    it('the video is not kept; a link to it is, labelled in the reader’s language', async () => {
      const ar = await fullCard('rtl', 'ar');
      const link = part(ar, 'body')!.querySelector('a')!;
      expect(part(ar, 'body')!.querySelector('video')).to.equal(null);
      expect(link.textContent).to.equal('▶ فيديو');
      expect(link.getAttribute('href')).to.equal('https://news.example/video/market.mp4');
      expect(link.rel).to.equal('noopener noreferrer');
      // The first connected element's language drives the UI locale: one card at a time.
      fixtureCleanup();
      const en = await fullCard('ltr', 'en');
      await waitUntil(() => part(en, 'body')!.querySelector('a')?.textContent === '▶ Video', 'no English label', {
        timeout: 5000,
      });
    });

    it('is accessible (axe) with a table and a video link, in RTL at 320 px', async () => {
      const el = await fullCard('rtl', 'ar');
      await expectAccessible(el);
    });
  });
