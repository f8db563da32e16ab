import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonItems, writeJsonFile } from '../../src/cli/score/jsonFile';

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
  };

  it.each([undefined, 2])('matches JSON.stringify with indent %p', (indent) => {
    const path = join(dir, `r${indent ?? 0}.json`);
    writeJsonFile(path, report, indent);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report, null, indent)}\n`);
    writeJsonFile(path, report, indent, 100);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(report, null, indent)}\n`);
  });

  it('writes scalars and empty containers as JSON.stringify does', () => {
    for (const value of [null, 3, 'text', [], {}, [null, [[]]]]) {
      const path = join(dir, 'scalar.json');
      writeJsonFile(path, value, 2);
      expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it.each([undefined, 2])('writes JsonItems item by item, as JSON.stringify writes the array they stand for (indent %p)', (indent) => {
    let made = 0;
    const customers = new JsonItems(30, (i) => {
      made++;
      return { id: `C${i}`, name: i % 4 === 0 ? undefined : `名 ${i}`, list: [i, null, { x: i / 3 }], skipped: () => i };
    });
    const value = { top: 1, customers, nested: { rows: new JsonItems(3, (i) => [i, `r${i}`]), none: new JsonItems(0, () => 0) }, deep: { a: { b: new JsonItems(2, (i) => i) } } };
    const path = join(dir, 'items.json');
    writeJsonFile(path, value, indent, 64);
    expect(made).toBe(30);
    const expected = `${JSON.stringify(value, null, indent)}\n`;
    expect(made).toBe(60); // JSON.stringify made them again, through toJSON
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(expected).toContain(indent ? '"name": "名 1"' : '"name":"名 1"');
  });
});
