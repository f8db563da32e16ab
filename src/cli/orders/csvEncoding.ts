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

/** Text that does not decode: the message says where (`line`, from 1; `offset`, its first byte) or what was tried. */
export class EncodingError extends Error {
  constructor(
    message: string,
    readonly line = 0,
    readonly offset = 0,
  ) {
    super(message);
  }
}

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

/** Up to a megabyte of the file at `path` from byte `position`, and whether it reaches the file's end. */
function sampleAt(path: string, position: number): { sample: Uint8Array; complete: boolean } {
  const sample = new Uint8Array(SAMPLE_BYTES);
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (let read = 1; read > 0 && length < sample.length; length += read) read = readSync(fd, sample, length, sample.length - length, position + length);
  } finally {
    closeSync(fd);
  }
  return { sample: sample.subarray(0, length), complete: length < SAMPLE_BYTES };
}

/** The encoding of the CSV at `path` (its first megabyte); see csvEncodingOf. */
export function csvFileEncoding(path: string): CsvEncoding | null {
  const { sample, complete } = sampleAt(path, 0);
  return csvEncodingOf(sample, complete);
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
    // The file offset of the block's first byte.
    let offset = 0;
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
      if (text === null) {
        const bad = badLine(bytes, encoding);
        throw new EncodingError(`line ${line + bad.index} is not valid ${ENCODING_NAMES[encoding]}`, line + bad.index, offset + bad.start);
      }
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      await take(text);
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++;
      if (bytesRead === 0) break;
      block.copy(block, 0, cut, end);
      carried = end - cut;
      offset += cut;
    }
  } finally {
    await input.close();
  }
}

/** The first line of `bytes` that does not decode in `encoding`: its index (from 0) and first byte. */
function badLine(bytes: Uint8Array, encoding: CsvEncoding): { index: number; start: number } {
  if (isUtf16(encoding)) return { index: 0, start: 0 };
  let start = 0;
  for (let index = 0; start < bytes.length; index++) {
    const end = bytes.indexOf(LF, start);
    const stop = end === -1 ? bytes.length : end + 1;
    if (decoded(bytes.subarray(start, stop), encoding) === null) return { index, start };
    start = stop;
  }
  return { index: 0, start: 0 };
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

/** A CSV ready for DuckDB: its own path when it is UTF-8, else a temporary UTF-8 copy, removed by `done`. */
export interface Utf8Csv {
  path: string;
  encoding: CsvEncoding;
  done: () => Promise<void>;
}

/** A temporary UTF-8 copy of the CSV at `path` in `encoding`, `converting` told first. */
async function utf8Copy(path: string, encoding: CsvEncoding, converting: (encoding: CsvEncoding) => void): Promise<Utf8Csv> {
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

const isCompressed = (path: string): boolean => /\.(gz|zst)$/i.test(path);

const SAVE_AS_UTF8 = 'save it from Excel as "CSV UTF-8 (Comma delimited)", or as UTF-8 from the program that exported it';

/**
 * The CSV at `path` as UTF-8 for DuckDB, by its first megabyte's encoding (csvEncodingOf). A
 * compressed file (.gz, .zst) is left to DuckDB, which reads it as UTF-8. `converting` is told
 * before a copy is written.
 */
export async function utf8Csv(path: string, converting: (encoding: CsvEncoding) => void): Promise<Utf8Csv> {
  if (isCompressed(path)) return { path, encoding: 'utf-8', done: async () => undefined };
  const encoding = csvFileEncoding(path);
  if (encoding === null) throw new EncodingError(`its text is not UTF-8, UTF-16, GBK/GB18030 or Big5; ${SAVE_AS_UTF8}`);
  if (encoding === 'utf-8') return { path, encoding, done: async () => undefined };
  return utf8Copy(path, encoding, converting);
}

/**
 * After DuckDB failed on a CSV read as UTF-8 (its first megabyte was): when the text stops being
 * UTF-8 further down (an export whose first lines are all ASCII, with Chinese names later), the
 * encoding told from the first line that is not, and the file converted from it; an EncodingError
 * naming that line when it is none of GBK/GB18030 or Big5 either. Null when every line is UTF-8
 * (the failure was something else) or the file is compressed.
 */
export async function utf8CsvAfterFailure(path: string, converting: (encoding: CsvEncoding) => void): Promise<Utf8Csv | null> {
  if (isCompressed(path)) return null;
  let bad: EncodingError;
  try {
    await decodeFile(path, 'utf-8', async () => undefined);
    return null;
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    bad = error;
  }
  const { sample, complete } = sampleAt(path, bad.offset);
  const encoding = csvEncodingOf(sample, complete);
  if (encoding !== 'gb18030' && encoding !== 'big5') throw new EncodingError(`${bad.message}; ${SAVE_AS_UTF8}`, bad.line, bad.offset);
  return utf8Copy(path, encoding, converting);
}
