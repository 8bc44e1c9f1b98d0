/**
 * Zip bombs made from a real .xlsx: every part of the workbook as it was (stored), and one
 * worksheet part that is a small stream of deflate inflating to hundreds of megabytes of
 * spaces. The central directory declares the true size, or (lying) a small one. Written by
 * hand because a zip library would inflate or hold the whole part to write it.
 */
import JSZip from 'jszip';
import * as zlib from 'zlib';

interface Entry {
  readonly path: string;
  readonly method: 0 | 8;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** Deflates `bytes` spaces, a megabyte at a time, with their CRC-32. */
async function deflatedSpaces(bytes: number): Promise<{ data: Buffer; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (part: Buffer) => out.push(part));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < bytes; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, bytes - written));
    crc = zlib.crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), crc };
}

/** A zip record of `size` bytes with little-endian fields: [offset, width in bytes, value]. */
function record(size: number, fields: readonly [number, 2 | 4, number][]): Buffer {
  const buffer = Buffer.alloc(size);
  for (const [offset, width, value] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
  }
  return buffer;
}

function zip(entries: readonly Entry[], declaredSize: (entry: Entry) => number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    // method, CRC-32, compressed size, uncompressed size, name length: at these offsets in each record
    const [method, crc, compressed, size, nameLength] = [entry.method, entry.crc, entry.data.length, declaredSize(entry), name.length];
    const local = record(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, method], [14, 4, crc], [18, 4, compressed], [22, 4, size], [26, 2, nameLength]]);
    const central = record(46, [
      [0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, method], [16, 4, crc], [20, 4, compressed], [24, 4, size], [28, 2, nameLength], [42, 4, offset],
    ]);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, entries.length], [10, 2, entries.length], [12, 4, directory.length], [16, 4, offset]]);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The workbook with its part `bombPath` replaced by `inflatedBytes` of spaces; `lie` makes the
 * directory declare that part as 1 KB.
 */
export async function zipBomb(workbook: Uint8Array, bombPath: string, inflatedBytes: number, lie = false): Promise<Buffer> {
  const original = await JSZip.loadAsync(workbook);
  const entries: Entry[] = [];
  for (const path of Object.keys(original.files).filter((p) => !original.files[p].dir)) {
    if (path === bombPath) {
      const { data, crc } = await deflatedSpaces(inflatedBytes);
      entries.push({ path, method: 8, data, crc, size: inflatedBytes });
    } else {
      const data = await (original.file(path) as JSZip.JSZipObject).async('nodebuffer');
      entries.push({ path, method: 0, data, crc: zlib.crc32(data), size: data.length });
    }
  }
  return zip(entries, (entry) => (lie && entry.path === bombPath ? 1024 : entry.size));
}
