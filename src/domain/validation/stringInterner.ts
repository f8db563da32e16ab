/**
 * Strings -> 0..k-1 in order of first appearance, in an open-addressing table of codes keyed by
 * a string hash (FNV-1a). A Map of a million fresh string keys costs several times more (growth,
 * rehashing, garbage); so does a Map of 100,000 customer ids built per scoring run.
 */
export class StringInterner {
  readonly ids: string[] = [];
  private slots: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private static hash(id: string): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    // Murmur3's finaliser: the low bits of FNV alone cluster for ids that differ only in their
    // last digits (C0000001, C0000002 ...), and the table is indexed by the low bits.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  /** The code of `id`, or -1 when it has none. */
  find(id: string): number {
    let slot = StringInterner.hash(id) & this.mask;
    for (;;) {
      const stored = this.slots[slot] as number;
      if (stored === 0) return -1;
      if (this.ids[stored - 1] === id) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The code of `id`, given the next one when it has none yet. */
  codeOf(id: string): number {
    let slot = StringInterner.hash(id) & this.mask;
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
      let slot = StringInterner.hash(id) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = code + 1;
    });
  }
}
