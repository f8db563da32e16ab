/**
 * Writes a zip package from entries that are either copied as they were (their compressed bytes,
 * untouched) or new text deflated here. Copying is what keeps a 100 MB order sheet cheap to carry.
 */
import { finished } from 'node:stream/promises';
import type { TransformOptions } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { FileQueue } from '../fileQueue';
import { compressedBytes, type ZipEntry } from './zipEntries';

/**
 * Deflate level of the parts written here (our own sheets), chosen by measurement
 * (bench/ownedDeflate.bench.ts, docs/benchmarks.md): on the sheets of a 100,000-customer run,
 * level 1 takes 0.24x the CPU of zlib's default 6 for 1.26x the bytes of those parts (+3.5 % on
 * the whole output, whose bulk is the user's sheets, copied compressed as they were).
 */
export const NEW_PART_LEVEL = 1;

/** A part produced in pieces (text, or bytes already UTF-8), deflated as they come. */
export type TextPieces = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export type OutEntry = { name: string; copy: ZipEntry; from: Buffer } | { name: string; text: string } | { name: string; pieces: () => TextPieces };

/**
 * Where writeZipTo puts the package's bytes, in order; `patch` rewrites bytes it was given earlier
 * (a local header once its part is deflated). Bytes given are never changed afterwards; `held`
 * marks a view of the input package (kept in memory anyway). `ready`, when there: null, or a
 * promise to wait for before more bytes (a file's write queue is full).
 */
export interface ZipSink {
  write(bytes: Buffer, held?: boolean): void;
  patch(offset: number, bytes: Buffer): void;
  ready?(): Promise<void> | null;
}

interface Sizes {
  crc: number;
  compressedSize: number;
  size: number;
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Input the deflate stream may queue before the producer waits: the next pieces are made while zlib's thread compresses these. */
const DEFLATE_QUEUE = 4 << 20;

/**
 * Room for a megabyte piece's compressed bytes (our XML deflates to about a seventh at level 1):
 * zlib compresses a piece in one pass on its thread, without a turn of the main thread's event
 * loop in the middle (each full output buffer is one).
 */
const DEFLATE_OUT = 1 << 18;

/** A turn of the event loop: zlib's finished job is taken in and the next queued piece handed to its thread. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Pieces deflated one by one, the compressed bytes handed to `write` as zlib gives them: neither
 * the part nor its compressed bytes are ever held whole. The producer yields a turn after each
 * piece, so zlib's thread compresses one piece while the main thread makes the next; without it
 * the producer filled the queue, then waited while zlib emptied it, and the two took turns
 * (docs/benchmarks.md, "Seventh session: the outputs").
 */
async function deflatePieces(pieces: TextPieces, write: (bytes: Buffer) => void, ready: () => Promise<void> | null): Promise<Sizes> {
  // zlib passes stream options on to its Transform; @types/node's ZlibOptions does not list them.
  const options: ZlibOptions & TransformOptions = { level: NEW_PART_LEVEL, chunkSize: DEFLATE_OUT, writableHighWaterMark: DEFLATE_QUEUE };
  const deflate = createDeflateRaw(options);
  let compressedSize = 0;
  deflate.on('data', (b: Buffer) => {
    compressedSize += b.length;
    write(b);
  });
  const done = finished(deflate);
  let crc = 0;
  let size = 0;
  for await (const piece of pieces) {
    const raw = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (raw.length === 0) continue;
    crc = crc32(raw, crc);
    size += raw.length;
    if (!deflate.write(raw)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
    else await turn();
    const wait = ready();
    if (wait) await wait;
  }
  deflate.end();
  await done;
  if (size > 0xffffffff || compressedSize > 0xffffffff) throw new Error('A part over 4 GB needs Zip64, which is not supported');
  return { crc, compressedSize, size };
}

const UTF8_FLAG = 0x0800;

/** The 30-byte local header (its crc and sizes are patched in once a deflated part's are known). */
function localHeader(method: number, time: number, date: number, nameLength: number, sizes: Sizes): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_FLAG, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(sizes.crc >>> 0, 14);
  local.writeUInt32LE(sizes.compressedSize, 18);
  local.writeUInt32LE(sizes.size, 22);
  local.writeUInt16LE(nameLength, 26);
  local.writeUInt16LE(0, 28);
  return local;
}

/**
 * Writes the package to `sink` entry by entry: a copied part goes out as its compressed bytes; a
 * new part streams through deflate into the sink behind a local header patched once its crc and
 * sizes are known. Held: the central directory, and the input chunks zlib has not yet taken.
 */
export async function writeZipTo(entries: readonly OutEntry[], sink: ZipSink): Promise<void> {
  const now = dosNow();
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const start = offset;
    const name = Buffer.from(entry.name, 'utf8');
    let local: Buffer;
    if ('pieces' in entry) {
      local = localHeader(8, now.time, now.date, name.length, { crc: 0, compressedSize: 0, size: 0 });
      sink.write(local);
      sink.write(name);
      const sizes = await deflatePieces(
        entry.pieces(),
        (b) => sink.write(b),
        () => sink.ready?.() ?? null,
      );
      local = localHeader(8, now.time, now.date, name.length, sizes);
      sink.patch(start, local);
      offset += 30 + name.length + sizes.compressedSize;
    } else {
      let data: Buffer;
      if ('copy' in entry) {
        const e = entry.copy;
        data = compressedBytes(entry.from, e);
        local = localHeader(e.method, e.time, e.date, name.length, { crc: e.crc32, compressedSize: data.length, size: e.uncompressedSize });
      } else {
        const raw = Buffer.from(entry.text, 'utf8');
        data = deflateRawSync(raw, { level: NEW_PART_LEVEL });
        local = localHeader(8, now.time, now.date, name.length, { crc: crc32(raw), compressedSize: data.length, size: raw.length });
      }
      sink.write(local);
      sink.write(name);
      sink.write(data, 'copy' in entry);
      offset += 30 + name.length + data.length;
    }
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    local.copy(head, 8, 6, 30); // flags .. name length, then extra length 0
    head.writeUInt32LE(start, 42);
    central.push(head, name);
  }
  if (offset > 0xffffffff) throw new Error('A package over 4 GB needs Zip64, which is not supported');
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  for (const b of central) sink.write(b);
  sink.write(end);
}

/** The package as one Buffer (writeZipTo into memory). */
export async function writeZip(entries: readonly OutEntry[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const at = new Map<number, Buffer>();
  let size = 0;
  await writeZipTo(entries, {
    write(bytes) {
      at.set(size, bytes);
      chunks.push(bytes);
      size += bytes.length;
    },
    patch(offset, bytes) {
      const chunk = at.get(offset);
      if (!chunk || chunk.length !== bytes.length) throw new Error(`no chunk of ${bytes.length} bytes written at ${offset}`);
      bytes.copy(chunk);
    },
  });
  return Buffer.concat(chunks);
}

/** The package written to the file at `path` as it is produced (writeZipTo), on libuv's thread pool (fileQueue.ts). */
export async function writeZipFile(entries: readonly OutEntry[], path: string): Promise<void> {
  const file = await FileQueue.opened(path);
  let at = 0;
  // Offsets of writes not yet done, with what waits on them: a patch goes after the bytes it replaces.
  const unwritten = new Map<number, (() => void)[]>();
  let finished = false;
  try {
    await writeZipTo(entries, {
      write(b, held) {
        const offset = at;
        unwritten.set(offset, []);
        file.write(b, offset, held, () => {
          const waiting = unwritten.get(offset) ?? [];
          unwritten.delete(offset);
          for (const then of waiting) then();
        });
        at += b.length;
      },
      patch(offset, b) {
        const waiting = unwritten.get(offset);
        if (waiting) waiting.push(() => file.write(b, offset));
        else file.write(b, offset);
      },
      ready: () => file.ready(),
    });
    finished = true;
  } finally {
    // A failed write's own error is the one reported, not the close's.
    if (finished) await file.close();
    else await file.close().catch(() => undefined);
  }
}
