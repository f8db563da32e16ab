/**
 * Strings -> 0..k-1 in order of first appearance, in an open-addressing table of codes keyed by
 * a string hash (FNV-1a). A Map of a million fresh string keys costs several times more (growth,
 * rehashing, garbage); so does a Map of 100,000 customer ids built per scoring run.
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

/** An open-addressing table at most half full for `expected` entries: a power of two, 1024 at least. */
function slotTable(expected: number): Int32Array {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  return new Int32Array(size);
}

export class StringInterner {
  readonly ids: string[] = [];
  private slots: Int32Array;
  private mask: number;

  constructor(expected: number) {
    this.slots = slotTable(expected);
    this.mask = this.slots.length - 1;
  }

  /** The code of `id`, or -1 when it has none. */
  find(id: string): number {
    let slot = hashText(id) & this.mask;
    for (;;) {
      const stored = this.slots[slot] as number;
      if (stored === 0) return -1;
      if (this.ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The code of `id`, given the next one when it has none yet. */
  codeOf(id: string): number {
    let slot = hashText(id) & this.mask;
    for (;;) {
      const stored = this.slots[slot] as number;
      if (stored === 0) break;
      if (this.ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
    const code = this.ids.length;
    this.ids.push(id);
    this.slots[slot] = code + 1;
    if (this.ids.length * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    this.ids.forEach((id, code) => {
      let slot = hashText(id) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = code + 1;
    });
  }
}

/**
 * Codes like StringInterner's for texts that are never read back (order ids: only whether two rows
 * share one matters). The texts are kept as UTF-16 code units in one growing typed array rather
 * than as a million strings: a third of the memory, and nothing for the garbage collector to walk.
 */
export class TextCodes {
  private units = new Uint16Array(1 << 16);
  private used = 0;
  /** starts[code] .. starts[code + 1]: the code units of text `code`. */
  private starts = new Int32Array(1024);
  /** hashes[code]: hashText of text `code`, compared before its code units (ids of one length share long prefixes). */
  private hashes = new Int32Array(1024);
  private count = 0;
  private slots: Int32Array;
  private mask: number;

  constructor(expected: number) {
    this.slots = slotTable(expected);
    this.mask = this.slots.length - 1;
  }

  /** How many distinct texts have a code. */
  get size(): number {
    return this.count;
  }

  private equals(code: number, text: string): boolean {
    const from = this.starts[code] as number;
    if ((this.starts[code + 1] as number) - from !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.units[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** The code of `text`, given the next one when it has none yet. */
  codeOf(text: string): number {
    const hash = hashText(text);
    let slot = hash & this.mask;
    for (;;) {
      const stored = this.slots[slot] as number;
      if (stored === 0) break;
      if (this.hashes[stored - 1] === hash && this.equals(stored - 1, text)) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
    const code = this.count++;
    if (this.used + text.length > this.units.length) {
      let size = this.units.length * 2;
      while (size < this.used + text.length) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.units.subarray(0, this.used));
      this.units = grown;
    }
    for (let k = 0; k < text.length; k++) this.units[this.used + k] = text.charCodeAt(k);
    this.used += text.length;
    if (code + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
      const hashes = new Int32Array(this.starts.length);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.starts[code + 1] = this.used;
    this.hashes[code] = hash;
    this.slots[slot] = code + 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let code = 0; code < this.count; code++) {
      let slot = (this.hashes[code] as number) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = code + 1;
    }
  }
}
