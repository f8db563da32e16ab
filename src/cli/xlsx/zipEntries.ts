/**
 * A minimal zip reader over a Buffer: the central directory, and each entry as a stream of
 * inflated bytes through Node's native zlib. Fast and streaming where jszip and exceljs's reader
 * are not, for million-row sheets. Zip64 (packages over 4 GB) is not supported.
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** MS-DOS time and date words. */
  time: number;
  date: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function listZipEntries(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip package (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('damaged zip central directory');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, {
      name,
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function compressedBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new Error(`damaged zip entry ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return buf.subarray(start, start + entry.compressedSize);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`zip entry ${entry.name} uses unsupported compression ${entry.method}`);
}

/** Largest output buffer entryBytes sizes from the entry's stated size (a damaged or hostile size allocates no more). */
const WHOLE_OUT_MAX = 64 << 20;

/**
 * The entry's bytes, inflated whole. zlib's output buffer is sized from the size the central
 * directory states (one byte over, so a part that fills it ends the loop without a spare buffer):
 * with the default 16 KB buffers, inflating a million-line workbook's 36 MB shared string table
 * made two thousand pieces and then joined them, which took as long as the inflate itself. A
 * wrong stated size only means more pieces, joined as before.
 */
export function entryBytes(buf: Buffer, entry: ZipEntry): Buffer {
  checkMethod(entry);
  const data = compressedBytes(buf, entry);
  if (entry.method === 0) return data;
  return inflateRawSync(data, { chunkSize: Math.min(WHOLE_OUT_MAX, Math.max(1 << 14, entry.uncompressedSize + 1)) });
}

export function entryText(buf: Buffer, entry: ZipEntry): string {
  return entryBytes(buf, entry).toString('utf8');
}

/** The entry's bytes, inflated as they are read. */
export function entryStream(buf: Buffer, entry: ZipEntry): Readable {
  checkMethod(entry);
  const data = Readable.from([compressedBytes(buf, entry)]);
  return entry.method === 0 ? data : data.pipe(createInflateRaw({ chunkSize: 1 << 20 }));
}
