// Draws the add-in's icons (ribbon buttons at 16, 32 and 80 pixels, the add-in at 32 and 64) as
// PNG files next to this script. Shapes are described in a 0..1 square and supersampled, so every
// size comes from the same drawing. Run `node excel-addin/assets/make-icons.js` after a change;
// the PNGs are committed.

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GREEN = [33, 115, 70];
const WHITE = [255, 255, 255];

/** Distance from p to the segment ab. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const line = (points, width) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    if (segment(x, y, points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]) <= width / 2) return true;
  }
  return false;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const any = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

/** A rounded green tile. */
function tile(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && Math.hypot(x - cx, y - cy) <= r;
}

const GLYPHS = {
  check: line([[0.22, 0.52], [0.42, 0.72], [0.78, 0.3]], 0.13),
  summary: any(rect(0.2, 0.55, 0.32, 0.78), rect(0.44, 0.38, 0.56, 0.78), rect(0.68, 0.24, 0.8, 0.78)),
  clear: any(line([[0.28, 0.28], [0.72, 0.72]], 0.13), line([[0.72, 0.28], [0.28, 0.72]], 0.13)),
  template: any(
    rect(0.2, 0.22, 0.8, 0.3), rect(0.2, 0.46, 0.8, 0.52), rect(0.2, 0.7, 0.8, 0.78),
    rect(0.2, 0.22, 0.27, 0.78), rect(0.46, 0.22, 0.52, 0.78), rect(0.73, 0.22, 0.8, 0.78),
  ),
};

function draw(glyph, size) {
  const n = 4; // 4x4 samples a pixel
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (tile(x, y)) glyph(x, y) ? fg++ : bg++;
        }
      }
      const cover = (bg + fg) / (n * n);
      const mix = fg / Math.max(1, bg + fg);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - mix) + WHITE[c] * mix);
      rgba[i + 3] = Math.round(cover * 255);
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = __dirname;
for (const [name, glyph] of Object.entries(GLYPHS)) {
  for (const size of [16, 32, 80]) fs.writeFileSync(path.join(out, `${name}-${size}.png`), draw(glyph, size));
}
for (const size of [32, 64]) fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(GLYPHS.check, size));
