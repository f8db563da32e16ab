/**
 * Every Office.js member the add-in uses is available at the manifest's minimum requirement set, or
 * is behind an isSetSupported guard (issue "Run on Microsoft's own Office.js", item 5). Members are
 * resolved by the TypeScript compiler to their declarations in @types/office-js and read by their
 * `[Api set: ...]` tags (test/support/officeApiSets.ts). The fixture proves the scan can fail.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createProgram, readManifestSets, scanApiSets, unguardedAboveManifest, type ApiSetUse } from '../support/officeApiSets';

const ROOT = path.resolve(__dirname, '../..');
/**
 * The adapter, the only code that may touch Excel.* and Office.* (eslint.config.mjs,
 * no-restricted-globals), and the task pane's modules (not its React views: type-checking Fluent
 * UI's JSX would triple the time, and the same lint rule keeps Office out of them). The domain,
 * output plan, worker and CLI are kept off Office by that rule too; the simulator and the workbench
 * are not the add-in.
 */
const SCANNED = ['src/excel', 'src/taskpane'].map((d) => path.join(ROOT, d));
const FIXTURE = path.join(ROOT, 'test/fixtures/apiSets/newerMembers.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = SCANNED.flatMap(sourceFiles);
const program = createProgram([...files, FIXTURE], path.join(ROOT, 'tsconfig.json'));
const manifest = readManifestSets(ROOT);
const show = (u: ApiSetUse) => `${path.relative(ROOT, u.file)}:${u.line} ${u.member} needs ${u.set} ${u.version}`;

describe('Office.js members against the manifest requirement sets', () => {
  it('the manifest asks for ExcelApi 1.14', () => {
    expect(manifest.get('ExcelApi')).toBe('1.14');
  });

  it('the add-in calls nothing above the manifest minimum without an isSetSupported guard', () => {
    const uses = scanApiSets(program, files);
    // The scan sees the add-in's Excel calls (a check that finds nothing proves nothing).
    const members = new Set(uses.map((u) => u.member));
    for (const m of [
      'Excel.Worksheet.getRangeByIndexes',
      'Excel.Range.values',
      'Excel.Workbook.protection',
      'Excel.WorkbookProtection.protected',
      'Excel.Application.suspendScreenUpdatingUntilNextSync',
    ])
      expect(members).toContain(m);
    expect(unguardedAboveManifest(uses, manifest).map(show)).toEqual([]);
  });

  it('fails on a newer member outside a guard (the fixture)', () => {
    const uses = scanApiSets(program, [FIXTURE]);
    const text = readFileSync(FIXTURE, 'utf8').split('\n');
    const reported = new Set(unguardedAboveManifest(uses, manifest).map((u) => u.line));
    const marked = (mark: string) => text.flatMap((line, i) => (line.includes(`// ${mark}`) ? [i + 1] : []));
    expect(marked('BAD').length).toBe(5);
    expect(marked('BAD').filter((line) => !reported.has(line))).toEqual([]);
    expect(marked('OK').filter((line) => reported.has(line))).toEqual([]);
  });
});
