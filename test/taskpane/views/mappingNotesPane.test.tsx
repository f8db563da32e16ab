/** @jest-environment jsdom */
/**
 * The run summary reads fully in the pane's language: a run whose order sheet has a header written
 * twice and amounts in two currencies (converted with a rates sheet) says so in Traditional
 * Chinese, with no English word left (docs/sheet-language.md, "The domain's notes").
 */
import { defaultScoringConfig } from '../../../src/domain/config';
import { dayFromIso } from '../../../src/domain/dates';
import { scoreWorkbook } from '../../../src/output/pipeline';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { SummaryCard } from '../../../src/taskpane/views/run/SummaryCard';
import type { ScoringSummary } from '../../../src/worker/protocol';
import { renderedText } from '../../support/renderedText';

function run() {
  const grid: (string | number)[][] = [['客戶編號', '訂單日期', '金額', '幣別', '金額']];
  const customers = ['甲公司', '乙公司', '丙公司', '丁公司'];
  customers.forEach((c, i) => {
    for (let m = 1; m <= 6; m++) grid.push([c, `2025-0${m}-1${i}`, 100 * (i + 1) + m, m % 2 === 0 ? 'USD' : 'TWD', 1]);
  });
  const outcome = scoreWorkbook({
    workbook: {
      orders: { sheet: '訂單', grid },
      rates: {
        sheet: '匯率',
        grid: [
          ['幣別', '匯率'],
          ['TWD', 1],
          ['USD', 32.5],
          ['EUR', '無'],
        ],
      },
    },
    config: defaultScoringConfig(),
    asOf: dayFromIso('2025-07-01'),
    previous: [],
  });
  if (!outcome.result) throw new Error(outcome.analysis.refused?.message ?? 'refused');
  const result: ScoringSummary = { ...outcome.result, customerRows: {}, customerCount: outcome.result.customers.length };
  return { result, notes: outcome.analysis.notes, products: outcome.studies?.products.notices ?? [] };
}

function summary(locale: Locale) {
  const { result, notes, products } = run();
  return renderedText(
    <I18nProvider initialLocale={locale}>
      <SummaryCard result={result} problems={[]} problemCount={0} mappingNotes={notes} productNotices={products} onSelectCell={() => undefined} />
    </I18nProvider>,
  );
}

describe('the run summary with a duplicate header and a currency conversion', () => {
  it('has both notes from the analysis', () => {
    expect(run().notes.map((n) => n.code)).toEqual(['duplicate-header', 'rates-row-unreadable', 'currency-converted']);
    // No product column: the ranking says so, as on the products sheet.
    expect(run().products).toEqual([{ code: 'products-not-ranked' }]);
  });

  it('reads fully in Traditional Chinese', async () => {
    const text = await summary('zh-Hant');
    expect(text).toContain('工作表「訂單」：C、E 欄的標題相同（「金額」）；使用 C 欄。');
    expect(text).toContain('工作表「匯率」第 4 列：EUR 沒有大於零的匯率，已略過。');
    expect(text).toContain('TWD、USD 的金額已依匯率換算為TWD（USD 32.5；共 12 列）。');
    expect(text).toContain('無法對產品排名：訂單表沒有對應產品或產品線欄。');
    // No English word: only currency codes, ABC (the analysis' name) and column and class letters are Latin.
    const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['TWD', 'USD', 'EUR', 'ABC'].includes(w));
    expect(latin).toEqual([]);
    expect(text).not.toMatch(/[户单订额币汇读没时该无这说请应关务级权价统设码种]/);
  });

  it('in English and Simplified Chinese too', async () => {
    expect(await summary('en')).toContain('Sheet "訂單": columns C, E have the same header "金額"; using column C.');
    expect(await summary('zh')).toContain('工作表“訂單”：C、E 列的表头相同（“金額”）；使用 C 列。');
  });
});
