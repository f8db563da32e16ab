import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { worksheetXml } from '../../../src/cli/xlsx/sheetXml';
import { WorkbookPackage } from '../../../src/cli/xlsx/workbookPackage';

async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'Name';
  ws.getCell('B1').value = 12.5;
  ws.getCell('B1').numFmt = '0.00';
  ws.getCell('C1').value = { formula: 'B1*2', result: 25 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('WorkbookPackage', () => {
  it('adds and removes sheets while copying untouched parts byte for byte', async () => {
    const input = await userWorkbook();
    const pkg = WorkbookPackage.load(input);
    await pkg.addSheet('Extra', worksheetXml([['Hello', 1]]));
    const once = await pkg.toBuffer();

    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(once); // an independent zip reader
    const sheetPath = 'xl/worksheets/sheet1.xml';
    expect(await after.file(sheetPath)?.async('string')).toBe(await before.file(sheetPath)?.async('string'));
    expect(await after.file('xl/styles.xml')?.async('string')).toBe(await before.file('xl/styles.xml')?.async('string'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(once as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Extra']);
    expect(wb.getWorksheet('Extra')?.getCell('A1').value).toBe('Hello');
    expect(wb.getWorksheet('Data')?.getCell('C1').value).toEqual({ formula: 'B1*2', result: 25 });
    expect(wb.getWorksheet('Data')?.getCell('B1').numFmt).toBe('0.00');

    const again = WorkbookPackage.load(once);
    expect(await again.removeSheet('Extra')).toBe(true);
    expect(await again.removeSheet('Extra')).toBe(false);
    const sheets = await again.sheets();
    expect(sheets.map((s) => s.name)).toEqual(['Data']);
    expect(again.paths().filter((p) => p.startsWith('xl/worksheets/'))).toEqual([sheetPath]);
    expect(await again.text('[Content_Types].xml')).not.toContain('sheet2.xml');
  });

  it('writes a part given in pieces as the same bytes as the joined text, read back by an independent reader', async () => {
    const input = await userWorkbook();
    const pkg = WorkbookPackage.load(input);
    // Pieces that cut rows, tags and a multi-byte character anywhere; large enough to span several deflate blocks.
    const rows = Array.from({ length: 30_000 }, (_, i) => ['名前 ' + i, i * 1.5]);
    const xml = worksheetXml(rows);
    const cut = (text: string): string[] => {
      const pieces: string[] = [];
      for (let at = 0, k = 1; at < text.length; k = (k * 7919) % 65_521) pieces.push(text.slice(at, (at += 1 + (k % 5000))));
      return pieces;
    };
    async function* slowly(): AsyncGenerator<string> {
      for (const piece of cut(xml)) yield piece;
    }
    await pkg.addSheet('Pieces', () => slowly());
    const path = (await pkg.sheets()).find((s) => s.name === 'Pieces')?.path as string;
    expect(await pkg.text(path)).toBe(xml);
    const out = await JSZip.loadAsync(await pkg.toBuffer(), { checkCRC32: true });
    expect(await out.file(path)?.async('string')).toBe(xml);
    // The sheet as the user's part, read back in pieces by textPieces.
    const again = WorkbookPackage.load(await pkg.toBuffer());
    const read: string[] = [];
    for await (const piece of again.textPieces(path)) read.push(piece);
    expect(read.join('')).toBe(xml);
  });
});
