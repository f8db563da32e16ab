/**
 * Strings -> 0..k-1 in order of first appearance, in an open-addressing table. A Map of a million
 * fresh string keys costs several times more (growth, rehashing, garbage); so does a Map of
 * 100,000 customer ids built per scoring run.
 *
 * A short text (at most 12 characters, each below U+0100: ids such as C0004444 or O000000655) is
 * kept in its slot itself, packed one byte per character into three 32-bit words beside its code
 * and length: a lookup reads one 16-byte slot and compares four words, and never reaches the
 * string (at a million customers each reach was a cache miss: docs/benchmarks.md, "Eighth
 * session: the order read"). A longer text's slot holds its hash, and the text is compared where
 * it is kept (StringInterner: the string; TextCodes: its code units).
 */
const FNV_OFFSET = 0x811c9dc5;
const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/**
 * Murmur3's finaliser: the low bits of FNV alone cluster for ids that differ only in their last
 * digits (C0000001, C0000002 ...), and the tables are indexed by the low bits.
 */
function finalise(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashText(id: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < id.length; k++) h = fnvStep(h, id.charCodeAt(k));
  return finalise(h);
}

/** Characters a slot holds: three words of four one-byte characters. */
const SHORT_CHARS = 12;
/** A slot's first word: its code + 1 in the low bits, the text's length (or LONG) in the top five. */
const LENGTH_SHIFT = 27;
const CODE_LIMIT = (1 << LENGTH_SHIFT) - 1;
/** The length field of a text not packed into its slot. */
const LONG = 31;
/** Int32 words per slot. */
const STRIDE = 4;

/** The packed words of the text `pack` last read (module state: no object per lookup). */
let p1 = 0;
let p2 = 0;
let p3 = 0;

/** Packs `text` into p1..p3 when it is short; its length, or LONG (p1..p3 then undefined). */
function pack(text: string): number {
  const n = text.length;
  if (n > SHORT_CHARS) return LONG;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const unit = text.charCodeAt(k);
    if (unit > 0xff) return LONG;
    const shift = (k & 3) << 3;
    if (k < 4) a |= unit << shift;
    else if (k < 8) b |= unit << shift;
    else c |= unit << shift;
  }
  p1 = a;
  p2 = b;
  p3 = c;
  return n;
}

/**
 * The hash of a packed text's three words. Not of its length: texts that differ only in trailing
 * U+0000 characters share a probe sequence, and the length in the slot tells them apart.
 */
function hashPacked(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x1b873593);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x9e3779b1);
  return finalise(h);
}

/** Slots for `expected` texts at most half full: a power of two, 1024 at least. */
function slotTable(expected: number): Int32Array {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  return new Int32Array(size * STRIDE);
}

/**
 * The slot table shared by StringInterner and TextCodes: probing, insertion and growth. A long
 * text's equality is the owner's (`sameLong`). `slot` is left at the slot where a text not found
 * would go.
 */
abstract class CodeSlots {
  private slots: Int32Array;
  /** Mask of a slot's first word index. */
  private mask: number;
  protected count = 0;
  /** After `lookup`: the index of the slot found or free, its words and first word's tag. */
  private slot = 0;
  private tag = 0;
  private w1 = 0;
  private w2 = 0;
  private w3 = 0;

  constructor(expected: number) {
    this.slots = slotTable(expected);
    this.mask = this.slots.length - STRIDE;
  }

  /** Whether the long text `text` is the one coded `code`. */
  protected abstract sameLong(code: number, text: string): boolean;

  /** The code of `text`, or -1 with the slot where it would go kept for `insert`. */
  protected lookup(text: string): number {
    const n = pack(text);
    let h: number;
    if (n === LONG) {
      h = hashText(text);
      this.w1 = h;
      this.w2 = 0;
      this.w3 = 0;
    } else {
      this.w1 = p1;
      this.w2 = p2;
      this.w3 = p3;
      h = hashPacked(p1, p2, p3);
    }
    const { slots, mask, w1, w2, w3 } = this;
    let s = (h << 2) & mask;
    for (;;) {
      const stored = slots[s] as number;
      if (stored === 0) break;
      if (stored >>> LENGTH_SHIFT === n && slots[s + 1] === w1 && slots[s + 2] === w2 && slots[s + 3] === w3) {
        const code = (stored & CODE_LIMIT) - 1;
        if (n !== LONG || this.sameLong(code, text)) return code;
      }
      s = (s + STRIDE) & mask;
    }
    this.slot = s;
    this.tag = n << LENGTH_SHIFT;
    return -1;
  }

  /** Gives the text `lookup` did not find the next code, in the slot it left. */
  protected insert(): number {
    const code = this.count++;
    if (code >= CODE_LIMIT) throw new Error(`More than ${CODE_LIMIT} distinct texts.`);
    const s = this.slot;
    const slots = this.slots;
    slots[s] = this.tag | (code + 1);
    slots[s + 1] = this.w1;
    slots[s + 2] = this.w2;
    slots[s + 3] = this.w3;
    if (this.count * 2 * STRIDE > slots.length) this.grow();
    return code;
  }

  /** Whether the text `lookup` last read is long (not packed into its slot). */
  protected lastWasLong(): boolean {
    return this.tag >>> LENGTH_SHIFT === LONG;
  }

  /** Twice the slots: each entry rehashed from its own words (no text is read). */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - STRIDE;
    for (let from = 0; from < old.length; from += STRIDE) {
      const stored = old[from] as number;
      if (stored === 0) continue;
      const n = stored >>> LENGTH_SHIFT;
      const w1 = old[from + 1] as number;
      const w2 = old[from + 2] as number;
      const w3 = old[from + 3] as number;
      let s = ((n === LONG ? w1 : hashPacked(w1, w2, w3)) << 2) & mask;
      while (slots[s] !== 0) s = (s + STRIDE) & mask;
      slots[s] = stored;
      slots[s + 1] = w1;
      slots[s + 2] = w2;
      slots[s + 3] = w3;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

export class StringInterner extends CodeSlots {
  readonly ids: string[] = [];

  protected sameLong(code: number, text: string): boolean {
    return this.ids[code] === text;
  }

  /** The code of `id`, or -1 when it has none. */
  find(id: string): number {
    return this.lookup(id);
  }

  /** The code of `id`, given the next one when it has none yet. */
  codeOf(id: string): number {
    const found = this.lookup(id);
    if (found !== -1) return found;
    this.ids.push(id);
    return this.insert();
  }
}

/**
 * Codes like StringInterner's for texts that are never read back (order ids: only whether two rows
 * share one matters). No string is kept: a short text lives in its slot, a long one as UTF-16 code
 * units in one growing typed array. A third of the memory of a million strings, and nothing for
 * the garbage collector to walk.
 */
export class TextCodes extends CodeSlots {
  private units = new Uint16Array(1 << 12);
  private used = 0;
  /** Long texts by code: starts[k] .. starts[k] + lengths[k] are the code units of text `k` (k: its code). */
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);

  /** How many distinct texts have a code. */
  get size(): number {
    return this.count;
  }

  protected sameLong(code: number, text: string): boolean {
    const from = this.starts[code] as number;
    if (this.lengths[code] !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.units[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** The code of `text`, given the next one when it has none yet. */
  codeOf(text: string): number {
    const found = this.lookup(text);
    if (found !== -1) return found;
    const code = this.insert();
    if (this.lastWasLong()) this.keepLong(code, text);
    return code;
  }

  private keepLong(code: number, text: string): void {
    if (this.used + text.length > this.units.length) {
      let size = this.units.length * 2;
      while (size < this.used + text.length) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.units.subarray(0, this.used));
      this.units = grown;
    }
    if (code >= this.starts.length) {
      let size = Math.max(1024, this.starts.length * 2);
      while (size <= code) size *= 2;
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Int32Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    for (let k = 0; k < text.length; k++) this.units[this.used + k] = text.charCodeAt(k);
    this.starts[code] = this.used;
    this.lengths[code] = text.length;
    this.used += text.length;
  }
}
