import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { dimensionRows, WorkbookReader } from '../../../src/cli/xlsx/readWorkbook';
import { worksheetPieces, worksheetXml } from '../../../src/cli/xlsx/sheetXml';
import { WorkbookPackage } from '../../../src/cli/xlsx/workbookPackage';
import { newWorkbookXlsx } from '../../../src/cli/xlsx/newWorkbook';

describe('WorkbookPackage.toFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiers-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same parts as toBuffer, read back by an independent zip reader', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`C${i}`, i * 1.5, i % 2 === 0]);
    const pkg = WorkbookPackage.load(await newWorkbookXlsx([{ name: 'Source', rows: [['a', 1]] }]));
    await pkg.addSheet('Big', () => worksheetPieces(rows));
    await pkg.addSheet('Small', worksheetXml([['x']]));
    const path = join(dir, 'out.xlsx');
    await pkg.toFile(path);
    const fromFile = await JSZip.loadAsync(readFileSync(path), { checkCRC32: true });
    const fromBuffer = await JSZip.loadAsync(await pkg.toBuffer(), { checkCRC32: true });
    const names = Object.keys(fromBuffer.files).sort();
    expect(Object.keys(fromFile.files).sort()).toEqual(names);
    for (const name of names) expect(await fromFile.file(name)?.async('string')).toBe(await fromBuffer.file(name)?.async('string'));
    expect(await fromFile.file('xl/worksheets/sheet2.xml')?.async('string')).toContain('<c r="A5000" t="inlineStr"><is><t>C4999</t></is></c>');
  });
});

describe('rows hint of a sheet', () => {
  it("reads the last row of the dimension before sheetData, capped at Excel's limit", () => {
    const head = (xml: string): Buffer => Buffer.from(xml, 'latin1');
    expect(dimensionRows(head('<worksheet><dimension ref="A1:U200001"/><sheetData><row r="1">'))).toBe(200_001);
    expect(dimensionRows(head('<worksheet><dimension ref="A1"/><sheetData>'))).toBe(1);
    expect(dimensionRows(head('<x:worksheet><x:dimension ref="B2:C9000000"/><x:sheetData>'))).toBe(1_048_576);
    expect(dimensionRows(head('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><dimension ref="A1:A5"/>'))).toBeNull();
    expect(dimensionRows(head('<worksheet><sheetViews/><sheetData>'))).toBeNull();
  });

  it('takes the dimension, else estimates from the part size when a sheet is read only in part, and counts it when read whole', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`C${i}`, i, 'text of some length']);
    const withDimension = await newWorkbookXlsx([{ name: 'S', rows }]);
    const reader = WorkbookReader.open(withDimension);
    expect(reader.rowsHint('S')).toBeNull();
    expect((await reader.grid('S', 100)).complete).toBe(false);
    expect(reader.rowsHint('S')).toBe(3000);
    // As exceljs writes it: no dimension. One chunk holds the whole part here, so the estimate is the count.
    const pkg = WorkbookPackage.load(withDimension);
    const sheetPath = 'xl/worksheets/sheet1.xml';
    pkg.put(sheetPath, (await pkg.text(sheetPath)).replace(/<dimension [^>]*>/, ''));
    const plain = WorkbookReader.open(await pkg.toBuffer());
    expect((await plain.grid('S', 100)).complete).toBe(false);
    expect(plain.rowsHint('S')).toBeGreaterThanOrEqual(3000);
    expect(plain.rowsHint('S')).toBeLessThanOrEqual(3000 * 1.05);
    await plain.grid('S');
    expect(plain.rowsHint('S')).toBe(3000);
  });
});

describe('a big part deflated as its pieces come', () => {
  it('inflates, by an independent zip reader, to the same bytes whatever the pieces', async () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    // 5 MB: runs that compress (matches reaching back across block edges) and bytes that do not.
    const all = Buffer.alloc(5_000_000);
    for (let i = 0; i < all.length; i++) all[i] = i % 100_000 < 60_000 ? 97 + ((i * 7) % 13) : Math.floor(random() * 256);
    const cuts = [1, 3, 65_536, 1 << 20, (1 << 20) + 1, 3_000_000];
    for (const first of cuts) {
      const pieces: Uint8Array[] = [all.subarray(0, first)];
      for (let at = first; at < all.length;) {
        const n = Math.min(all.length - at, 1 + Math.floor(random() * 700_000));
        pieces.push(all.subarray(at, at + n));
        at += n;
      }
      const pkg = WorkbookPackage.load(await newWorkbookXlsx([{ name: 'Source', rows: [['a', 1]] }]));
      pkg.put('xl/blob.bin', () => pieces);
      pkg.put('xl/empty.bin', () => []);
      const zip = await JSZip.loadAsync(await pkg.toBuffer(), { checkCRC32: true });
      expect(Buffer.from((await zip.file('xl/blob.bin')?.async('uint8array')) ?? []).equals(all)).toBe(true);
      expect((await zip.file('xl/empty.bin')?.async('uint8array'))?.length).toBe(0);
    }
  });
});
