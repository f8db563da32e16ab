import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonList, writeJsonFile } from '../../src/cli/score/jsonFile';
import { FlatShape, JsonBytes, type FlatValue } from '../../src/cli/score/jsonBytes';
import { PLAN_PROGRESS, PLAN_ROW } from '../../src/cli/score/studiesJson';
import type { PlanLine, PlanProgress } from '../../src/domain/plans/table';

/** JSON.stringify is the oracle: the piecewise writer must give the same text, byte for byte. */
describe('writeJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiers-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = {
    asOf: '2026-01-01',
    empty: [],
    emptyObject: {},
    skipped: undefined,
    fn: () => 1,
    date: new Date(Date.UTC(2026, 0, 2)),
    customers: Array.from({ length: 50 }, (_, i) => ({
      id: `C${i}`,
      name: i % 3 === 0 ? null : `Name "${i}"\n\u4e2d`,
      score: i / 7,
      rfm: { r: i % 5, f: null, segment: undefined },
      contributions: [{ k: 'a', v: [1, 2, { deep: [i] }] }],
      list: [undefined, () => 0, i],
      nan: Number.NaN,
    })),
    plans: { rows: [[1, 2], [], [{}]], notes: ['x'], nested: { a: { b: { c: [1, { d: 2 }] } } } },
    // Built element by element as written; JSON.stringify sees the array through toJSON.
    lazy: new JsonList(7, (i) => (i === 3 ? undefined : { i, text: `t${i}`, inner: [i, { x: null }], more: new JsonList(i % 3, (k) => k) })),
    lazyEmpty: new JsonList(0, () => 1),
    deep: { list: new JsonList(2, (i) => [i]) },
  };

  it.each([undefined, 2])('matches JSON.stringify with indent %p', async (indent) => {
    const path = join(dir, `r${indent ?? 0}.json`);
    await writeJsonFile(path, report, indent);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report, null, indent)}\n`);
    await writeJsonFile(path, report, indent, 100);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report, null, indent)}\n`);
  });

  it('writes scalars and empty containers as JSON.stringify does', async () => {
    for (const value of [null, 3, 'text', [], {}, [null, [[]]]]) {
      const path = join(dir, 'scalar.json');
      await writeJsonFile(path, value, 2);
      expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });
});

/** Values JSON.stringify treats specially, and plenty of ordinary ones: the hand-made bytes must be its bytes. */
describe('JsonBytes and FlatShape against JSON.stringify', () => {
  let seed = 11;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const units = [
    0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 31, 32, 34, 39, 47, 60, 62, 92, 127, 128, 0xa0, 0x7ff, 0x800, 0x2028, 0x2029, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xffff,
  ];
  const strings: string[] = [
    '',
    'plain',
    '"quoted" \\ back\\slash',
    'line\nbreak\r\ttab\b\f',
    '中文 繁體 日本語',
    '\ud83d\ude00 pair',
    '\ud83d lone high',
    'lone low \ude00',
    'end high \ud83d',
    '\ude00\ud83d reversed',
    'x'.repeat(5000) + '\u0001',
    String.fromCharCode(...units),
  ];
  for (const u of units) strings.push(String.fromCharCode(u), `a${String.fromCharCode(u)}b`);
  for (let k = 0; k < 300; k++) strings.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join(''));
  const numbers: number[] = [
    0,
    -0,
    1,
    -1,
    0.1,
    0.2,
    0.1 + 0.2,
    1.5,
    -1.5,
    189.4,
    53.07,
    1e-4,
    9.99e-5,
    1e-7,
    1e21,
    1e20,
    123456789012,
    1e11,
    1e11 - 0.5,
    99999999999.9999,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    5e-324,
    NaN,
    Infinity,
    -Infinity,
  ];
  for (let k = 0; k < 2000; k++) {
    numbers.push((random() - 0.5) * 10 ** Math.floor(random() * 30 - 10));
    numbers.push(Math.round((random() - 0.5) * 1e8) / 100);
    numbers.push(Math.round(random() * 1e6) / 1e4);
  }
  const values: FlatValue[] = [...strings, ...numbers, true, false, null];

  const bytesOf = (write: (out: JsonBytes) => void, chunk = 64): string => {
    const out = new JsonBytes(chunk);
    const pieces: Buffer[] = [];
    write(out);
    pieces.push(out.take());
    return Buffer.concat(pieces).toString('utf8');
  };

  it('writes every value as JSON.stringify does', () => {
    for (const v of values) expect(bytesOf((out) => out.value(v))).toBe(JSON.stringify(v));
  });

  it('writes a flat row as JSON.stringify writes its object', () => {
    const shape = new FlatShape<FlatValue[]>([
      ['a', (r) => r[0] ?? null],
      ['with "quote"', (r) => r[1] ?? null],
      ['中', (r) => r[2] ?? null],
    ]);
    for (let k = 0; k < values.length; k++) {
      const row = [values[k], values[(k * 7) % values.length], values[(k * 13) % values.length]] as FlatValue[];
      expect(bytesOf((out) => shape.write(row, out))).toBe(JSON.stringify(shape.object(row)));
    }
    expect(bytesOf((out) => new FlatShape<number>([]).write(1, out))).toBe('{}');
  });

  it("writes the report's plan rows and progress as JSON.stringify writes their objects, in a file of any buffer size", async () => {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const lines: PlanLine[] = Array.from({ length: 400 }, (_, i) => ({
      customerId: pick(strings),
      customerName: null,
      month: 24000 + (i % 40),
      productLine: random() < 0.2 ? null : pick(strings),
      targetAmount: pick(numbers),
      targetQuantity: random() < 0.3 ? null : pick(numbers),
      cumulativeTarget: pick(numbers),
      scheduleNote: pick(strings),
      supportNote: pick(strings),
      actualAmount: random() < 0.3 ? null : pick(numbers),
      actualQuantity: random() < 0.3 ? null : pick(numbers),
      gapAmount: random() < 0.3 ? null : pick(numbers),
      gapPct: random() < 0.3 ? null : pick(numbers),
      edited: random() < 0.5,
      check: 'x',
    }));
    const progress: PlanProgress[] = lines.map((l) => ({ customerId: l.customerId, month: l.month, target: l.targetAmount, actual: l.actualAmount, gapAmount: l.gapAmount, gapPct: l.gapPct }));
    const report = {
      rows: new JsonList(
        lines.length,
        (i) => PLAN_ROW.object(lines[i] as PlanLine),
        (i, out) => PLAN_ROW.write(lines[i] as PlanLine, out),
      ),
      progress: new JsonList(
        progress.length,
        (i) => PLAN_PROGRESS.object(progress[i] as PlanProgress),
        (i, out) => PLAN_PROGRESS.write(progress[i] as PlanProgress, out),
      ),
    };
    const dir = mkdtempSync(join(tmpdir(), 'tiers-flat-'));
    try {
      for (const flush of [100, 4096, undefined]) {
        const path = join(dir, `flat${flush}.json`);
        await writeJsonFile(path, report, undefined, flush);
        expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report)}\n`);
        await writeJsonFile(path, report, 2, flush);
        expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
