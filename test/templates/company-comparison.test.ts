/**
 * The company comparison's contract totals: value, contracted IT MW, MW-years and value per
 * MW-year of term, computed the way Excel will from MINER.CONTRACTS's whole result, agree with
 * the bundled contracts summed by hand; they follow a contract added to a company's result (no
 * fixed range into the block below), and a company with no contract shows "–".
 */
import { listPresets } from '../../src/core/data/presets';
import { findModel } from '../../src/models';
import type { PlannedCell, WorkbookPlan } from '../../src/models/plan';
import type { CellValue } from '../../src/sheet/formula-tree';
import { computePlan, Registry } from '../../tools/workbooks/calc';
import { functionRegistry } from '../../tools/workbooks/build';
import { expectClose } from '../helpers/tolerance';

const plan: WorkbookPlan = (findModel('company-comparison') as NonNullable<ReturnType<typeof findModel>>).build({ locale: 'en' });
const sheet = plan.sheets[0];

/** The row of each ticker in the comparison table and the column of the contract value total. */
function tableLayout(): { rowOf: Map<string, number>; valueCol: number } {
  const valueHeader = sheet.cells.find((cell) => cell.value === 'Contract value (USD)') as PlannedCell;
  const rowOf = new Map(listPresets().map((preset, i) => [preset.ticker, valueHeader.row + 1 + i]));
  return { rowOf, valueCol: valueHeader.col };
}

function totalsOf(registry: Registry, ticker: string): CellValue[] {
  const { rowOf, valueCol } = tableLayout();
  const computed = computePlan(plan, registry);
  const row = rowOf.get(ticker) as number;
  return [0, 1, 2, 3].map((k) => computed.value(sheet.name, row, valueCol + k));
}

describe('company comparison: contract totals', () => {
  const registry = functionRegistry();

  it('sum each company\'s bundled contracts: value, IT MW, MW-years and value per MW-year of term', () => {
    let checked = 0;
    for (const preset of listPresets()) {
      const contracts = preset.contracts ?? [];
      const [value, mw, mwYears, perMwYear] = totalsOf(registry, preset.ticker);
      if (contracts.length === 0) {
        expect({ ticker: preset.ticker, totals: [value, mw, mwYears, perMwYear] }).toEqual({ ticker: preset.ticker, totals: ['–', '–', '–', '–'] });
        continue;
      }
      const byHand = {
        value: contracts.reduce((total, c) => total + c.contract_value_usd, 0),
        mw: contracts.reduce((total, c) => total + c.it_load_mw, 0),
        mwYears: contracts.reduce((total, c) => total + c.it_load_mw * c.term_years, 0),
      };
      expectClose(value as number, byHand.value, 1e-12);
      expectClose(mw as number, byHand.mw, 1e-12);
      expectClose(mwYears as number, byHand.mwYears, 1e-12);
      expectClose(perMwYear as number, byHand.value / byHand.mwYears, 1e-12);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('count a contract added to a company\'s result, with no range to widen', () => {
    const ticker = listPresets().find((preset) => (preset.contracts ?? []).length > 0)?.ticker as string;
    const before = totalsOf(registry, ticker) as number[];
    const contracts = registry('CONTRACTS') as (...args: unknown[]) => unknown[][];
    const extra = ['Test counterparty', 'colocation', 100, 2_000_000_000, 10, 2_000_000, 46000];
    const grown: Registry = (id) => (id === 'CONTRACTS' ? (...args: unknown[]) => [...contracts(...args), extra] : registry(id));
    const after = totalsOf(grown, ticker) as number[];
    expectClose(after[0], before[0] + 2_000_000_000, 1e-12);
    expectClose(after[1], before[1] + 100, 1e-12);
    expectClose(after[2], before[2] + 1000, 1e-12);
    expectClose(after[3], after[0] / after[2], 1e-12);
  });

  it('refer to no range of the contract blocks in any total', () => {
    const { valueCol } = tableLayout();
    const totals = sheet.cells.filter((cell) => cell.col >= valueCol && cell.col < valueCol + 4 && cell.formula);
    expect(totals.length).toBe(listPresets().length * 4);
    expect(JSON.stringify(totals.map((cell) => cell.formula))).not.toContain('"kind":"range"');
  });
});

describe('company comparison: numbers and their stand-ins line up', () => {
  it('right-aligns every figure cell that can show n/d or – in the written file, with its column’s number format', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ExcelJS = require('exceljs');
    const { generateWorkbooks } = await import('../../tools/workbooks/build');
    for (const locale of ['en', 'ja'] as const) {
      const file = (await generateWorkbooks()).find((w) => w.model.id === 'company-comparison' && w.locale === locale)!;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes);
      const written = workbook.worksheets[0];
      const planned = file.plan.sheets[0].cells.filter((cell) => cell.formula?.kind === 'builtin' && cell.formula.fn === 'IFERROR');
      expect(planned.length).toBeGreaterThan(listPresets().length * 10);
      const shown = new Set<string>();
      for (const cell of planned) {
        const target = written.getRow(cell.row + 1).getCell(cell.col + 1);
        expect({ at: target.address, horizontal: target.alignment?.horizontal, numFmt: target.numFmt }).toEqual({
          at: target.address,
          horizontal: 'right',
          numFmt: cell.numberFormat,
        });
        const result = (target.value as { result?: unknown }).result;
        if (typeof result === 'string') shown.add(result);
      }
      // Both stand-ins occur, so both are checked: n/d (not disclosed) and – (no contract).
      expect([...shown].sort()).toEqual(['n/d', '–']);
    }
  });
});
