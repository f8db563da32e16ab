/**
 * Every error code of Microsoft's client library (Excel.ErrorCodes, OfficeExtension.ErrorCodes and
 * CoreErrorCodes, as @microsoft/office-js defines them, not our emulation) has a sentence of its own
 * kind in every pane language; the Chinese has no English word left and keeps to its script.
 */
import { createSimulator } from '../../../src/simulator';
import { EXCEL_ERROR_KINDS, EXCEL_ERROR_WORDS, excelErrorKind, excelErrorText, type ExcelErrorKind } from '../../../src/taskpane/i18n/excelErrorText';
import type { Locale } from '../../../src/taskpane/i18n/messages';

/** The string values of a code enum or class of statics. */
function codesOf(holder: unknown): string[] {
  if (!holder) return [];
  return Object.getOwnPropertyNames(holder)
    .map((k) => (holder as Record<string, unknown>)[k])
    .filter((v): v is string => typeof v === 'string' && /^[A-Z][A-Za-z]+$/.test(v));
}

function libraryCodes(): string[] {
  // Installs Microsoft's client library (src/simulator runs the add-in against it).
  createSimulator({ sheets: [{ name: 'A', rows: [[1]] }] }).installGlobals(globalThis);
  const g = globalThis as unknown as { Excel: { ErrorCodes: unknown }; OfficeExtension: { ErrorCodes: unknown; CoreErrorCodes: unknown } };
  return [...new Set([...codesOf(g.Excel.ErrorCodes), ...codesOf(g.OfficeExtension.ErrorCodes), ...codesOf(g.OfficeExtension.CoreErrorCodes)])].sort();
}

const LOCALES: Locale[] = ['en', 'zh', 'zh-Hant'];
const KINDS = Object.keys(EXCEL_ERROR_WORDS.en) as ExcelErrorKind[];
const SIMPLIFIED_ONLY = /[编辑处请试绝访问护权删还冲维数据传单击链开连对话时载项认为该动这无]/;
const TRADITIONAL_ONLY = /[編輯處請試絕訪問護權刪還衝維數據傳單擊鏈開連對話時載項認為該動這無]/;

describe("Excel's error codes in the pane's languages", () => {
  const codes = libraryCodes();

  it("reads the client library's codes (the ones the brief names among them)", () => {
    expect(codes.length).toBeGreaterThan(35);
    for (const code of ['ItemNotFound', 'InvalidArgument', 'AccessDenied', 'GeneralException', 'InsertDeleteConflict', 'InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded'])
      expect(codes).toContain(code);
  });

  it('gives every code of the library a kind of its own (only GeneralException is the general one)', () => {
    const general = codes.filter((c) => excelErrorKind(c) === 'general');
    expect(general).toEqual(['GeneralException']);
    // And names no code the library does not have.
    expect(Object.keys(EXCEL_ERROR_KINDS).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it('an unknown code reads as the general sentence', () => {
    expect(excelErrorText('SomethingNew', 'zh')).toBe(EXCEL_ERROR_WORDS.zh.general);
    expect(excelErrorText('constructor', 'en')).toBe(EXCEL_ERROR_WORDS.en.general);
  });

  it.each(LOCALES.flatMap((l) => KINDS.map((k) => [l, k] as const)))('%s: %s', (locale, kind) => {
    const text = EXCEL_ERROR_WORDS[locale][kind];
    expect(text.length).toBeGreaterThan(15);
    // No code name is shown.
    for (const code of codes) expect(text).not.toContain(code);
    if (locale === 'en') return;
    const latin = (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !['Excel', 'Tiers', 'Enter', 'Esc'].includes(w));
    expect(latin).toEqual([]);
    expect(text).not.toMatch(locale === 'zh' ? TRADITIONAL_ONLY : SIMPLIFIED_ONLY);
    // Each Chinese sentence differs from the other script's.
    expect(text).not.toBe(EXCEL_ERROR_WORDS[locale === 'zh' ? 'zh-Hant' : 'zh'][kind]);
  });
});
