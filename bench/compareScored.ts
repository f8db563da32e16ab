/**
 * Checks that two `tiers score` outputs say the same thing, for a performance change that must not
 * change any output: each pair of files given is compared byte for byte, except .xlsx packages,
 * which are compared part by part on their inflated bytes (the compressed bytes may differ with
 * the deflate level; the run id and its timestamp in the snapshot sheet differ on every run and are
 * masked). Exits 1 on the first difference, naming the part and the byte where it starts.
 * Run: npx tsx bench/compareScored.ts OLD.xlsx NEW.xlsx [OLD.json NEW.json] [OLD.csv NEW.csv]
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { compressedBytes, listZipEntries, type ZipEntry } from '../src/cli/xlsx/zipEntries';

/** Run ids are an ISO timestamp and six random letters (writeScored.ts). */
const RUN_ID = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z-[a-z0-9]{1,6}/g;

function firstDifference(a: Buffer, b: Buffer): number {
  if (a.equals(b)) return -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

/** V8's longest string, about 512 M one-byte characters. */
const MAX_STRING = (1 << 29) - 24;

/**
 * A part's inflated bytes, run ids masked. Read as latin1 (one character per byte, so the bytes
 * come back unchanged; a run id is ASCII) in parts a string can hold: the 10M run's snapshot sheet
 * (315 MB) is one; a user's order sheet of 700 MB is not, and holds none.
 */
function partBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const data = compressedBytes(buf, entry);
  const bytes = entry.method === 0 ? data : inflateRawSync(data);
  return bytes.length < MAX_STRING ? Buffer.from(bytes.toString('latin1').replace(RUN_ID, 'RUN'), 'latin1') : bytes;
}

function comparePackages(oldPath: string, newPath: string): string[] {
  const a = readFileSync(oldPath);
  const b = readFileSync(newPath);
  const ea = listZipEntries(a);
  const eb = listZipEntries(b);
  const problems: string[] = [];
  const names = (m: Map<string, unknown>): string => [...m.keys()].sort().join(',');
  if (names(ea) !== names(eb)) problems.push(`parts differ: ${names(ea)} | ${names(eb)}`);
  for (const [name, entry] of ea) {
    const other = eb.get(name);
    if (!other) continue;
    const ta = partBytes(a, entry);
    const tb = partBytes(b, other);
    const at = firstDifference(ta, tb);
    if (at >= 0) problems.push(`${name}: differs at byte ${at}: ${JSON.stringify(ta.toString('utf8', at, at + 80))} | ${JSON.stringify(tb.toString('utf8', at, at + 80))}`);
  }
  if (problems.length === 0) process.stdout.write(`${newPath}: ${ea.size} parts, same content as ${oldPath}\n`);
  return problems;
}

function compareFiles(oldPath: string, newPath: string): string[] {
  const a = readFileSync(oldPath);
  const b = readFileSync(newPath);
  const at = firstDifference(a, b);
  if (at < 0) {
    process.stdout.write(`${newPath}: ${b.length} bytes, identical to ${oldPath}\n`);
    return [];
  }
  return [`${newPath} differs from ${oldPath} at byte ${at} (${a.length} against ${b.length} bytes)`];
}

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  process.stderr.write('usage: npx tsx bench/compareScored.ts OLD NEW [OLD NEW ...]\n');
  process.exit(2);
}
const problems: string[] = [];
for (let i = 0; i < args.length; i += 2) {
  const [oldPath, newPath] = [args[i] as string, args[i + 1] as string];
  problems.push(...(oldPath.endsWith('.xlsx') ? comparePackages(oldPath, newPath) : compareFiles(oldPath, newPath)));
}
for (const p of problems) process.stderr.write(`${p}\n`);
process.exit(problems.length > 0 ? 1 : 0);
