/**
 * JSON written straight into UTF-8 bytes (xmlBytes.ts's chunks, digits and encoding), for the
 * report's flat rows (a plan row, a plan-progress row): the same bytes as JSON.stringify of the
 * row's object, without building the object, its JSON string, or the string's UTF-8 copy
 * (docs/benchmarks.md, "Seventh session: the outputs"). JSON.stringify is the oracle
 * (test/cli/jsonFile.test.ts).
 */
import { XmlBytes } from '../xlsx/xmlBytes';

/** A value of a flat row. */
export type FlatValue = string | number | boolean | null;

const HEX = '0123456789abcdef';
/** Short escapes JSON.stringify writes (\b \t \n \f \r), by code unit; 0 where it writes \u00XX. */
const SHORT = [0, 0, 0, 0, 0, 0, 0, 0, 98, 116, 110, 0, 102, 114];

export class JsonBytes extends XmlBytes {
  /** A string as JSON.stringify writes it: quoted, " \ and control characters escaped, a lone surrogate as \uXXXX (ES2019), the rest as UTF-8. */
  string(s: string): void {
    const n = s.length;
    this.room(n * 6 + 2);
    const b = this.buf;
    let at = this.at;
    b[at++] = 34;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 34 && c !== 92) b[at++] = c;
        else {
          b[at++] = 92;
          if (c === 34 || c === 92) b[at++] = c;
          else if (c < 14 && (SHORT[c] as number) > 0) b[at++] = SHORT[c] as number;
          else at = unicodeEscape(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
            i++;
            b[at++] = 0xf0 | (c >> 18);
            b[at++] = 0x80 | ((c >> 12) & 63);
            b[at++] = 0x80 | ((c >> 6) & 63);
            b[at++] = 0x80 | (c & 63);
            continue;
          }
          b[at++] = 92;
          at = unicodeEscape(b, at, c);
          continue;
        }
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 63);
        b[at++] = 0x80 | (c & 63);
      }
    }
    b[at++] = 34;
    this.at = at;
  }

  /** A value of a flat row as JSON.stringify writes it: a number that is not finite as null. */
  value(v: FlatValue): void {
    if (typeof v === 'string') this.string(v);
    else if (typeof v === 'number') {
      if (Number.isFinite(v)) this.number(v);
      else this.ascii('null');
    } else if (v === null) this.ascii('null');
    else this.ascii(v ? 'true' : 'false');
  }
}

/** u and four lowercase hex digits (the backslash is written), as JSON.stringify escapes a code unit. */
function unicodeEscape(b: Buffer, at: number, c: number): number {
  b[at++] = 117;
  b[at++] = HEX.charCodeAt(c >> 12);
  b[at++] = HEX.charCodeAt((c >> 8) & 15);
  b[at++] = HEX.charCodeAt((c >> 4) & 15);
  b[at++] = HEX.charCodeAt(c & 15);
  return at;
}

/**
 * A flat row's fields, defined once: `object` builds the row as an object (what JSON.stringify,
 * a pretty report or a test sees), `write` writes the same JSON as bytes.
 */
export class FlatShape<T> {
  private readonly keys: Buffer[];

  constructor(private readonly fields: readonly (readonly [string, (row: T) => FlatValue])[]) {
    this.keys = fields.map(([key], k) => Buffer.from(`${k === 0 ? '{' : ','}${JSON.stringify(key)}:`, 'utf8'));
  }

  object(row: T): Record<string, FlatValue> {
    const o: Record<string, FlatValue> = {};
    for (const [key, get] of this.fields) o[key] = get(row);
    return o;
  }

  write(row: T, out: JsonBytes): void {
    const { fields, keys } = this;
    for (let k = 0; k < fields.length; k++) {
      out.bytes(keys[k] as Buffer);
      out.value((fields[k] as readonly [string, (row: T) => FlatValue])[1](row));
    }
    out.ascii(fields.length === 0 ? '{}' : '}');
  }
}
