/**
 * Order CSVs not written in UTF-8: Excel's plain "CSV (Comma delimited)" on a Chinese Windows is
 * GBK (mainland) or Big5 (Taiwan, Hong Kong), its "Unicode Text" UTF-16 with tabs. Each must score
 * exactly as the same orders in UTF-8; a file in none of them is refused with a message that says
 * what to do, and a bad line past the first megabyte is named.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/domain/model';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import { csvEncodingOf } from '../../src/cli/orders/csvEncoding';
import { generateSampleWorkbook } from '../../src/sample';
import type { SampleLanguage } from '../../src/sample/headers';
import { encodeLegacy, type LegacyEncoding } from '../support/legacyEncoding';
import { removeTempDir, tempDir } from './support/runTiers';
import { scoreArgsOf } from './support/scoreArgs';

const scoreArgs = (input: string, out: string): ScoreArgs => scoreArgsOf(input, out);

/** A sample's order sheet as CSV text with `delimiter`; dates stay Excel serials (numbers). */
function ordersCsv(language: SampleLanguage, delimiter = ','): string {
  const { orders } = generateSampleWorkbook({ customers: 40, orders: 600, seed: 5, language });
  const cell = (v: CellValue): string => {
    const text = v === null ? '' : String(v);
    return text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return orders.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('order CSVs in the encodings Excel and Chinese ERPs write', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('csvencoding');
  });
  afterAll(() => removeTempDir(dir));

  /** Scores `bytes` as DIR/<sub>/orders.csv (the same file name for every encoding) and returns its JSON report. */
  const scored = async (sub: string, bytes: Buffer | string): Promise<string> => {
    mkdirSync(join(dir, sub));
    const input = join(dir, sub, 'orders.csv');
    writeFileSync(input, bytes);
    const progress: string[] = [];
    await runScore(scoreArgs(input, join(dir, sub, 'out')), (m) => progress.push(m));
    return readFileSync(join(dir, sub, 'out.json'), 'utf8');
  };

  it.each<[SampleLanguage, LegacyEncoding]>([
    ['zh', 'gb18030'],
    ['zh-TW', 'big5'],
  ])(
    'scores a %s order sheet saved as %s exactly as the same sheet in UTF-8',
    async (language, encoding) => {
      const text = ordersCsv(language);
      // Chinese text in the file, so the encoding matters.
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(csvEncodingOf(encodeLegacy(text, encoding), true)).toBe(encoding);
      const fromUtf8 = await scored(`${language}-utf8`, text);
      const fromLegacy = await scored(`${language}-${encoding}`, encodeLegacy(text, encoding));
      expect(JSON.parse(fromUtf8).customers.length).toBeGreaterThan(20);
      expect(fromLegacy).toBe(fromUtf8);
    },
    60_000,
  );

  it('scores Excel\'s "Unicode Text" (UTF-16 with a byte order mark, tab-separated) as the same sheet in UTF-8', async () => {
    const fromUtf8 = await scored('tw-tabs-utf8', ordersCsv('zh-TW', '\t'));
    expect(await scored('tw-utf16', utf16le(ordersCsv('zh-TW', '\t')))).toBe(fromUtf8);
  }, 60_000);

  it('tells GBK from Big5 by the header, then by the body when the header is English', () => {
    const header = (encoding: LegacyEncoding, text: string) => csvEncodingOf(encodeLegacy(text, encoding), true);
    expect(header('gb18030', '订单编号,客户编号,订单日期,金额\nO1,C1,2025-01-05,100\n')).toBe('gb18030');
    expect(header('big5', '訂單編號,客戶編號,訂單日期,金額\nO1,C1,2025-01-05,100\n')).toBe('big5');
    const names = 'Order ID,Customer ID,Order date,Amount,Customer name\n';
    expect(header('gb18030', `${names}O1,C1,2025-01-05,100,上海华东贸易有限公司\nO2,C2,2025-01-06,90,北京科技实业集团\n`)).toBe('gb18030');
    expect(header('big5', `${names}O1,C1,2025-01-05,100,台北興業股份有限公司\nO2,C2,2025-01-06,90,高雄貿易有限公司\n`)).toBe('big5');
    expect(csvEncodingOf(Buffer.from(`${names}O1,C1,2025-01-05,100,上海华东\n`), true)).toBe('utf-8');
    expect(csvEncodingOf(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true)).toBe('utf-8');
    expect(csvEncodingOf(Buffer.from([0xfe, 0xff, 0, 0x41]), true)).toBe('utf-16be');
    // 0xFF begins no character in any of them.
    expect(csvEncodingOf(Buffer.from([0x41, 0xff, 0xff, 0x0a]), true)).toBeNull();
  });

  it('refuses a file in no known encoding, saying how to save it, and names a bad line past the first megabyte', async () => {
    const header = 'Order ID,Customer ID,Order date,Amount,Customer name\n';
    const unknown = Buffer.concat([Buffer.from(header), Buffer.from([0x4f, 0x31, 0x2c, 0xff, 0xfe, 0xff, 0x0a])]);
    await expect(scored('unknown', unknown)).rejects.toThrow(/orders\.csv could not be read as CSV: its text is not UTF-8, UTF-16, GBK\/GB18030 or Big5; save it from Excel as "CSV UTF-8/);
    // 60,000 good GBK lines (about 2.7 MB), then one that is not GBK on line 60,002.
    const good = Array.from({ length: 60_000 }, (_, i) => `O${i},C${i % 700},2025-01-05,${10 + (i % 50)},上海华东贸易有限公司\n`).join('');
    const broken = Buffer.concat([encodeLegacy(header + good, 'gb18030'), Buffer.from('O9,C9,2025-01-05,10,\xff\xff\n', 'latin1'), Buffer.from('O10,C9,2025-01-05,10,x\n')]);
    await expect(scored('broken', broken)).rejects.toThrow(/orders\.csv could not be read as CSV: line 60002 is not valid GBK\/GB18030/);
  }, 60_000);

  it('reads a GBK or Big5 file whose first megabyte is all ASCII, telling its encoding from the first line that is not', async () => {
    // 30,000 ASCII lines (about 1.3 MB), then Chinese names: read as UTF-8 at first, DuckDB fails
    // (or stops early) on the first GBK line, and the file is converted from there.
    const header = 'Order ID,Customer ID,Order date,Amount,Customer name\n';
    const ascii = Array.from({ length: 30_000 }, (_, i) => `O${i},C${i % 700},2025-01-05,${10 + (i % 50)},Acme ${i % 700}\n`).join('');
    for (const [encoding, names] of [
      ['gb18030', ['上海华东贸易有限公司', '北京科技实业集团']],
      ['big5', ['台北興業股份有限公司', '高雄貿易有限公司']],
    ] as const) {
      const late = Array.from({ length: 2_000 }, (_, i) => `P${i},D${i % 50},2025-02-0${1 + (i % 9)},${20 + (i % 30)},${names[i % 2]}\n`).join('');
      const text = header + ascii + late;
      expect(await scored(`late-${encoding}`, encodeLegacy(text, encoding))).toBe(await scored(`late-${encoding}-utf8`, text));
    }
  }, 60_000);

  it('names the first line that is not UTF-8 past the first megabyte when it is no Chinese encoding either, without the dump of DuckDB options', async () => {
    const header = 'Order ID,Customer ID,Order date,Amount\n';
    const good = Array.from({ length: 60_000 }, (_, i) => `O${i},C${i % 700},2025-01-05,${10 + (i % 50)}\n`).join('');
    const bad = Buffer.concat([Buffer.from(header + good), Buffer.from('O9,C\xff\xfe,2025-01-05,10\n', 'latin1')]);
    const error = await scored('late', bad).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/orders\.csv could not be read as CSV: line 60002 is not valid UTF-8; save it from Excel as "CSV UTF-8 \(Comma delimited\)"/);
    expect(error?.message).not.toMatch(/sample_size|Possible Solution/);
  }, 60_000);
});
