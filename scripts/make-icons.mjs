// Draws the Tiers glyph (a three-band pyramid: gold top tier, brand-blue middle and base) into
// assets/icon-<size>.png for every size the manifest and stores need. Plain Node: zlib + a CRC table.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; rerun only when the glyph changes)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80, 128];

const GOLD = [232, 163, 23];
const BLUE = [15, 108, 189];
const NAVY = [11, 64, 121];

// The pyramid in unit coordinates: apex at the top centre, base along the bottom, cut into three bands.
const APEX_Y = 0.06;
const BASE_Y = 0.94;
const HALF_BASE = 0.46;
const GAP = 0.075;
const BANDS = [
  { from: APEX_Y, to: 0.36, colour: GOLD },
  { from: 0.36 + GAP, to: 0.65, colour: BLUE },
  { from: 0.65 + GAP, to: BASE_Y, colour: NAVY },
];

/** Colour of the point (x, y) in unit coordinates, or null when it is background. */
function colourAt(x, y) {
  const band = BANDS.find((b) => y >= b.from && y <= b.to);
  if (!band) return null;
  const halfWidth = ((y - APEX_Y) / (BASE_Y - APEX_Y)) * HALF_BASE;
  return Math.abs(x - 0.5) <= halfWidth ? band.colour : null;
}

/** RGBA pixels, anti-aliased by averaging an n x n grid of samples per pixel. */
export function drawGlyph(size, samples = 8) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          hits++;
          for (let k = 0; k < 3; k++) sum[k] += c[k];
        }
      }
      const at = (py * size + px) * 4;
      if (hits === 0) continue;
      for (let k = 0; k < 3; k++) pixels[at + k] = Math.round(sum[k] / hits);
      pixels[at + 3] = Math.round((255 * hits) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) from width x height RGBA pixels. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = resolve(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawGlyph(size)));
    console.log(`wrote ${file}`);
  }
}
