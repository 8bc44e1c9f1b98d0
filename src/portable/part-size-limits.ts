/**
 * Size limits on the parts of an .xlsx package that a portable copy inflates and reads (its
 * XML: sheets, shared strings, the workbook, relationships). A package is a zip, and a few
 * hundred kilobytes of zip can inflate to gigabytes: the sizes its central directory declares
 * are checked before anything is inflated, and the inflation itself stops at the limit, so a
 * directory that lies about a size cannot get further. Other parts (images, charts' media) are
 * copied compressed and never inflated, so no limit applies to them.
 */

/** The most one XML part may inflate to. */
export const maxPartBytes = 64 * 1024 * 1024;
/** The most all XML parts together may inflate to. */
export const maxXmlBytes = 256 * 1024 * 1024;

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export class PartTooLarge extends Error {}

export function partTooLarge(path: string, bytes: number | undefined, limit = maxPartBytes): PartTooLarge {
  const size = bytes === undefined ? 'more than that' : bytes >= 0xffffffff ? 'at least 4 GB' : megabytes(bytes);
  return new PartTooLarge(`its part ${path} inflates to ${size}, over the limit of ${megabytes(limit)} a part (a damaged file, or a zip bomb)`);
}

/** One entry of a zip's central directory: its name and the sizes it declares. */
export interface ZipEntry {
  readonly path: string;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
}

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;

/**
 * The entries of a zip's central directory, read from the end of the file (the End Of
 * Central Directory record). Returns undefined when the bytes are no zip: the caller's zip
 * reader then says why. A zip64 size (0xFFFFFFFF) stands as 4 GB, over every limit.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntry) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      path: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedBytes: view.getUint32(at + 20, true),
      uncompressedBytes: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Whether a portable copy inflates this part (its XML); media are copied compressed. */
export function isReadPart(path: string): boolean {
  return /\.(xml|rels)$/i.test(path);
}

/** Throws PartTooLarge when the directory declares an XML part, or all of them, over the limits. */
export function checkDeclaredSizes(bytes: Uint8Array): void {
  const entries = zipDirectory(bytes);
  if (!entries) return;
  let total = 0;
  for (const entry of entries.filter((e) => isReadPart(e.path))) {
    if (entry.uncompressedBytes > maxPartBytes) throw partTooLarge(entry.path, entry.uncompressedBytes);
    total += entry.uncompressedBytes;
  }
  if (total > maxXmlBytes) {
    throw new PartTooLarge(`its XML parts inflate to ${megabytes(total)} together, over the limit of ${megabytes(maxXmlBytes)} (a damaged file, or a zip bomb)`);
  }
}
