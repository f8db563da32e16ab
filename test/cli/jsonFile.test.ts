import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonList, writeJsonFile } from '../../src/cli/score/jsonFile';

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
