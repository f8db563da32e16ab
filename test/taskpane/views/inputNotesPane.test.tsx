/** @jest-environment jsdom */
/**
 * What reading the workbook found (a hidden sheet read, a customer list without an id column, a
 * saved mapping that no longer fits) reads in the pane's language in the run summary, with no
 * English word left in Chinese; English is the adapter's own warning (src/output/inputNoteWords.ts).
 */
import { defaultScoringConfig } from '../../../src/domain/config';
import { dayFromIso } from '../../../src/domain/dates';
import { unrecognisedCustomerSheets } from '../../../src/excel/unrecognisedSheets';
import { inputNoteEnglish, type InputNote } from '../../../src/output/inputNoteWords';
import { scoreWorkbook } from '../../../src/output/pipeline';
import { fitSavedMapping } from '../../../src/output/savedMapping';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { SummaryCard } from '../../../src/taskpane/views/run/SummaryCard';
import type { ScoringSummary } from '../../../src/worker/protocol';
import { renderedText } from '../../support/renderedText';

function result(): ScoringSummary {
  const grid: (string | number)[][] = [['客户编号', '订单日期', '金额']];
  for (let i = 0; i < 4; i++) for (let m = 1; m <= 6; m++) grid.push([`K${i}`, `2025-0${m}-1${i}`, 100 * (i + 1) + m]);
  const outcome = scoreWorkbook({ workbook: { orders: { sheet: '订单', grid } }, config: defaultScoringConfig(), asOf: dayFromIso('2025-07-01'), previous: [] });
  if (!outcome.result) throw new Error('refused');
  return { ...outcome.result, customerRows: {}, customerCount: outcome.result.customers.length };
}

/** The notes as the adapter makes them: its own functions for two, the hidden sheet and the unreadable run state as readWorkbookInputs notes them (test/reliability/corpus.test.ts checks the adapter does). */
function notes(): InputNote[] {
  const withoutId = unrecognisedCustomerSheets([
    {
      name: '客户名单',
      grid: [
        ['客户名称', '国家', '联系人'],
        ['甲公司', '中国', '王先生'],
      ],
    },
  ]);
  const dropped = fitSavedMapping(
    { orders: { sheet: '订单', headerRow: 0, columns: { customerId: 0, orderDate: 1, amount: 5 } } },
    {
      orders: {
        sheet: '订单',
        grid: [
          ['客户编号', '订单日期', '金额'],
          ['K1', '2025-01-01', 5],
        ],
      },
      customers: null,
    },
  ).notes;
  return [{ code: 'hidden-sheet-read', sheet: '订单', role: 'orders' }, ...withoutId, ...dropped, { code: 'run-state-unreadable' }];
}

async function summary(locale: Locale): Promise<string> {
  return renderedText(
    <I18nProvider initialLocale={locale}>
      <SummaryCard result={result()} problems={[]} problemCount={0} inputNotes={notes()} onSelectCell={() => undefined} />
    </I18nProvider>,
  );
}

describe('the run summary with what reading the workbook found', () => {
  it('has a note of each kind from the adapter’s own functions', () => {
    expect(notes().map((n) => n.code)).toEqual(['hidden-sheet-read', 'customer-sheet-without-id', 'saved-mapping-dropped', 'run-state-unreadable']);
  });

  it('reads in Simplified Chinese', async () => {
    const text = await summary('zh');
    expect(text).toContain('订单表“订单”是隐藏的，仍已读取并评分');
    expect(text).toContain('工作表“客户名单”没有可识别为客户编号的列（看到的表头：“客户名称”、“国家”、“联系人”）');
    expect(text).toContain('已保存的列对应与工作表“订单”不再相符（“金额”列为空）；已重新识别各列。');
    expect(text).toContain('上次运行记录无法读取；Tiers 的列按列名和表头查找。');
    // Latin words left: the owned sheet's own name and the ABC analysis' name only.
    const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Tiers', 'Customers', 'ABC'].includes(w));
    expect(latin).toEqual([]);
  });

  it('reads in Traditional Chinese', async () => {
    const text = await summary('zh-Hant');
    expect(text).toContain('訂單表「订单」是隱藏的，仍已讀取並評分');
    expect(text).toContain('已儲存的欄對應與工作表「订单」不再相符（「金額」欄為空）；已重新辨識各欄。');
    expect(text).toContain('上次執行記錄無法讀取；Tiers 的欄按欄名和標題尋找。');
    const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Tiers', 'Customers', 'ABC'].includes(w));
    expect(latin).toEqual([]);
  });

  it('in English, as the adapter’s warnings say', async () => {
    const text = await summary('en');
    for (const n of notes()) expect(text).toContain(inputNoteEnglish(n));
  });
});
