/**
 * Reads an .xlsx file in the browser into a WorkbookInit (values as Excel hands them over: dates
 * as serial numbers, formulas as "=..." text) plus each column's number format and the tables, and
 * the settings Tiers saved in it (its add-in part's properties, as Excel hands them to the add-in).
 */
import ExcelJS from 'exceljs/dist/exceljs.min.js';
import JSZip from 'jszip/dist/jszip.min.js';
import { isWebExtensionXml, propertiesOfXml, storedPropertyValue, tiersPartOf } from '../output/addInProperties';
import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { BookWithFormats, ColumnFormat } from './sampleBook';

type Scalar = string | number | boolean | null;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const SERIAL_OF_UNIX_EPOCH = 25569;

/** exceljs reads date cells as JS Dates at UTC midnight; Excel holds them as serials. */
function serialOf(date: Date): number {
  return date.getTime() / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
}

export function scalarOf(value: ExcelCellValue): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOf(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : undefined;
    return formula ? `=${formula}` : scalarOf((value as { result?: ExcelCellValue }).result ?? null);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

function sheetRows(sheet: Worksheet): Scalar[][] {
  const rows: Scalar[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const out: Scalar[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      out[columnNumber - 1] = scalarOf(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

/** The number format of each column, taken from its first data cell that has one. */
function columnFormats(sheet: Worksheet, rowCount: number): ColumnFormat[] {
  const out: ColumnFormat[] = [];
  const second = sheet.getRow(2);
  second.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    if (cell.numFmt && cell.numFmt !== 'General') out.push({ sheet: sheet.name, column: columnNumber - 1, format: cell.numFmt, rows: rowCount });
  });
  return out;
}

function tablesOf(sheet: Worksheet): { name: string; address: string }[] {
  const tables = sheet.getTables() as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }[];
  return tables.flatMap((t) => {
    const address = t.table?.tableRef ?? t.table?.ref;
    return t.table?.name && address ? [{ name: t.table.name, address }] : [];
  });
}

const ADD_IN_PART = /^xl\/webextensions\/[^/]+\.xml$/;

/**
 * The properties of Tiers' add-in part: what Excel gives the add-in's `workbook.settings` when the
 * workbook opens (the settings, the run state, the work items). Other add-ins' parts are not ours.
 */
async function tiersSettings(data: ArrayBuffer): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(data);
  const files = zip.file(ADD_IN_PART).sort((a, b) => (a.name < b.name ? -1 : 1));
  const parts: Map<string, string>[] = [];
  for (const file of files) {
    const xml = await file.async('string');
    if (isWebExtensionXml(xml)) parts.push(propertiesOfXml(xml));
  }
  const found = tiersPartOf(parts);
  return found ? Object.fromEntries([...found.properties].map(([key, json]) => [key, storedPropertyValue(json)])) : {};
}

export async function readXlsx(data: ArrayBuffer): Promise<BookWithFormats> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheets: BookWithFormats['init']['sheets'] = [];
  const formats: ColumnFormat[] = [];
  workbook.eachSheet((sheet) => {
    const rows = sheetRows(sheet);
    sheets.push({ name: sheet.name, rows, tables: tablesOf(sheet) });
    formats.push(...columnFormats(sheet, rows.length));
  });
  if (sheets.length === 0) throw new Error('The file holds no worksheets.');
  return { init: { sheets }, formats, settings: await tiersSettings(data) };
}
