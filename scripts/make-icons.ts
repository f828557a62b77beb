// Draws the toolbar icons (a speech bubble holding a quotation mark) as PNG files.
// Run with `tsx scripts/make-icons.ts`; the PNGs are committed, so this runs only when the design changes.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, seed = 0): number {
  let c = (seed ^ 0xffffffff) >>> 0;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)) >>> 0;
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

type Rgb = readonly [number, number, number];
const BUBBLE: Rgb = [29, 78, 137];
const MARK: Rgb = [255, 255, 255];
const ACCENT: Rgb = [236, 178, 46];

/** Coverage (0..1) of the shape at a point in a 0..1 square, for one layer. */
function bubble(x: number, y: number): number {
  // Rounded rectangle body plus a small tail at the lower left.
  const inRect = (px: number, py: number, x0: number, y0: number, x1: number, y1: number, r: number) => {
    const cx = Math.min(Math.max(px, x0 + r), x1 - r);
    const cy = Math.min(Math.max(py, y0 + r), y1 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (inRect(x, y, 0.04, 0.06, 0.96, 0.76, 0.2)) return 1;
  // Tail: triangle (0.18,0.70) (0.42,0.70) (0.14,0.95)
  const [ax, ay, bx, by, cx, cy] = [0.2, 0.7, 0.44, 0.7, 0.14, 0.96];
  const d = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
  const u = ((bx - x) * (cy - y) - (cx - x) * (by - y)) / d;
  const v = ((cx - x) * (ay - y) - (ax - x) * (cy - y)) / d;
  return u >= 0 && v >= 0 && u + v <= 1 ? 1 : 0;
}

/** A closing quotation mark (two dots with tails) inside the bubble. */
function quote(x: number, y: number): number {
  for (const ox of [0.34, 0.62]) {
    if ((x - ox) ** 2 + (y - 0.36) ** 2 <= 0.1 ** 2) return 1;
    // tail: a slanted wedge below each dot
    const t = (y - 0.36) / 0.22;
    if (t >= 0 && t <= 1) {
      const cx = ox + 0.05 - t * 0.1;
      if (Math.abs(x - cx) <= 0.06 * (1 - t) + 0.01) return 1;
    }
  }
  return 0;
}

function underline(x: number, y: number): number {
  return x >= 0.22 && x <= 0.78 && y >= 0.6 && y <= 0.66 ? 1 : 0;
}

function render(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const ss = 4; // supersampling per axis
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size;
          const v = (y + (sy + 0.5) / ss) / size;
          let colour: Rgb | null = null;
          if (bubble(u, v)) colour = quote(u, v) ? MARK : size >= 32 && underline(u, v) ? ACCENT : BUBBLE;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, size, px);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
  mkdirSync(out, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `icon-${size}.png`), render(size));
  console.log(`icons written: 16, 32, 48, 128`);
}
