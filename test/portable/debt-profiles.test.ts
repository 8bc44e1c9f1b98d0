/**
 * DEBT_SCHEDULE's level and balloon profiles against LibreOffice's own PMT, IPMT and PPMT (an
 * independent engine), in a workbook whose formula cells LibreOffice computes. A balloon is
 * Excel's future value: PMT(rate, n, −principal, principal × balloon_share) is the level
 * payment, and the tenor's principal is PPMT's plus the balloon.
 */
import ExcelJS from 'exceljs';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { miner } from '../helpers/miner';
import { expectClose } from '../helpers/tolerance';

type Table = (number | string)[][];
const cases = [
  { name: 'level', principal: 2_082_500_000, rate: 0.06192, tenor: 17, share: 0 },
  { name: 'balloon', principal: 1_733_000_000, rate: 0.07125, tenor: 5, share: 0.6 },
  { name: 'balloon_small', principal: 1000, rate: 0.1, tenor: 2, share: 0.4 },
] as const;

describe("DEBT_SCHEDULE's level and balloon profiles equal LibreOffice's PMT, IPMT and PPMT", () => {
  jest.setTimeout(libreOfficeTimeoutMs + 30_000);

  it('year by year: debt service, interest and principal', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const { name, principal, rate, tenor, share } of cases) {
      const sheet = workbook.addWorksheet(name);
      const fv = principal * share;
      for (let t = 1; t <= tenor; t++) {
        sheet.getCell(t, 1).value = { formula: `PMT(${rate},${tenor},${-principal},${fv})` } as ExcelJS.CellFormulaValue;
        sheet.getCell(t, 2).value = { formula: `IPMT(${rate},${t},${tenor},${-principal},${fv})` } as ExcelJS.CellFormulaValue;
        sheet.getCell(t, 3).value = { formula: `PPMT(${rate},${t},${tenor},${-principal},${fv})` } as ExcelJS.CellFormulaValue;
      }
    }
    const computed = await recalculateWithLibreOffice(workbook);
    for (const { name, principal, rate, tenor, share } of cases) {
      const sheet = computed.getWorksheet(name) as ExcelJS.Worksheet;
      const table = miner.DEBT_SCHEDULE(principal, rate, tenor, null, false, name === 'level' ? 'level' : 'balloon', share) as Table;
      const balloon = principal * share;
      table.forEach((row, index) => {
        const t = index + 1;
        const atTenor = t === tenor ? balloon : 0;
        expectClose((row[4] as number) - atTenor, computedValue(sheet.getCell(t, 1)) as number, 1e-12);
        expectClose(row[2] as number, computedValue(sheet.getCell(t, 2)) as number, 1e-12);
        expectClose((row[3] as number) - atTenor, computedValue(sheet.getCell(t, 3)) as number, 1e-12);
      });
    }
  });
});
