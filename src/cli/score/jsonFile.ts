/**
 * A JSON document written to a file piece by piece: the same text as `JSON.stringify(value, null,
 * indent)` plus a newline, but never held as one string. A million-line report is a quarter of a
 * gigabyte of text; as one string (and its UTF-8 copy for the write) it doubled the CLI's peak
 * memory and its conversion was a large share of the run (docs/benchmarks.md).
 */
import type { JsonBytes } from './jsonBytes';
import { FLUSH_BYTES, writeTextFile, type TextFile } from './textFile';

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * An array whose elements are built one at a time as they are written (`at(i)`), never all held:
 * the report's customers at a million customers (docs/benchmarks.md, "Sixth session"). Anything
 * else that reads it (JSON.stringify, a test) sees the whole array through `toJSON`.
 */
export class JsonList<T> {
  /** `write`, when given, writes element i as bytes, the same JSON as JSON.stringify(at(i)) (a flat row's FlatShape); used in the compact report. */
  constructor(
    readonly length: number,
    readonly at: (i: number) => T,
    readonly write?: (i: number, out: JsonBytes) => void,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/**
 * A value of the report whose JSON (compact) is written into the file by someone else (a worker
 * thread, customerThread.ts) at the place it has in the report: `write` is given the file and the
 * position and resolves to the number of bytes it wrote. `inline` is the same value for anything
 * else that reads the report (an indented report, JSON.stringify, a test).
 */
export class JsonElsewhere {
  constructor(
    readonly write: (path: string, position: number) => Promise<number>,
    readonly inline: unknown,
  ) {}

  toJSON(): unknown {
    return this.inline;
  }
}

/**
 * The top object and its objects are walked, and so is every array met on the way; each element
 * of an array, and anything else below the top two levels, goes through JSON.stringify whole
 * (a customer, a plan row: small texts, so one native call each). Between elements of an array
 * the writer waits when the file's write queue is full (textFile.ts).
 */
export async function writeJsonFile(path: string, value: unknown, indent?: number, flushBytes = FLUSH_BYTES): Promise<void> {
  await writeTextFile(
    path,
    async (file) => {
      await writeJson(file, value, indent);
      file.out('\n');
    },
    flushBytes,
  );
}

/** `value` as JSON into a text file (writeJsonFile without the final newline: also a part of a file, customerThread.ts). */
export async function writeJson({ out, ready, bytes, elsewhere }: TextFile, value: unknown, indent?: number): Promise<void> {
  const step = indent ? ' '.repeat(indent) : '';
  const whole = (v: unknown, pad: string): string => {
    const text = JSON.stringify(v, null, indent) as string | undefined;
    return step && text !== undefined ? text.replace(/\n/g, `\n${pad}`) : (text ?? 'null');
  };
  const items = async (length: number, at: (i: number) => unknown, pad: string, write?: (i: number, out: JsonBytes) => void): Promise<void> => {
    if (length === 0) return out('[]');
    const inner = pad + step;
    out(step ? `[\n${inner}` : '[');
    for (let i = 0; i < length; i++) {
      if (i > 0) out(step ? `,\n${inner}` : ',');
      if (write && !step) write(i, bytes);
      else {
        const item = at(i);
        if (skipped(item)) out('null');
        else out(whole(item, inner));
      }
      const wait = ready();
      if (wait) await wait;
    }
    out(step ? `\n${pad}]` : ']');
  };
  const walk = async (v: unknown, pad: string, depth: number): Promise<void> => {
    if (v instanceof JsonElsewhere) {
      if (step) return walk(v.inline, pad, depth);
      return elsewhere(v.write);
    }
    if (v instanceof JsonList) {
      const list = v as JsonList<unknown>;
      return items(list.length, (i) => list.at(i), pad, list.write);
    }
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
    if (v === null || typeof v !== 'object' || (depth > 1 && !Array.isArray(v))) {
      out(whole(v, pad));
      return;
    }
    const inner = pad + step;
    const open = step ? `\n${inner}` : '';
    const sep = step ? `,\n${inner}` : ',';
    if (Array.isArray(v)) {
      const array = v as unknown[];
      return items(array.length, (i) => array[i], pad);
    }
    const entries = Object.entries(v).filter(([, item]) => !skipped(item));
    if (entries.length === 0) return out('{}');
    out(`{${open}`);
    for (const [i, [key, item]] of entries.entries()) {
      if (i > 0) out(sep);
      out(`${JSON.stringify(key)}:${step ? ' ' : ''}`);
      await walk(item, inner, depth + 1);
    }
    out(step ? `\n${pad}}` : '}');
  };
  await walk(value, '', 0);
}
