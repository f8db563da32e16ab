/**
 * The shared string table of an .xlsx (`xl/sharedStrings.xml`, ECMA-376 Part 1, 18.4.9): the
 * texts that `t="s"` cells point at by index. A million-line order sheet has over a million of
 * them (one per order id), so the part is scanned as bytes for where each `<si>` lies, and a text
 * is decoded only when a cell asks for it; a text asked for twice (a customer id, a product) is
 * kept from then on, one asked for once (an order id) is not. docs/benchmarks.md, "Seventh session".
 */
import { unescapeXml } from './xmlText';

const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const SI = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;

/** Text of an <si> or <is>: its <t> runs, without phonetic guides. */
export function runText(xml: string): string {
  let out = '';
  for (const m of xml.replace(PHONETIC, '').matchAll(T)) out += m[1] ?? '';
  return unescapeXml(out);
}

/** Every text of the table, in order (the table's XML as text). */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(SI)) out.push(m[1] === undefined ? '' : runText(m[1]));
  return out;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const SPACE = 32;
const AMP = 38;
const S_CODE = 115; // s
const I_CODE = 105; // i
const T_CODE = 116; // t

/** Start of `</si>` at or after `from`, or -1. */
function siClose(xml: Buffer, from: number): number {
  for (let i = from; i < xml.length - 4; i++) {
    if (xml[i] === LT && xml[i + 1] === SLASH && xml[i + 2] === S_CODE && xml[i + 3] === I_CODE && xml[i + 4] === GT) return i;
  }
  return -1;
}

export class SharedStrings {
  /** Decoded texts: those asked for more than once, or all of them (`of`). */
  private readonly texts: (string | undefined)[];
  /** 1 once a text was decoded (and not kept). */
  private readonly seen: Uint8Array;

  private constructor(
    readonly size: number,
    texts: (string | undefined)[],
    private readonly xml: Buffer,
    /** Content of `<si>` k: bytes from[k] .. to[k] of `xml`. */
    private readonly from: Int32Array,
    private readonly to: Int32Array,
  ) {
    this.texts = texts;
    this.seen = new Uint8Array(from.length);
  }

  /** A table of texts already decoded. */
  static of(texts: readonly string[]): SharedStrings {
    return new SharedStrings(texts.length, [...texts], Buffer.alloc(0), new Int32Array(0), new Int32Array(0));
  }

  /**
   * The table in the part's bytes: the `<si>` elements found as parseSharedStrings finds them.
   * A part whose elements carry a namespace prefix (`<x:si>`) is decoded whole through it.
   */
  static parse(xml: Buffer): SharedStrings {
    const head = /<(\w+:)?sst\b/.exec(xml.toString('latin1', 0, Math.min(xml.length, 4096)));
    if (head?.[1]) return SharedStrings.of(parseSharedStrings(xml.toString('utf8')));
    let from = new Int32Array(1024);
    let to = new Int32Array(1024);
    let n = 0;
    const length = xml.length;
    let p = xml.indexOf(LT, 0);
    while (p >= 0) {
      let next = p + 1;
      if (xml[p + 1] === S_CODE && xml[p + 2] === I_CODE) {
        let start = -1;
        let end = -1;
        if (xml[p + 3] === GT) {
          const close = siClose(xml, p + 4);
          if (close >= 0) {
            start = p + 4;
            end = close;
            next = close + 5;
          }
        } else if (xml[p + 3] === SLASH && xml[p + 4] === GT) {
          start = end = p + 5;
          next = p + 5;
        }
        if (start >= 0) {
          if (n === from.length) {
            const f = new Int32Array(n * 2);
            f.set(from);
            from = f;
            const t = new Int32Array(n * 2);
            t.set(to);
            to = t;
          }
          from[n] = start;
          to[n] = end;
          n++;
        }
      }
      // The next < is usually a byte or a few on: a loop, not a native indexOf call per element.
      p = -1;
      for (let i = next; i < length; i++) {
        if (xml[i] === LT) {
          p = i;
          break;
        }
      }
    }
    // Filled: a large array left with holes is a slow dictionary in V8.
    return new SharedStrings(n, new Array<string | undefined>(n).fill(undefined), xml, from.subarray(0, n), to.subarray(0, n));
  }

  /** Text `k`, or null when the table has no such index (as `texts[k] ?? null`). */
  text(k: number): string | null {
    const kept = this.texts[k];
    if (kept !== undefined) return kept;
    if (!(k >= 0 && k < this.size && Number.isInteger(k))) return null;
    const text = this.decode(k);
    if (this.seen[k] === 1) this.texts[k] = text;
    else this.seen[k] = 1;
    return text;
  }

  /** Every text, in order. */
  all(): string[] {
    return Array.from({ length: this.size }, (_, k) => this.text(k) as string);
  }

  /**
   * `<si>` k as runText reads it. The usual `<t>text</t>` (or `<t xml:space="preserve">`) is
   * decoded straight from the bytes; rich text, phonetic guides and the like go through runText.
   */
  private decode(k: number): string {
    const xml = this.xml;
    const a = this.from[k] as number;
    const b = this.to[k] as number;
    if (xml[a] === LT && xml[a + 1] === T_CODE && (xml[a + 2] === GT || xml[a + 2] === SPACE)) {
      let open = a + 2;
      while (open < b && xml[open] !== GT) open++;
      let lt = open + 1;
      let amp = false;
      while (lt < b && xml[lt] !== LT) {
        if (xml[lt] === AMP) amp = true;
        lt++;
      }
      if (xml[open - 1] !== SLASH && lt === b - 4 && xml[lt + 1] === SLASH && xml[lt + 2] === T_CODE && xml[lt + 3] === GT) {
        const text = xml.toString('utf8', open + 1, lt);
        return amp ? unescapeXml(text) : text;
      }
    }
    return runText(xml.toString('utf8', a, b));
  }
}
