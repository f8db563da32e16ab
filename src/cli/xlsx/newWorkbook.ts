/**
 * A new, small .xlsx package written by hand (the `Source` sheet of a CSV or Parquet run, which
 * the owned sheets are then added to): the parts a workbook needs and nothing else, so such a run
 * does not load exceljs (a second of start-up) for two rows. Cells as in sheetXml.ts (numbers and
 * inline strings); a minimal style sheet with the default font only.
 */
import { CONTENT_TYPE, REL } from './drawingParts';
import { worksheetPieces, type OutValue } from './sheetXml';
import { escapeXml } from './xmlText';
import { writeZip } from './zipWriter';

export interface NewSheet {
  name: string;
  rows: readonly (readonly OutValue[])[];
  widths?: readonly number[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export async function newWorkbookXlsx(sheets: readonly NewSheet[]): Promise<Buffer> {
  const sheetPath = (i: number): string => `xl/worksheets/sheet${i + 1}.xml`;
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...sheets.map((_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${CONTENT_TYPE.worksheet}"/>`),
  ];
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${RELS}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL.worksheet}" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`;
  return writeZip([
    { name: '[Content_Types].xml', text: contentTypes },
    { name: '_rels/.rels', text: rootRels },
    { name: 'xl/workbook.xml', text: workbook },
    { name: 'xl/_rels/workbook.xml.rels', text: workbookRels },
    { name: 'xl/styles.xml', text: STYLES },
    // In pieces: a customer list of a million rows (--customers) is more XML than a string may hold.
    ...sheets.map((s, i) => ({ name: sheetPath(i), pieces: () => worksheetPieces(s.rows, s.widths ? { widths: s.widths } : {}) })),
  ]);
}
