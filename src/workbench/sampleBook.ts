/** The workbench's starting workbook: the seeded sample, generated in the browser, with column formats. */
import type { Grid } from '../domain/model';
import { SAMPLE_CUSTOMER_COLUMNS, SAMPLE_ORDER_COLUMNS, SAMPLE_SHEET_NAMES, generateSampleWorkbook, sampleNumberFormat, type SampleLanguage, type SampleOptions } from '../sample';
import { columnLetters } from '../simulator/address';
import type { Workbook, WorkbookInit } from '../simulator/model';
import { defaultScoringConfig } from '../domain/config';
import { isoFromDay } from '../domain/dates';
import { SETTINGS_KEY, shippedSettingsRecord } from '../excel/settingsStore';

/** A number format for the data rows of one column (row 0 is the header). */
export interface ColumnFormat {
  sheet: string;
  column: number;
  format: string;
  rows: number;
}

export interface BookWithFormats {
  init: WorkbookInit;
  formats: ColumnFormat[];
  /** Workbook settings the book ships with (key -> stored value). */
  settings?: Record<string, unknown>;
}

function rowsOf(grid: Grid): (string | number | boolean | null)[][] {
  return grid.map((row) => [...row]);
}

function formatsFor(sheet: string, grid: Grid, fields: readonly { field: string }[], language: SampleLanguage): ColumnFormat[] {
  return fields.flatMap(({ field }, column) => {
    const format = sampleNumberFormat(field, language);
    return format ? [{ sheet, column, format, rows: grid.length }] : [];
  });
}

/** `tables: false`: the customers and orders as plain ranges (no Excel table), as many teams keep them. */
export function sampleBook(options: SampleOptions & { tables?: boolean } = {}): BookWithFormats {
  const sample = generateSampleWorkbook(options);
  const withTables = options.tables !== false;
  // Sheet names as a team would name them; table names stay ASCII, as Excel requires of them here.
  const names = SAMPLE_SHEET_NAMES[options.language ?? 'en'];
  const last = (grid: Grid, width: number) => `A1:${columnLetters(width - 1)}${grid.length}`;
  return {
    init: {
      sheets: [
        { name: names.customers, rows: rowsOf(sample.customers), ...(withTables ? { tables: [{ name: 'Customers', address: last(sample.customers, SAMPLE_CUSTOMER_COLUMNS.length) }] } : {}) },
        { name: names.orders, rows: rowsOf(sample.orders), ...(withTables ? { tables: [{ name: 'Orders', address: last(sample.orders, SAMPLE_ORDER_COLUMNS.length) }] } : {}) },
        { name: names.survey, rows: rowsOf(sample.survey) },
      ],
      activeSheet: names.customers,
    },
    formats: [
      ...formatsFor(names.customers, sample.customers, SAMPLE_CUSTOMER_COLUMNS, options.language ?? 'en'),
      ...formatsFor(names.orders, sample.orders, SAMPLE_ORDER_COLUMNS, options.language ?? 'en'),
      { sheet: names.survey, column: 1, format: 'yyyy-mm-dd', rows: sample.survey.length },
    ],
    // The sample's history ends before today; scoring it as of today would age every invoice and
    // make every customer look lost. It ships with its analysis date, as a team's workbook would.
    settings: { [SETTINGS_KEY]: shippedSettingsRecord({ ...defaultScoringConfig(), asOf: isoFromDay(sample.asOf) }, `${isoFromDay(sample.asOf)}T00:00:00.000Z`) },
  };
}

/** Writes the settings a book ships with into a freshly created workbook. */
export function applySettings(workbook: Workbook, settings: Record<string, unknown> = {}): void {
  for (const [key, value] of Object.entries(settings)) workbook.setSetting(key, value);
}

/** Applies column formats to a freshly created workbook, as one change. */
export function applyFormats(workbook: Workbook, formats: readonly ColumnFormat[]): void {
  workbook.batch(() => {
    for (const f of formats) {
      const sheet = workbook.sheetByName(f.sheet);
      if (!sheet || f.rows < 2) continue;
      workbook.fillLayer(sheet.id, (cells) => cells.numberFormats, { r0: 1, r1: f.rows - 1, c0: f.column, c1: f.column }, f.format);
    }
  });
}
