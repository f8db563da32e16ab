/** @jest-environment jsdom */
/**
 * An error Excel throws, as the pane shows it (docs/i18n.md, "Excel's errors"): on the emulated
 * host, Microsoft's client library turns a refused request into an OfficeExtension.Error; the pane
 * says what happened in its own language, keyed on the error's code, with Excel's text beneath.
 */
import { I18nProvider } from '../../src/taskpane/i18n/I18nProvider';
import { EXCEL_ERROR_WORDS, excelErrorOf } from '../../src/taskpane/i18n/excelErrorText';
import { RunCard } from '../../src/taskpane/views/run/RunCard';
import { errorText } from '../../src/taskpane/work/useWorkState';
import type { PaneRunOutcome } from '../../src/taskpane/state/paneState';
import { run, sampleBook } from './helpers';
import { renderedText } from '../support/renderedText';

const runCard = (outcome: PaneRunOutcome) => (
  <I18nProvider initialLocale="zh">
    <RunCard
      status="failed"
      progress={{ reading: 1, scoring: 1, writing: 0 }}
      outcome={outcome}
      customers={null}
      canRun
      analysisDate={null}
      onAnalysisDate={() => undefined}
      sheetLanguage={null}
      autoSheetLanguage="zh-CN"
      onSheetLanguage={() => undefined}
      onRun={() => undefined}
      onCancel={() => undefined}
    />
  </I18nProvider>
);

describe("Excel's errors in the pane's language", () => {
  it('a run Excel stops with InsertDeleteConflict reads in Simplified Chinese, with Excel text as the detail line', async () => {
    const book = sampleBook({ customers: 15, orders: 150 });
    // The first request fails: Microsoft's client rejects Excel.run with the code.
    book.sim.failSync(1, 'none', 'InsertDeleteConflict');
    const outcome = await run(book);
    if (outcome.ok || outcome.kind !== 'excel-error') throw new Error(`expected an Excel error, got ${JSON.stringify(outcome)}`);
    expect(outcome.error.code).toBe('InsertDeleteConflict');
    expect(outcome.error.message.length).toBeGreaterThan(0);

    const text = await renderedText(runCard(outcome));
    expect(text).toContain(`运行被 Excel 中止：${EXCEL_ERROR_WORDS.zh['insert-delete-conflict']}未写入任何内容。`);
    expect(text).toContain(`Excel 的原始信息：${outcome.error.message}`);
    // No English word but Excel's and the keys' names, and the language picker's "English" (a language named in itself); Excel's own text is only in the detail line.
    const ours = text.replace(`Excel 的原始信息：${outcome.error.message}`, '');
    expect((ours.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Excel', 'Tiers', 'Enter', 'Esc', 'English'].includes(w))).toEqual([]);
  });

  it('an Office error thrown by Excel.run (ItemNotFound) is worded by its code, its text kept', async () => {
    sampleBook({ customers: 5, orders: 20 });
    let thrown: unknown = null;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('没有这张表').load('name');
        await context.sync();
      });
    } catch (error) {
      thrown = error;
    }
    const facts = excelErrorOf(thrown);
    expect(facts?.code).toBe('ItemNotFound');
    expect(errorText(thrown, 'zh')).toBe(EXCEL_ERROR_WORDS.zh['not-found']);
    expect(errorText(thrown, 'zh-Hant')).toBe(EXCEL_ERROR_WORDS['zh-Hant']['not-found']);
    // The run view words a pane-side failure the same way, and keeps Excel's text beneath.
    const text = await renderedText(runCard({ ok: false, kind: 'pane-error', message: String((thrown as Error).message), ...(facts ? { error: facts } : {}) }));
    expect(text).toContain(`运行失败：${EXCEL_ERROR_WORDS.zh['not-found']}`);
    expect(text).toContain(`Excel 的原始信息：${facts?.message ?? ''}`);
  });

  it('an error that is not Excel keeps its own text', () => {
    expect(excelErrorOf(new Error('boom'))).toBeNull();
    expect(errorText(new Error('boom'), 'zh')).toBe('boom');
  });
});
