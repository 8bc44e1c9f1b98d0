/**
 * "The math behind a cell": `hashwatt explain` gives, for the recorded seeded samples of every
 * function that has a native formula, a formula that LibreOffice (an independent spreadsheet
 * engine) computes to the add-in's own value; data look-ups name their figure's date and
 * source; spilled tables say they have no single formula. The command runs in this process
 * (run() of src/cli/main.ts, what bin/hashwatt.js runs) on the words a user types, and once as
 * a real process.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import path from 'path';
import { catalogue } from '../../src/catalogue';
import { exampleValues } from '../../src/catalogue/example';
import { nativeFormulaOf, nativeTableRowOf } from '../../src/catalogue/native-forms';
import { run } from '../../src/cli/main';
import { declarations } from '../../src/functions/registrations';
import { callFormula, explainFormula } from '../../src/portable/explain';
import { formulaLiteral } from '../../src/portable/formula-literal';
import { asSerial, computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { recordedCalls } from '../helpers/recorded-cases';
import { expectClose } from '../helpers/tolerance';
import { expectCell } from '../helpers/expect-cell';
import { leaseSummaryLabels } from '../../src/core/underwriting/lease-summary';

/** Samples per function sent to LibreOffice: the first recorded calls within the function's domain (many CONVERSION_* samples are not: a build or horizon that is not a whole number). */
const samplesPerFunction = 40;

const byId = new Map(declarations.map((declaration) => [declaration.id, declaration]));
const withNative = catalogue.filter((entry) => nativeFormulaOf(entry.declaration)).map((entry) => entry.declaration.id);

/** A value as the word a user types for it on the command line. */
function word(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

interface Explained {
  function: string;
  call: string;
  formula?: string;
  anchor?: string;
  rows?: { cell: string; formula: string }[][];
  source?: string;
  as_of?: string;
  no_formula?: string;
  result?: unknown;
  error?: { code: string; message: string };
}

function explain(...words: string[]): Explained {
  const outcome = run(['explain', '--json', ...words]);
  expect(outcome.stderr).toBe('');
  return JSON.parse(outcome.stdout) as Explained;
}

describe('formula literals', () => {
  it('write numbers in round-trip digits, text quoted, booleans and ranges as array constants', () => {
    expect(formulaLiteral(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formulaLiteral(1e-7)).toBe('1E-7');
    expect(formulaLiteral(-5)).toBe('-5');
    expect(formulaLiteral('say "hi"')).toBe('"say ""hi"""');
    expect(formulaLiteral(true)).toBe('TRUE');
    expect(formulaLiteral([[1, 2], [3, null]])).toBe('{1,2;3,0}');
    expect(() => formulaLiteral(Number.NaN)).toThrow('NaN has no formula literal');
  });

  it('leave blank arguments out of a call, so the native form writes the declared default', () => {
    expect(callFormula('HASHPRICE', [91132, 1048.5, null, 1050000])).toBe('MINER.HASHPRICE(91132,1048.5,,1050000)');
    expect(callFormula('HASHPRICE', [91132, 1048.5, null, null])).toBe('MINER.HASHPRICE(91132,1048.5)');
  });
});

describe('explaining a formula with cell references (what the pane shows)', () => {
  it('rewrites every call with the cell references kept, nested calls included', () => {
    const explained = explainFormula('=2*MINER.HASHPRICE(B5,MINER.CONVERT(B6,"PH/s","EH/s"))', byId, () => []);
    expect(explained.kind).toBe('native');
    expect(explained).toHaveProperty('formula', expect.stringMatching(/^=2\*\(B5\*.*B6.*\)$/));
  });

  it('names the source and date of a data look-up from its resolved arguments', () => {
    const explained = explainFormula('=MINER.NETWORK(A1)', byId, () => ['btc_price_usd']);
    expect(explained).toEqual({ kind: 'data', id: 'NETWORK', source: 'https://api.blockchain.info/stats', asOf: '2026-10-05' });
  });

  it('finds a data look-up nested inside a call that has a native form', () => {
    const explained = explainFormula('=MINER.HASHPRICE(MINER.NETWORK("btc_price_usd"),1000)', byId, () => ['btc_price_usd']);
    expect(explained).toMatchObject({ kind: 'data', id: 'NETWORK', asOf: '2026-10-05' });
  });

  it('says a spilled table has no single formula, and a formula without MINER.* is its own math', () => {
    // CFADS whose shape the formula's text does not say: no native form (src/catalogue/underwriting/cfads-operand.ts).
    expect(explainFormula('=MINER.DEBT_SCHEDULE(B1,B2,B3,INDEX(C1:D5,0,2))', byId, () => [])).toEqual({ kind: 'opaque', id: 'DEBT_SCHEDULE', reason: 'table' });
    expect(explainFormula('=SUM(A1:A3)', byId, () => [])).toEqual({ kind: 'plain' });
  });
});

describe('hashwatt explain', () => {
  it('prints the call, its native formula and its value, as a real process', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'hashwatt.js');
    const out = spawnSync(process.execPath, [bin, 'explain', 'HASHPRICE', '86303.18', '1000', '0.05'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(
      ['call: =MINER.HASHPRICE(86303.18,1000,0.05)', 'native formula: =(86303.18*(3.125+0.05)*144/(1000*1000))', 'value: 39.457813896', ''].join('\n'),
    );
  });

  it("gives a data look-up's date and source instead of a formula", () => {
    const out = run(['explain', 'NETWORK', 'btc_price_usd']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("value from the add-in's bundled data, as of 2026-10-05, source https://api.blockchain.info/stats");
    expect(out.stdout).toContain('value: 86303.18');
  });

  // A table function that has no native form yet, if any is left, with its catalogue example.
  const opaqueTable = catalogue.find((entry) => entry.declaration.result === 'table' && !nativeTableRowOf(entry.declaration) && !entry.declaration.bundledData);
  (opaqueTable ? it : it.skip)('says a spilled table without a native form has no single formula and still prints the table', () => {
    const { declaration, docs } = opaqueTable as NonNullable<typeof opaqueTable>;
    const out = run(['explain', declaration.id, ...exampleValues(docs.example).map(word)]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`MINER.${declaration.id} spills a table`);
    expect(out.stdout).toContain('value: ');
  });

  it("gives a debt schedule's first rows as formulas, the opening balance of the second the first's closing", () => {
    const explained = explain('DEBT_SCHEDULE', '1000', '0.05', '4');
    expect(explained.rows?.[1][1].formula).toBe('=IF(A3="","",F2)');
    expect(explained.result).toEqual(expect.arrayContaining([expect.arrayContaining(['opening_balance_usd'])]));
  });

  it('reports an unknown function, a wrong count and a refused value as the function would', () => {
    expect(run(['explain', 'HASHPRIC', '1'])).toMatchObject({ status: 1, stdout: '', stderr: expect.stringContaining('#NAME? unknown function HASHPRIC') });
    expect(run(['explain', 'HASHPRICE'])).toMatchObject({ status: 1, stderr: expect.stringContaining('HASHPRICE takes') });
    expect(run(['explain'])).toMatchObject({ status: 1, stderr: expect.stringContaining('name a function') });
    const refused = run(['explain', 'HASHPRICE', '91132', '-5']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('native formula: =');
    expect(refused.stdout).toContain('value: #VALUE! network_hashrate_ehs must be > 0 (got -5)');
  });

  it("gives a table's first rows as formulas, one a cell", () => {
    const explained = explain('HASHPRICE_PATH', '2026-03-20', '3', '70343.9', '957.7', '941472', '0.025');
    expect(explained.anchor).toBe('A1');
    expect(explained.rows?.map((row) => row.map((cell) => cell.cell))).toEqual([
      ['A2', 'B2', 'C2', 'D2', 'E2', 'F2'],
      ['A3', 'B3', 'C3', 'D3', 'E3', 'F3'],
    ]);
    expect(explained.rows?.[1][3].formula).toBe('=IF(1>=3,"",957.7*(1+0.025)^1)');
  });

  it('gives a table whose rows read one another whole: LEASE_SUMMARY, all eleven rows', () => {
    const words = ['LEASE_SUMMARY', '245', '128', '15', '0.03', '0.986', '10000000', '18', '0.85', '0.06192', '1.4'];
    const explained = explain(...words);
    expect(explained.rows?.map((row) => row[0].formula)).toEqual(leaseSummaryLabels.map(([label]) => `="${label}"`));
    // debt_usd's row is read by the rows above it (equity_irr's) and below it (equity_usd's)
    expect(explained.rows?.[0][1].formula).toContain('B7');
    expect(explained.rows?.[6][1].formula).toContain('B7');
    expect(run(['explain', ...words]).stdout).toContain('all its rows: they read one another');
  });

  describe('its table formulas, recomputed by LibreOffice on the recorded seeded samples', () => {
    // A table that reads bundled data (SOTP) has its native form in a copy, which holds the data; explain shows its data.
    const tableFunctions = catalogue.filter((entry) => nativeTableRowOf(entry.declaration) && !entry.declaration.bundledData).map((entry) => entry.declaration.id);
    const cases: { id: string; sheet: string; table: unknown[][]; rows: { cell: string; formula: string }[][] }[] = [];
    let computed: ExcelJS.Workbook;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      for (const recorded of recordedCalls().filter((r) => r.key === r.id && tableFunctions.includes(r.id))) {
        for (const args of recorded.calls) {
          if (cases.filter((c) => c.id === recorded.id).length === 8) break;
          const explained = explain(recorded.id, ...args.map(word));
          if (!Array.isArray(explained.result) || !explained.rows) continue;
          const sheet = workbook.addWorksheet(`${recorded.id.slice(0, 20)} ${cases.length}`);
          for (const cell of explained.rows.flat()) sheet.getCell(cell.cell).value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
          cases.push({ id: recorded.id, sheet: sheet.name, table: explained.result as unknown[][], rows: explained.rows });
        }
      }
      computed = await recalculateWithLibreOffice(workbook);
    }, libreOfficeTimeoutMs);

    it('covers every table function with a native form, each on 8 samples', () => {
      expect(tableFunctions).toEqual(expect.arrayContaining(['HASHPRICE_PATH', 'ASIC_CASHFLOWS', 'CONVERSION_CASHFLOWS']));
      for (const id of tableFunctions) expect({ id, cases: cases.filter((c) => c.id === id).length }).toEqual({ id, cases: 8 });
    });

    it('computes the first rows of the add-in table (numbers to 1e-9, a blank as blank)', () => {
      for (const { id, sheet, table, rows } of cases) {
        rows.forEach((row, r) =>
          row.forEach(({ cell, formula }, c) => {
            expectCell(computedValue((computed.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(cell)), table[r + 1][c], `${id} ${cell} ${formula}`);
          }),
        );
      }
    });
  });

  describe('its formulas, recomputed by LibreOffice on the recorded seeded samples', () => {
    const cases: { id: string; formula: string; expected: number; row: number }[] = [];
    let computed: ExcelJS.Worksheet;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('explain');
      for (const recorded of recordedCalls().filter((r) => r.key === r.id && withNative.includes(r.id))) {
        // The first samples inside the function's domain (many recorded samples draw tenors or builds that are not whole)
        let taken = 0;
        for (const args of recorded.calls) {
          if (taken === samplesPerFunction) break;
          const explained = explain(recorded.id, ...args.map(word));
          if (typeof explained.result !== 'number') continue; // outside the function's domain: nothing to compare
          if (explained.formula === undefined) throw new Error(`${explained.call} gave no formula`);
          const row = cases.length + 1;
          sheet.getCell(row, 1).value = { formula: explained.formula.slice(1) } as ExcelJS.CellFormulaValue;
          cases.push({ id: recorded.id, formula: explained.formula, expected: explained.result, row });
          taken++;
        }
      }
      computed = (await recalculateWithLibreOffice(workbook)).getWorksheet('explain') as ExcelJS.Worksheet;
    }, libreOfficeTimeoutMs);

    it('covers every function that has a native formula, each on as many samples within its domain', () => {
      expect(withNative).toEqual(expect.arrayContaining(['CONVERSION_NPV', 'CONVERSION_PAYBACK_YEARS']));
      const counts = withNative.map((id) => cases.filter((c) => c.id === id).length);
      expect(Math.min(...counts)).toBe(samplesPerFunction);
    });

    it.each(withNative)('MINER.%s: LibreOffice computes the add-in value to 1e-9', (id) => {
      for (const { formula, expected, row } of cases.filter((c) => c.id === id)) {
        const actual = computedValue(computed.getCell(row, 1));
        try {
          expectClose(actual as number, expected, 1e-9);
        } catch (error) {
          throw new Error(`${id} row ${row}, ${formula}: ${(error as Error).message}`);
        }
      }
    });
  });
});
