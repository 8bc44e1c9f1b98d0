import JSZip from 'jszip';

/** The workbook with one input cell's value replaced (the XML of its sheet edited, as a user's change is saved). */
export async function withInput(bytes: Uint8Array, sheetPath: string, address: string, value: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file(sheetPath) as JSZip.JSZipObject).async('string');
  const cell = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  if (!cell.test(xml)) throw new Error(`no cell ${address} in ${sheetPath}`);
  zip.file(sheetPath, xml.replace(cell, (_whole, attributes: string) => `<c r="${address}"${attributes.replace(/\st="[^"]*"/, '')}><v>${value}</v></c>`));
  return zip.generateAsync({ type: 'uint8array' });
}
