/**
 * Screen-reader labels and tooltips come from the catalogues: no view writes an aria-label, title,
 * placeholder, alt or label as a literal with words in it (they would stay English in a Chinese pane).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../src/taskpane');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

const ATTRIBUTE = /\b(aria-label|aria-description|aria-valuetext|title|placeholder|alt|label|hint|content)=(?:"([^"]*)"|\{\s*(['`])((?:(?!\3).)*)\3\s*\})/g;
const LETTERS = /\p{L}{2,}/u;

describe('screen-reader labels in the pane', () => {
  const files = tsxFiles(ROOT);

  it('finds the pane sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no literal words in aria-label, title, placeholder, alt, label, hint or tooltip content', () => {
    const literals = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(ATTRIBUTE)]
        .map((m) => ({ file: file.slice(ROOT.length + 1), attribute: m[1], text: (m[2] ?? m[4] ?? '').replace(/\$\{[^}]*\}/g, '') }))
        .filter((m) => LETTERS.test(m.text)),
    );
    expect(literals).toEqual([]);
  });

  it('would catch one', () => {
    expect([...'<Button aria-label="Close" />'.matchAll(ATTRIBUTE)].map((m) => m[2])).toEqual(['Close']);
    expect([...'<Input placeholder={`Search ${x}`} />'.matchAll(ATTRIBUTE)].map((m) => m[4])).toEqual(['Search ${x}']);
  });
});
