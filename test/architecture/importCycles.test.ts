/**
 * No import cycle in src/: each module's relative imports (type-only ones too) form a graph with
 * no loop, so layers and modules stay readable from the bottom up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (files.has(candidate)) return candidate;
  return null;
}

/** Relative import and export-from specifiers of a module (comments stripped first). */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g), ...code.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]!);
}

/** Strongly connected components with more than one module (or a module importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/**
 * Left for their owners: the emulated Office.js object model, whose proxies (range, worksheet,
 * workbook ...) return one another as Office.js does; and the pane's catalogues, where the
 * Traditional Chinese one is typed against the English one that lists it. Any other cycle fails.
 */
const KNOWN: ((file: string) => boolean)[] = [(f) => f.startsWith('simulator/host/') || f === 'simulator/state.ts', (f) => f === 'taskpane/i18n/messages.ts' || f === 'taskpane/i18n/zhHant.ts'];

describe('imports in src/', () => {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8')).flatMap((spec) => resolveImport(f, spec, known) ?? [])]));

  it('reads the modules and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...graph.values()].reduce((n, edges) => n + edges.length, 0)).toBeGreaterThan(files.length);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('form no cycle beyond the two known ones', () => {
    const found = cycles(graph).map((c) => c.map((f) => relative(SRC, f)));
    const unknown = found.filter((c) => !KNOWN.some((k) => c.every((f) => k(f))));
    expect(unknown).toEqual([]);
  });
});
