/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128/192.png): an amber square with a dark
 * lightning bolt, the "hash meets watt" mark; and the app package's outline icon
 * (assets/outline-32.png: the bolt in white on transparent, as Microsoft 365 asks). Pure Node (zlib), so no image tool is needed.
 * Run once with `node scripts/make-icons.js`; the PNGs are committed.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const i = y * (size * 4 + 1) + 1 + x * 4;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a polygon (even-odd rule). */
function inside(points, x, y) {
  let result = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

const bolt = [[0.58, 0.1], [0.26, 0.56], [0.48, 0.56], [0.4, 0.9], [0.74, 0.42], [0.52, 0.42]];

function pixel(x, y) {
  const corner = 0.16;
  const dx = Math.max(corner - x, 0, x - (1 - corner));
  const dy = Math.max(corner - y, 0, y - (1 - corner));
  if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
  if (inside(bolt, x, y)) return [32, 33, 36, 255];
  return [247, 147, 26, 255];
}

function outlinePixel(x, y) {
  return inside(bolt, x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0];
}

for (const size of [16, 32, 64, 80, 128, 192]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size, pixel));
}
fs.writeFileSync(path.join(__dirname, '..', 'assets', 'outline-32.png'), png(32, outlinePixel));
