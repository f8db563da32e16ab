/**
 * The deflate level of the sheets Tiers writes itself (the customer sheet with its owned columns,
 * the derived customer sheet, the snapshot, the dashboard): each such part of a scored workbook
 * deflated at levels 1-9, CPU time and size, in one run. The level in src/cli/xlsx/zipWriter.ts is
 * chosen from this (docs/benchmarks.md). The anchor is level 6, zlib's default.
 * Run: npx tsx bench/ownedDeflate.bench.ts [scored.xlsx]
 *   without a path: a sample of 20,000 customers / 100,000 orders is written and scored first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { runSample } from '../src/cli/commands/sample';
import { runScore } from '../src/cli/commands/score';
import { compressedBytes, listZipEntries } from '../src/cli/xlsx/zipEntries';

function cpuMs(run: () => void): number {
  const from = process.cpuUsage();
  run();
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const given = process.argv[2];
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'tiers-deflate-bench-'));
  let path = given;
  if (!path) {
    const input = join(dir as string, 'in.xlsx');
    path = join(dir as string, 'out.xlsx');
    await runSample({ customers: 20_000, orders: 100_000, out: input, language: 'en', seed: 42 }, () => undefined);
    await runScore({ input, out: path, asOf: '2026-01-01', config: null, json: null, jsonPretty: false, csv: null, rfm: null, period: null, lenient: true }, () => undefined);
  }
  console.log(
    `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const bytes = readFileSync(path);
  // The parts the CLI wrote itself are the ones with this run's date stamp: the newest entries.
  const entries = [...listZipEntries(bytes).values()].filter((e) => e.method === 8 && e.uncompressedSize > 1 << 16);
  const newest = Math.max(...entries.map((e) => e.date * 65536 + e.time));
  const owned = entries.filter((e) => e.date * 65536 + e.time === newest);
  const totals = new Map<number, { ms: number; bytes: number }>();
  let raw = 0;
  for (const entry of owned) {
    const text = inflateRawSync(compressedBytes(bytes, entry));
    raw += text.length;
    const cells: string[] = [];
    for (let level = 1; level <= 9; level++) {
      let size = 0;
      let best = Infinity;
      for (let round = 0; round < 3; round++)
        best = Math.min(
          best,
          cpuMs(() => (size = deflateRawSync(text, { level }).length)),
        );
      const t = totals.get(level) ?? { ms: 0, bytes: 0 };
      totals.set(level, { ms: t.ms + best, bytes: t.bytes + size });
      cells.push(`L${level} ${best.toFixed(0)} ms ${(size / 2 ** 20).toFixed(1)} MB`);
    }
    console.log(`${entry.name} (${(text.length / 2 ** 20).toFixed(1)} MB of XML): ${cells.join('; ')}`);
  }
  const anchor = totals.get(6) as { ms: number; bytes: number };
  console.log(`all owned parts, ${(raw / 2 ** 20).toFixed(0)} MB of XML; CPU (best of 3) and size as ratios to level 6 (${anchor.ms.toFixed(0)} ms, ${(anchor.bytes / 2 ** 20).toFixed(1)} MB):`);
  for (const [level, t] of totals)
    console.log(`  level ${level}: time ${(t.ms / anchor.ms).toFixed(2)}x, size ${(t.bytes / anchor.bytes).toFixed(2)}x (${t.ms.toFixed(0)} ms, ${(t.bytes / 2 ** 20).toFixed(1)} MB)`);
  if (dir) rmSync(dir, { recursive: true, force: true });
}

void main();
