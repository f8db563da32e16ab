import JSZip from 'jszip';
import { entryBytes, listZipEntries } from '../../../src/cli/xlsx/zipEntries';

/** A package written by JSZip (an independent zip writer) holding `parts`, deflated. */
async function zipOf(parts: Record<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of Object.entries(parts)) zip.file(name, bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The central directory's stated uncompressed size of `name` set to `size` (a damaged or hostile package). */
function withStatedSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const at = out.lastIndexOf(Buffer.from(name)) - 46;
  expect(out.readUInt32LE(at)).toBe(0x02014b50);
  out.writeUInt32LE(size, at + 24);
  return out;
}

describe('entryBytes', () => {
  let seed = 3;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Text that deflates well, and bytes that do not: both past zlib's default 16 KB output buffer.
  const text = Buffer.from(Array.from({ length: 40000 }, (_, i) => `<si><t>SO-${1000000 + i}</t></si>`).join(''), 'utf8');
  const noise = Buffer.from(Array.from({ length: 300000 }, () => Math.floor(random() * 256)));
  const parts = { 'xl/sharedStrings.xml': text, 'xl/media/noise.bin': noise, 'empty.xml': Buffer.alloc(0), 'small.xml': Buffer.from('<a/>') };

  it('inflates every part to the bytes written, whatever size the central directory states', async () => {
    const zip = await zipOf(parts);
    for (const [name, bytes] of Object.entries(parts)) {
      for (const stated of [bytes.length, 0, 1, Math.max(0, bytes.length - 1), bytes.length + 1, 0xffffffff]) {
        const data = withStatedSize(zip, name, stated);
        const entry = listZipEntries(data).get(name);
        if (!entry) throw new Error(`no ${name}`);
        expect(entry.uncompressedSize).toBe(stated);
        expect(entryBytes(data, entry).equals(bytes)).toBe(true);
      }
    }
  });
});
