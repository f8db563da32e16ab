/**
 * The text encoding of an order CSV, and a UTF-8 copy of one that is not UTF-8. Excel's plain
 * "CSV (Comma delimited)" is written in Windows' code page: GBK on a mainland Chinese Windows, Big5
 * on a Taiwanese or Hong Kong one; its "Unicode Text" is UTF-16 with a byte order mark; Chinese ERPs
 * export GBK as often as UTF-8. DuckDB reads UTF-8 only (other encodings need an extension it
 * downloads), so such a file is converted once, line breaks and line numbers unchanged, to a
 * temporary UTF-8 file that DuckDB then reads (docs/cli.md, "Text encodings").
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { detectMapping } from '../../domain/mapping/detectMapping';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How each encoding is named to people. */
export const ENCODING_NAMES: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  gb18030: 'GBK/GB18030 (Simplified Chinese)',
  big5: 'Big5 (Traditional Chinese)',
};

/** Bytes of the file's start looked at. */
const SAMPLE_BYTES = 1 << 20;

const LF = 0x0a;

/** The encoding cannot be told: the message names the file and what it was tried as. */
export class EncodingError extends Error {}

/** Decodes all of `bytes` in `encoding`, or null where a byte sequence is not valid in it. */
function decoded(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  if (encoding === 'big5' && !big5Leads(bytes)) return null;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether no character of `bytes`, read as Big5, begins with 0x80 or 0xFF: neither begins one,
 * but ICU's Big5 decoder drops them without an error.
 */
function big5Leads(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x80 || b === 0xff) return false;
    if (b > 0x80) i++;
  }
  return true;
}

/** The sample cut after its last line feed (unless it is the whole file): no character is split. */
function wholeLines(sample: Uint8Array, complete: boolean): Uint8Array {
  if (complete) return sample;
  const last = sample.lastIndexOf(LF);
  return last < 0 ? sample : sample.subarray(0, last + 1);
}

/**
 * Of the two-byte characters of `bytes` read as GBK, the share in GB 2312's area (both bytes 0xA1
 * and over): nearly all of a Simplified Chinese text. Big5 puts the second byte of about two
 * characters in five below 0x80, where GB 2312 never does.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let inArea = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x81 || i + 1 >= bytes.length) continue;
    const trail = bytes[i + 1] as number;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1) inArea++;
    i++;
  }
  return pairs === 0 ? 1 : inArea / pairs;
}

/** How well the first line, read in a candidate encoding, names the order columns Tiers looks for. */
function headerQuality(text: string): number {
  const line = text.slice(0, Math.max(0, text.indexOf('\n'))) || text;
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) => (line.split(d).length > line.split(best).length ? d : best), ',');
  const cells = line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return detectMapping([cells], 'orders', 'header').quality;
}

/**
 * The encoding of a CSV from its first bytes: a byte order mark; else UTF-8 when the bytes are
 * valid UTF-8; else GBK/GB18030 or Big5, whichever decodes them, both: whichever's first line names
 * more order columns, and on a tie GBK when its characters are GB 2312's. `complete`: `sample`
 * is the whole file. Null when none of these decodes the sample.
 */
export function csvEncodingOf(sample: Uint8Array, complete: boolean): CsvEncoding | null {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const lines = wholeLines(sample, complete);
  if (decoded(lines, 'utf-8') !== null) return 'utf-8';
  const gbk = decoded(lines, 'gb18030');
  const big5 = decoded(lines, 'big5');
  if (gbk === null || big5 === null) return gbk !== null ? 'gb18030' : big5 !== null ? 'big5' : null;
  const byHeader = headerQuality(gbk) - headerQuality(big5);
  if (byHeader !== 0) return byHeader > 0 ? 'gb18030' : 'big5';
  return gb2312Share(lines) >= 0.9 ? 'gb18030' : 'big5';
}

/** The encoding of the CSV at `path` (its first megabyte); see csvEncodingOf. */
export function csvFileEncoding(path: string): CsvEncoding | null {
  const sample = new Uint8Array(SAMPLE_BYTES);
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (let read = 1; read > 0 && length < sample.length; length += read) read = readSync(fd, sample, length, sample.length - length, null);
  } finally {
    closeSync(fd);
  }
  return csvEncodingOf(sample.subarray(0, length), length < SAMPLE_BYTES);
}

/** Bytes converted at a time. */
const BLOCK_BYTES = 4 << 20;

const isUtf16 = (encoding: CsvEncoding): boolean => encoding === 'utf-16le' || encoding === 'utf-16be';

/**
 * The text of the file at `path` in `encoding`, block by block to `take`, byte order mark dropped.
 * UTF-8, GBK and Big5 are decoded in blocks of whole lines (a line feed is never part of another
 * character in them), so a byte sequence that does not decode is found and named by its line;
 * UTF-16 as a stream. Throws an EncodingError naming that line.
 */
async function decodeFile(path: string, encoding: CsvEncoding, take: (text: string) => Promise<void>): Promise<void> {
  const input = await open(path, 'r');
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    const streamed = isUtf16(encoding) ? new TextDecoder(encoding, { fatal: true }) : null;
    let carried = 0;
    let line = 1;
    for (;;) {
      const { bytesRead } = await input.read(block, carried, block.length - carried, null);
      const end = carried + bytesRead;
      const last = bytesRead === 0 ? end : block.lastIndexOf(LF, end - 1) + 1;
      // A line longer than the block is decoded as it is (a character it splits makes it a bad line).
      const cut = last === 0 ? end : last;
      const bytes = block.subarray(0, cut);
      let text: string | null;
      try {
        text = streamed ? streamed.decode(bytes, { stream: bytesRead > 0 }) : decoded(bytes, encoding);
      } catch {
        text = null;
      }
      if (text === null) throw new EncodingError(`line ${line + badLine(bytes, encoding)} is not valid ${ENCODING_NAMES[encoding]}`);
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      await take(text);
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++;
      if (bytesRead === 0) break;
      block.copy(block, 0, cut, end);
      carried = end - cut;
    }
  } finally {
    await input.close();
  }
}

/** The index (from 0) of the first line of `bytes` that does not decode in `encoding`. */
function badLine(bytes: Uint8Array, encoding: CsvEncoding): number {
  if (isUtf16(encoding)) return 0;
  let start = 0;
  for (let index = 0; start < bytes.length; index++) {
    const end = bytes.indexOf(LF, start);
    const stop = end === -1 ? bytes.length : end + 1;
    if (decoded(bytes.subarray(start, stop), encoding) === null) return index;
    start = stop;
  }
  return 0;
}

/** Writes a UTF-8 copy of the CSV at `path` (in `encoding`) to `target`, line breaks unchanged. */
export async function writeUtf8Copy(path: string, encoding: CsvEncoding, target: string): Promise<void> {
  const output = await open(target, 'w');
  try {
    await decodeFile(path, encoding, async (text) => {
      await output.write(Buffer.from(text, 'utf8'));
    });
  } finally {
    await output.close();
  }
}

/**
 * Why a CSV read as UTF-8 failed when its text is not UTF-8 further down than the first megabyte
 * (DuckDB's read of it then stops early or fails with a message of its own): the first line that
 * is not, as an EncodingError; null when every line is UTF-8 or the file is compressed.
 */
export async function laterEncodingError(path: string): Promise<EncodingError | null> {
  if (/\.(gz|zst)$/i.test(path)) return null;
  try {
    await decodeFile(path, 'utf-8', async () => undefined);
    return null;
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    return new EncodingError(`${error.message}; save it from Excel as "CSV UTF-8 (Comma delimited)", or as UTF-8 from the program that exported it`);
  }
}

/** A CSV ready for DuckDB: its own path when it is UTF-8, else a temporary UTF-8 copy, removed by `done`. */
export interface Utf8Csv {
  path: string;
  encoding: CsvEncoding;
  done: () => Promise<void>;
}

/**
 * The CSV at `path` as UTF-8 for DuckDB. A compressed file (.gz, .zst) is left to DuckDB, which
 * reads it as UTF-8. `converting` is told before a copy is written.
 */
export async function utf8Csv(path: string, converting: (encoding: CsvEncoding) => void): Promise<Utf8Csv> {
  const asIs: Utf8Csv = { path, encoding: 'utf-8', done: async () => undefined };
  if (/\.(gz|zst)$/i.test(path)) return asIs;
  const encoding = csvFileEncoding(path);
  if (encoding === null) throw new EncodingError(`its text is not UTF-8, UTF-16, GBK/GB18030 or Big5; save it from Excel as "CSV UTF-8 (Comma delimited)"`);
  if (encoding === 'utf-8') return asIs;
  converting(encoding);
  const copy = join(tmpdir(), `tiers-${process.pid}-${basename(path)}.utf8.csv`);
  const done = (): Promise<void> => rm(copy, { force: true });
  try {
    await writeUtf8Copy(path, encoding, copy);
  } catch (error) {
    await done();
    throw error;
  }
  return { path: copy, encoding, done };
}
