/**
 * The .xlsx read against its floor, in the same run: the order sheet of a sample workbook
 * (`tiers sample`'s generator and writer) (1) inflated only, (2) inflated and decoded to text
 * (TextDecoder), (3) read by our scanner into rows (src/cli/xlsx/sheetScanner.ts, rows kept as a
 * grid). CPU time of the process (zlib's threads included), best of three interleaved rounds.
 * Target: (3) within 2.5x of (2).
 * Run: npx tsx bench/xlsxRead.bench.ts [orders=200000] [customers=20000] [workbook.xlsx]
 *   (`npm run bench -- --heavy`: 1,000,000 / 100,000; writing that sample alone takes minutes)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSample } from '../src/cli/commands/sample';
import { SharedStrings } from '../src/cli/xlsx/sharedStrings';
import { SheetScanner } from '../src/cli/xlsx/sheetScanner';
import { WorkbookReader } from '../src/cli/xlsx/readWorkbook';
import { entryBytes, entryStream, listZipEntries } from '../src/cli/xlsx/zipEntries';

const orders = Number(process.argv[2] ?? 200_000);
const customers = Number(process.argv[3] ?? 20_000);
const given = process.argv[4];

async function cpuMs(run: () => Promise<void>): Promise<number> {
  const from = process.cpuUsage();
  await run();
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'tiers-read-bench-'));
  const path = given ?? join(dir as string, 'sample.xlsx');
  if (!given) await runSample({ customers, orders, out: path, language: 'en', seed: 42 }, () => undefined);
  if (!existsSync(path)) throw new Error(`no workbook at ${path}`);
  const bytes = readFileSync(path);
  const entries = listZipEntries(bytes);
  const names = WorkbookReader.open(bytes).sheetNames;
  const sheet = entries.get('xl/worksheets/sheet2.xml') ?? entries.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('no worksheet part');
  const sharedEntry = entries.get('xl/sharedStrings.xml');
  const shared = sharedEntry ? SharedStrings.parse(entryBytes(bytes, sharedEntry)) : SharedStrings.of([]);
  console.log(
    `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; load before ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`workbook: ${names.join(', ')}; order sheet part ${(sheet.uncompressedSize / 2 ** 20).toFixed(0)} MB of XML`);
  const best = { unzip: Infinity, decode: Infinity, read: Infinity };
  let rows = 0;
  for (let round = 0; round < 3; round++) {
    best.unzip = Math.min(
      best.unzip,
      await cpuMs(async () => {
        for await (const chunk of entryStream(bytes, sheet)) void chunk;
      }),
    );
    best.decode = Math.min(
      best.decode,
      await cpuMs(async () => {
        const decoder = new TextDecoder();
        for await (const chunk of entryStream(bytes, sheet)) decoder.decode(chunk as Buffer, { stream: true });
      }),
    );
    best.read = Math.min(
      best.read,
      await cpuMs(async () => {
        const scanner = new SheetScanner(shared);
        for await (const chunk of entryStream(bytes, sheet)) scanner.push(chunk as Buffer);
        scanner.finish();
        rows = scanner.rows.length;
      }),
    );
  }
  const ratio = best.read / best.decode;
  console.log(`unzip ${best.unzip.toFixed(0)} ms; unzip + decode ${best.decode.toFixed(0)} ms; our read into ${rows} rows ${best.read.toFixed(0)} ms (CPU, best of 3)`);
  console.log(`ratio read / (unzip + decode): ${ratio.toFixed(2)}; target <= 2.5: ${ratio <= 2.5 ? 'met' : 'NOT met'}`);
  console.log(
    `load after ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (dir) rmSync(dir, { recursive: true, force: true });
}

void main();
