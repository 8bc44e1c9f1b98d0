/**
 * A portable copy of an .xlsx file (`hashwatt portable`) at its edges, with a real workbook
 * written by exceljs and recomputed by LibreOffice: a sheet of the user's named "Provenance" is
 * left as it was and the copy's list goes on a sheet of another name, marked as the copy's;
 * text that looks like a number, a date, a boolean or a formula stays text; long sheet names
 * that agree in their first 20 characters keep their formulas.
 */
import ExcelJS from 'exceljs';
import { declarations } from '../../src/functions/registrations';
import { makePortable } from '../../src/portable/portable-workbook';
import { provenanceHeader } from '../../src/portable/provenance';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';

const options = { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) };
const base = 'Hashprice scenario 2026 base';
const bear = 'Hashprice scenario 2026 bear';
const texts = ['0012', '1/2', 'TRUE', '=B1*2', '12%', '2026-01-12'];

async function userWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const mine = workbook.addWorksheet('Provenance');
  mine.getCell('A1').value = 'Where my numbers come from';
  mine.getCell('A2').value = 'the 10-K';
  const inputs = workbook.addWorksheet('Inputs');
  texts.forEach((text, i) => (inputs.getCell(`A${i + 1}`).value = text));
  workbook.addWorksheet(base).getCell('A1').value = 91132;
  workbook.addWorksheet(bear).getCell('A1').value = 45566;
  const model = workbook.addWorksheet('Model');
  model.getCell('B1').value = { formula: 'MINER.COMPANY("IREN","name")', result: 'IREN' };
  model.getCell('B2').value = { formula: `'${base}'!A1-'${bear}'!A1`, result: 45566 };
  model.getCell('B3').value = { formula: 'Provenance!A2', result: 'the 10-K' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a portable copy of a file, at its edges', () => {
  let computed: ExcelJS.Workbook;

  beforeAll(async () => {
    const portable = await makePortable(await userWorkbook(), options);
    const recomputed = await recalculateFilesWithLibreOffice(new Map([['copy', await withoutCachedResults(portable.bytes)]]));
    computed = recomputed.get('copy') as ExcelJS.Workbook;
  }, libreOfficeTimeoutMs);

  it("leaves the user's Provenance sheet as it was and lists the frozen ranges on Provenance (2), marked as the copy's", () => {
    expect(computed.worksheets.map((sheet) => sheet.name)).toEqual(['Provenance', 'Inputs', base, bear, 'Model', 'Provenance (2)']);
    const mine = computed.getWorksheet('Provenance') as ExcelJS.Worksheet;
    expect([mine.getCell('A1').value, mine.getCell('A2').value, mine.getCell('B1').value]).toEqual(['Where my numbers come from', 'the 10-K', null]);
    const list = computed.getWorksheet('Provenance (2)') as ExcelJS.Worksheet;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(provenanceHeader);
    expect(list.getCell('C2').value).toBe('=MINER.COMPANY("IREN","name")');
    expect(computedValue((computed.getWorksheet('Model') as ExcelJS.Worksheet).getCell('B3'))).toBe('the 10-K');
  });

  it('keeps text cells text, and the formulas over two long sheet names with a common prefix compute', () => {
    const inputs = computed.getWorksheet('Inputs') as ExcelJS.Worksheet;
    expect(texts.map((_, i) => inputs.getCell(`A${i + 1}`).value)).toEqual(texts);
    expect(computedValue((computed.getWorksheet('Model') as ExcelJS.Worksheet).getCell('B2'))).toBe(45566);
  });
});
