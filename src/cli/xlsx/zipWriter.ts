/**
 * Writes a zip package from entries that are either copied as they were (their compressed bytes,
 * untouched) or new text deflated here. Copying is what keeps a 100 MB order sheet cheap to carry.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { compressedBytes, type ZipEntry } from './zipEntries';

/**
 * Deflate level of the parts written here (our own sheets), chosen by measurement
 * (bench/ownedDeflate.bench.ts, docs/benchmarks.md): on the sheets of a 100,000-customer run,
 * level 1 takes 0.24x the CPU of zlib's default 6 for 1.26x the bytes of those parts (+3.5 % on
 * the whole output, whose bulk is the user's sheets, copied compressed as they were).
 */
export const NEW_PART_LEVEL = 1;

/** Text produced in pieces, deflated as it comes. */
export type TextPieces = AsyncIterable<string> | Iterable<string>;

export type OutEntry = { name: string; copy: ZipEntry; from: Buffer } | { name: string; text: string } | { name: string; pieces: () => TextPieces };

interface Record {
  name: Buffer;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: Buffer;
  size: number;
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Pieces of text deflated one by one: only the compressed bytes are kept. */
async function deflatePieces(pieces: TextPieces): Promise<{ crc: number; compressed: Buffer; size: number }> {
  const deflate = createDeflateRaw({ level: NEW_PART_LEVEL });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = finished(deflate);
  let crc = 0;
  let size = 0;
  for await (const piece of pieces) {
    const raw = Buffer.from(piece, 'utf8');
    crc = crc32(raw, crc);
    size += raw.length;
    if (!deflate.write(raw)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  if (size > 0xffffffff) throw new Error('A part over 4 GB needs Zip64, which is not supported');
  return { crc, compressed: Buffer.concat(out), size };
}

async function recordOf(entry: OutEntry, now: { time: number; date: number }): Promise<Record> {
  const name = Buffer.from(entry.name, 'utf8');
  if ('copy' in entry) {
    const e = entry.copy;
    return { name, method: e.method, time: e.time, date: e.date, crc: e.crc32, compressed: compressedBytes(entry.from, e), size: e.uncompressedSize };
  }
  if ('pieces' in entry) return { name, method: 8, ...now, ...(await deflatePieces(entry.pieces())) };
  const raw = Buffer.from(entry.text, 'utf8');
  return { name, method: 8, ...now, crc: crc32(raw), compressed: deflateRawSync(raw, { level: NEW_PART_LEVEL }), size: raw.length };
}

const UTF8_FLAG = 0x0800;

/** Where writeZip puts the package's bytes, in order: a file, or a list joined into one Buffer. */
export type ZipSink = (bytes: Buffer) => void;

/**
 * Writes the package to `sink` entry by entry: only the central directory and the entry being
 * written are held (before, every compressed part and then their concatenation, about twice the
 * output's size, were in memory at once: 400 MB at a million order lines).
 */
export async function writeZipTo(entries: readonly OutEntry[], sink: ZipSink): Promise<void> {
  const now = dosNow();
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const r = await recordOf(entry, now);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(r.method, 8);
    local.writeUInt16LE(r.time, 10);
    local.writeUInt16LE(r.date, 12);
    local.writeUInt32LE(r.crc >>> 0, 14);
    local.writeUInt32LE(r.compressed.length, 18);
    local.writeUInt32LE(r.size, 22);
    local.writeUInt16LE(r.name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    local.copy(head, 8, 6, 30); // flags .. name length, then extra length 0
    head.writeUInt32LE(offset, 42);
    central.push(head, r.name);
    sink(local);
    sink(r.name);
    sink(r.compressed);
    offset += 30 + r.name.length + r.compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  for (const b of central) sink(b);
  sink(end);
}

/** The package as one Buffer (writeZipTo into memory). */
export async function writeZip(entries: readonly OutEntry[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await writeZipTo(entries, (b) => chunks.push(b));
  return Buffer.concat(chunks);
}

/** The package written to the file at `path` as it is produced (writeZipTo). */
export async function writeZipFile(entries: readonly OutEntry[], path: string): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    await writeZipTo(entries, (b) => {
      for (let at = 0; at < b.length;) at += writeSync(fd, b, at, b.length - at);
    });
  } finally {
    closeSync(fd);
  }
}
