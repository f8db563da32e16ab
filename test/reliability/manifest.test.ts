/**
 * The manifest asks for the least: ReadWriteDocument and nothing more, no AppDomains (the pane
 * never navigates to another origin), and every URL it names on one https origin. Checked on the
 * source manifest and on the production copy in dist/ when a build is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFESTS = [path.join(ROOT, 'manifest.xml'), path.join(ROOT, 'dist', 'manifest.xml')].filter((file) => existsSync(file));

type Node = Record<string, unknown>;

/** Every element under `node` with the given local name (namespace prefixes ignored). */
function elements(node: unknown, name: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) {
    for (const child of node) elements(child, name, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key.replace(/^.*:/, '') === name) out.push(...(Array.isArray(value) ? value : [value]));
      elements(value, name, out);
    }
  }
  return out;
}

/** Every attribute or text value that is an absolute URL. */
function urls(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.trim())) out.push(node.trim());
  } else if (Array.isArray(node)) node.forEach((child) => urls(child, out));
  else if (node && typeof node === 'object') Object.values(node as Node).forEach((child) => urls(child, out));
  return out;
}

const parse = (file: string): unknown => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(readFileSync(file, 'utf8'));

describe.each(MANIFESTS.map((file) => [path.relative(ROOT, file), file]))('%s', (_name, file) => {
  const manifest = parse(file);

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(elements(manifest, 'Permissions')).toEqual(['ReadWriteDocument']);
  });

  it('lists no AppDomain', () => {
    expect(elements(manifest, 'AppDomains')).toEqual([]);
    expect(elements(manifest, 'AppDomain')).toEqual([]);
  });

  it('names every URL on one https origin', () => {
    const found = urls(manifest).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(found.length).toBeGreaterThan(3);
    const origins = new Set(found.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    expect([...origins][0]).toMatch(/^https:\/\//);
  });
});

it('checks at least the source manifest', () => {
  expect(MANIFESTS.length).toBeGreaterThanOrEqual(1);
});
