// Draws the extension icon (128×128 PNG): three feature-flag switches on a blue tile. Written with zlib
// alone so the icon is reproducible without an image editor: `node ado-extension/images/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function blend(x, y, [r, g, b], alpha) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE || alpha <= 0) return;
  const i = (y * SIZE + x) * 4;
  const a = Math.min(1, alpha);
  const base = pixels[i + 3] / 255;
  const outA = a + base * (1 - a);
  for (const [k, c] of [r, g, b].entries()) {
    pixels[i + k] = Math.round((c * a + pixels[i + k] * base * (1 - a)) / (outA || 1));
  }
  pixels[i + 3] = Math.round(outA * 255);
}

/** Coverage of a pixel by a rounded rectangle, anti-aliased by 4×4 supersampling. */
function roundedRect(x0, y0, x1, y1, radius, colour) {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4;
          const py = y + (sy + 0.5) / 4;
          const cx = Math.min(Math.max(px, x0 + radius), x1 - radius);
          const cy = Math.min(Math.max(py, y0 + radius), y1 - radius);
          if (px >= x0 && px <= x1 && py >= y0 && py <= y1 && (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2)
            inside++;
        }
      }
      blend(x, y, colour, inside / 16);
    }
  }
}

const circle = (cx, cy, r, colour) => roundedRect(cx - r, cy - r, cx + r, cy + r, r, colour);

roundedRect(0, 0, 128, 128, 22, [0, 94, 168]);
const switches = [
  { y: 36, on: true },
  { y: 64, on: false },
  { y: 92, on: true },
];
for (const { y, on } of switches) {
  roundedRect(24, y - 11, 104, y + 11, 11, on ? [255, 255, 255] : [120, 170, 215]);
  circle(on ? 93 : 35, y, 8, on ? [0, 150, 90] : [255, 255, 255]);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
