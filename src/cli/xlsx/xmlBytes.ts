/**
 * XML written straight into UTF-8 bytes, in chunks of about a megabyte: the sheets Tiers writes
 * (hundreds of megabytes at a million order lines) never become strings, joined strings, or a
 * second, encoded copy (docs/benchmarks.md, "Sixth session: the .xlsx write"). Markup and numbers
 * are copied byte by byte in JS, which at a few bytes per call beats a native encode per cell.
 */

/** A chunk is handed out once it holds this many bytes (the producer checks `full` between rows). */
export const CHUNK_BYTES = 1 << 20;

const AMP = [38, 97, 109, 112, 59]; // &amp;
const LT = [38, 108, 116, 59]; // &lt;
const GT = [38, 103, 116, 59]; // &gt;
const QUOT = [38, 113, 117, 111, 116, 59]; // &quot;
const APOS = [38, 97, 112, 111, 115, 59]; // &apos;
/** Strings longer than this go through Buffer.write: a native call pays off past a few dozen bytes. */
const NATIVE_FROM = 64;
/** Whole arrays longer than this are copied by TypedArray.set (no view to make). */
const COPY_FROM = 16;

export class XmlBytes {
  protected buf: Buffer;
  protected at = 0;

  constructor(private readonly chunk = CHUNK_BYTES) {
    this.buf = Buffer.allocUnsafe(chunk + (chunk >> 2));
  }

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  /** True once the chunk should be handed out. */
  get full(): boolean {
    return this.at >= this.chunk;
  }

  /** Room for `n` more bytes: a row larger than the spare quarter grows the buffer. */
  protected room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  /** The bytes written so far, as a Buffer of their own; writing goes on into `next` (a buffer given back by an earlier take, whose bytes are no longer needed) or a fresh one. */
  take(next?: Buffer): Buffer {
    const out = this.buf.subarray(0, this.at);
    this.buf = next ?? Buffer.allocUnsafe(this.chunk + (this.chunk >> 2));
    this.at = 0;
    return out;
  }

  /** The bytes written, as `take` gives them, when nothing more will be written. */
  finish(): Buffer {
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.alloc(0);
    this.at = 0;
    return out;
  }

  /**
   * Bytes written before, by the text they were written for (sheetXml.ts: a text cell's tail). The
   * sheets repeat a handful of words in every row (tier, segment, "model not reliable for this
   * data"), whose bytes are copied rather than encoded again.
   */
  readonly memo = new Map<string, Uint8Array>();

  /** A copy of the bytes written from `from` (a position since the last `take`). */
  copyFrom(from: number): Uint8Array {
    return Uint8Array.prototype.slice.call(this.buf, from, this.at);
  }

  /** Text known to hold only ASCII characters that need no escaping (markup, numbers). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    if (n > NATIVE_FROM) {
      this.at += this.buf.write(s, this.at, 'latin1');
      return;
    }
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Text as it is (already XML), encoded as UTF-8. */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  /** Bytes as they are (a slice of a part being copied through). */
  bytes(source: Uint8Array, from = 0, to = source.length): void {
    const n = to - from;
    this.room(n);
    if (from === 0 && to === source.length && n > COPY_FROM) this.buf.set(source, this.at);
    else if (n > NATIVE_FROM) this.buf.set(new Uint8Array(source.buffer, source.byteOffset + from, n), this.at);
    else {
      const b = this.buf;
      let at = this.at;
      for (let i = from; i < to; i++) b[at++] = source[i] as number;
    }
    this.at += n;
  }

  /** A non-negative integer's decimal digits. */
  uint(n: number): void {
    this.room(16);
    const b = this.buf;
    let at = this.at;
    if (n < 10) {
      b[at] = 48 + n;
      this.at = at + 1;
      return;
    }
    if (n < 2147483648) {
      // Integer arithmetic below 2^31 (row numbers, styles, most amounts): no floating division.
      let x = n | 0;
      at += digitCount(x);
      this.at = at;
      do {
        const q = (x / 10) | 0;
        b[--at] = 48 + x - q * 10;
        x = q;
      } while (x > 0);
      return;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    at += digits;
    this.at = at;
    for (let x = n; x > 0; x = Math.floor(x / 10)) b[--at] = 48 + (x % 10);
  }

  /** The row number last written by rowNumber, and its digits. */
  private lastRow = -1;
  private readonly rowDigits = new Uint8Array(16);
  private rowDigitCount = 0;

  /**
   * A row number as uint writes it. Every cell reference of a row repeats it, so the digits of
   * the last one are kept and copied.
   */
  rowNumber(n: number): void {
    const digits = this.rowDigits;
    if (n !== this.lastRow) {
      const from = this.at;
      this.uint(n);
      const count = this.at - from;
      if (count > digits.length) {
        this.lastRow = -1;
        return;
      }
      for (let i = 0; i < count; i++) digits[i] = this.buf[from + i] as number;
      this.lastRow = n;
      this.rowDigitCount = count;
      return;
    }
    const count = this.rowDigitCount;
    this.room(count);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < count; i++) b[at++] = digits[i] as number;
    this.at = at;
  }

  /** `open` (a cell's `<c r="` and column letters) and the row number as rowNumber writes it. */
  cellStart(open: Uint8Array, row: number): void {
    const n = open.length;
    this.room(n + this.rowDigitCount);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = open[i] as number;
    if (row !== this.lastRow) {
      this.at = at;
      this.rowNumber(row);
      return;
    }
    const digits = this.rowDigits;
    const count = this.rowDigitCount;
    for (let i = 0; i < count; i++) b[at++] = digits[i] as number;
    this.at = at;
  }

  /** A number as `${value}` writes it (the caller has dropped non-finite ones). */
  number(value: number): void {
    const magnitude = Math.abs(value);
    if (Number.isInteger(value) && magnitude < 9007199254740992) {
      // Whole numbers below 2^53 are their plain digits in String(); -0 is "0".
      if (value < 0) this.sign();
      this.uint(magnitude);
      return;
    }
    // A value that is the double nearest to a decimal with at most four decimals (money to the
    // cent, shares to 0.01 %), below 1e11, where doubles lie closer than 1e-4 / 2: String()'s
    // shortest round-trip form is that decimal (no shorter one maps to the value; the next one of
    // the same length is 1e-4 away), trailing zeros dropped, never in exponent form.
    if (magnitude >= 1e-4 && magnitude < 1e11) {
      const units = Math.round(magnitude * 1e4);
      if (units / 1e4 === magnitude) {
        if (value < 0) this.sign();
        const whole = Math.floor(units / 1e4);
        // Below 10^4 and not 0 (the value is not whole): integer arithmetic.
        let fraction = (units - whole * 1e4) | 0;
        this.uint(whole);
        let digits = 4;
        while (fraction % 10 === 0) {
          fraction = (fraction / 10) | 0;
          digits--;
        }
        this.room(6);
        const b = this.buf;
        let at = this.at;
        b[at] = 46; // '.'
        at += digits;
        this.at = at + 1;
        do {
          const q = (fraction / 10) | 0;
          b[at--] = 48 + fraction - q * 10;
          fraction = q;
        } while (--digits > 0);
        return;
      }
    }
    this.ascii(String(value));
  }

  /** `"><v>`, the number as `number` writes it, and `</v></c>`: the rest of a number cell. */
  numberElement(value: number): void {
    this.room(5);
    const b = this.buf;
    let at = this.at;
    b[at++] = 34; // "
    b[at++] = 62; // >
    b[at++] = 60; // <
    b[at++] = 118; // v
    b[at++] = 62; // >
    this.at = at;
    this.number(value);
    this.room(8);
    const c = this.buf;
    at = this.at;
    c[at++] = 60; // </v></c>
    c[at++] = 47;
    c[at++] = 118;
    c[at++] = 62;
    c[at++] = 60;
    c[at++] = 47;
    c[at++] = 99;
    c[at++] = 62;
    this.at = at;
  }

  private sign(): void {
    this.room(1);
    this.buf[this.at++] = 45;
  }

  /**
   * Text escaped for XML content or attribute values (& < > " ' as escapeXml writes them) and
   * encoded as UTF-8 the way Buffer.from(text, 'utf8') does (a lone surrogate becomes U+FFFD).
   */
  text(s: string): void {
    const n = s.length;
    this.room(n * 6);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c > 39 && c !== 60 && c !== 62) b[at++] = c;
        else if (c === 38) for (const x of AMP) b[at++] = x;
        else if (c === 60) for (const x of LT) b[at++] = x;
        else if (c === 62) for (const x of GT) b[at++] = x;
        else if (c === 34) for (const x of QUOT) b[at++] = x;
        else if (c === 39) for (const x of APOS) b[at++] = x;
        else b[at++] = c;
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
          c = 0xfffd;
        }
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 63);
        b[at++] = 0x80 | (c & 63);
      }
    }
    this.at = at;
  }
}

/** Decimal digits of an integer from 10 to 2^31 - 1. */
function digitCount(x: number): number {
  return x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : x < 10000000 ? 7 : x < 100000000 ? 8 : x < 1000000000 ? 9 : 10;
}

/**
 * The end of the last whole UTF-8 character in `bytes` (their length when none is cut): text is
 * decoded up to here and the rest carried over to the next chunk.
 */
export function utf8Boundary(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  // Back over at most three continuation bytes (10xxxxxx) to the lead byte of the last character.
  while (i >= 0 && i > n - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = bytes[i] as number;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + length > n ? i : n;
}
