/**
 * Text encoded in GBK/GB18030 or Big5, for tests of CSVs written in those encodings. Node has
 * decoders for them (ICU's), no encoders: the table is built by decoding every two-byte sequence
 * with the platform's decoder, so the bytes are the encoding's own, not ours.
 */
export type LegacyEncoding = 'gb18030' | 'big5';

const tables = new Map<LegacyEncoding, Map<string, [number, number]>>();

function tableOf(encoding: LegacyEncoding): Map<string, [number, number]> {
  const known = tables.get(encoding);
  if (known) return known;
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      // The first sequence of a character is kept (Big5 maps a few characters twice).
      if ([...text].length === 1 && !table.has(text)) table.set(text, [lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}

/** `text` in `encoding`; throws on a character the encoding has no two-byte form for. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
  const table = tableOf(encoding);
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(c);
    if (!pair) throw new Error(`${encoding} has no two-byte form for "${c}" (U+${code.toString(16).toUpperCase()})`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
