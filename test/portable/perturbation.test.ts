/**
 * Every model's inputs drive its portable copy, in English and Japanese: for each input cell,
 * the copy with that input changed as an analyst would change it is recomputed by LibreOffice
 * (an independent engine, no add-in), and every result cell equals the add-in's own workbook
 * calculation at the same inputs (tools/workbooks/calc.ts) to 1e-9 relative, text as text; and
 * every input moves at least one result of the copy. Only data reads and the simulated
 * HASHPRICE_FAN stay values in a copy; the ranges that still do though they compute are listed
 * below, model by model, and the list can only shrink.
 */
import ExcelJS from 'exceljs';
import { declarations } from '../../src/functions/registrations';
import { models } from '../../src/models';
import { locales } from '../../src/sheet/locale';
import { WorkbookPlan } from '../../src/models/plan';
import { dataReason } from '../../src/portable/native-tables';
import { makePortable } from '../../src/portable/portable-workbook';
import { functionRegistry, generateWorkbooks, GeneratedWorkbook, workbookFileName } from '../../tools/workbooks/build';
import { Computed } from '../../tools/workbooks/calc';
import { recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import {
  address, analystChange, calculateWithSpills, calledIds, difference, inRange, KeptRange, keptRanges, ModelInput, modelInputs,
  planWithInputs, plainValue, Position, readsFrom, resultCells, unitsByKey, withCellValue,
} from '../helpers/perturbation';

interface ModelExpectations {
  /**
   * The functions whose ranges the copy still keeps as values though they compute (no native
   * form yet), as its Provenance sheet lists them. A function whose ranges become live must
   * leave this list.
   */
  readonly stillFrozen: readonly string[];
  /**
   * Inputs not changed here, each with the reason: they feed only data reads or HASHPRICE_FAN,
   * or they act only in pairs that another test changes together in the copy.
   */
  readonly movesNoResult: Readonly<Record<string, string>>;
  /**
   * Inputs whose change shows a known difference between the copy and the add-in, each with
   * the defect: the difference must still show (a fixed one leaves this list).
   */
  readonly knownDefects: Readonly<Record<string, string>>;
  /**
   * Inputs whose change moves no result in the add-in's own calculation either, at the
   * model's bundled figures, each with the reason; checked, so an entry that starts to move
   * a result must leave this list.
   */
  readonly idleInTheAddIn: Readonly<Record<string, string>>;
}

const feedsDataReads = 'picks the bundled figures the data reads return; a copy keeps those figures as values';
const feedsTheFan = 'feeds only HASHPRICE_FAN, a simulation a copy keeps as values';

const overridePair =
  'a blank label/value row of the overrides range acts only when both are typed: test/portable/sotp-native.test.ts types pairs into the copy and compares with the add-in';

const noPipeline = "IREN's bundled figures have no pipeline MW, so the pipeline part is 0 at any multiple";
const noBtcHoldings = "IREN's bundled figures have no BTC holdings, so the BTC part is 0 at any price";

/** One entry a model, by its id (src/models). */
const expectations: Readonly<Record<string, ModelExpectations>> = {
  'mining-vs-ai': { stillFrozen: [], movesNoResult: {}, knownDefects: {}, idleInTheAddIn: {} },
  'breakeven-grid': { stillFrozen: [], movesNoResult: {}, knownDefects: {}, idleInTheAddIn: {} },
  'halving-path': { stillFrozen: [], movesNoResult: {}, knownDefects: {}, idleInTheAddIn: {} },
  'contract-underwriting': { stillFrozen: [], movesNoResult: {}, knownDefects: {}, idleInTheAddIn: {} },
  'lease-financing': {
    stillFrozen: [],
    movesNoResult: {},
    knownDefects: {
      river_bend_notes_balloon_share:
        "River Bend's notes are level: the add-in refuses a balloon share with them (the schedule is one #VALUE! cell); " +
        'the copy refuses it too, #VALUE! in every data cell, but keeps its header row as text',
      cash_sweep_share:
        'a sweep is computed in a copy only where each lease year is one row of the table (a build of whole years); ' +
        "River Bend's 18-month build splits its lease years over two rows, so with a sweep the copy's table shows #N/A instead of figures",
    },
    idleInTheAddIn: {
      lockup_dscr:
        "every year's DSCR, 1.98x in the prefilled deal and 1.75x or more at every point of the grid (loan-to-cost caps the debt), " +
        'is above a lock-up of 1.15x or 1.44x: no distribution is held back',
    },
  },
  'company-comparison': { stillFrozen: [], movesNoResult: { as_of_date: feedsDataReads }, knownDefects: {}, idleInTheAddIn: {} },
  'fleet-payback': {
    stillFrozen: [],
    movesNoResult: { asic_model: feedsDataReads, annual_btc_volatility: feedsTheFan, paths: feedsTheFan, seed: feedsTheFan },
    knownDefects: {},
    idleInTheAddIn: {},
  },
  sotp: {
    stillFrozen: [],
    movesNoResult: {
      ticker: feedsDataReads,
      as_of_date: feedsDataReads,
      ...Object.fromEntries([1, 2, 3, 4].flatMap((row) => [[`override_label_${row}`, overridePair], [`override_value_${row}`, overridePair]])),
    },
    knownDefects: {},
    idleInTheAddIn: {
      football_low_pipeline: noPipeline,
      football_high_pipeline: noPipeline,
      grid_btc_1: noBtcHoldings,
      grid_btc_2: noBtcHoldings,
      grid_btc_3: noBtcHoldings,
    },
  },
};

/** The functions whose values a copy keeps by design: the reads of bundled data, and the simulated fan. */
const dataReads = ['COMPANY', 'COMPANIES', 'CONTRACTS', 'NOTES', 'ASIC', 'NETWORK', 'COMPANY_CARD'];
const keptByDesign = new Set([...dataReads, 'HASHPRICE_FAN']);

/** The functions that keep a range as values though they compute (none for a data read or the fan). */
function frozenBy(range: KeptRange): string[] {
  if (range.why === dataReason) return []; // the bundled figures a native table (SOTP) keeps as data
  return calledIds(range.formula).filter((id) => !keptByDesign.has(id));
}

const options = { version: '0.0.0-test', date: '2026-11-30', declarations: new Map(declarations.map((d) => [d.id, d])) };
const tolerance = 1e-9;
/** A result "moves" when it changes by more than rounding. */
const moved = 1e-12;

const fileNames = models.flatMap((model) => locales.map((locale) => ({ file: workbookFileName(model, locale), model: model.id })));

let generated: Promise<GeneratedWorkbook[]> | undefined;
function workbook(file: string): Promise<GeneratedWorkbook> {
  generated ??= generateWorkbooks();
  return generated.then((all) => all.find((g) => g.fileName === file) as GeneratedWorkbook);
}

async function portableCopy(original: GeneratedWorkbook): Promise<{ bytes: Uint8Array; kept: KeptRange[] }> {
  const { bytes } = await makePortable(original.bytes, options);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(Buffer.from(bytes) as never);
  return { bytes, kept: keptRanges(read) };
}

describe("the portable copy's only values are data reads and HASHPRICE_FAN", () => {
  it('lists one entry for every model, and data reads that are functions reading bundled data', () => {
    expect(Object.keys(expectations).sort()).toEqual(models.map((m) => m.id).sort());
    for (const id of dataReads) expect({ id, bundledData: declarations.find((d) => d.id === id)?.bundledData }).toEqual({ id, bundledData: true });
  });

  it.each(fileNames)('$file', async ({ file, model }) => {
    const { kept } = await portableCopy(await workbook(file));
    const frozen = new Set(kept.flatMap(frozenBy));
    const listed = expectations[model].stillFrozen;
    const unlisted = [...frozen].filter((id) => !listed.includes(id)).map((id) => `${id}: ${kept.filter((r) => frozenBy(r).includes(id)).map((r) => r.range).join(' ')}`);
    const nowLive = listed.filter((id) => !frozen.has(id));
    expect({ file, 'kept as values though it computes': unlisted, 'listed as frozen but live now (take it off stillFrozen)': nowLive }).toEqual({
      file,
      'kept as values though it computes': [],
      'listed as frozen but live now (take it off stillFrozen)': [],
    });
  }, 60_000);
});

interface Variant {
  readonly name: string;
  readonly change?: { readonly input: ModelInput; readonly how: string; readonly from: unknown; readonly to: unknown };
  readonly expected: Computed;
}

function cellOf(book: ExcelJS.Workbook, at: Position): unknown {
  const cell = (book.getWorksheet(at.sheet) as ExcelJS.Worksheet).getCell(address(at));
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return cell.result;
  return value;
}

/**
 * The cells that only show an input (=its cell, as the lease workbook's sensitivity sheet shows
 * the first sheet's inputs): they follow it and compute nothing, so an input that moves only
 * them moves no result.
 */
function showsAnInput(plan: WorkbookPlan): (at: Position) => boolean {
  const key = (sheet: string, row: number, col: number) => `${sheet}!${row}:${col}`;
  const inputs = new Set(modelInputs(plan).map(({ sheet, input }) => key(sheet, input.row, input.col)));
  const shown = plan.sheets.flatMap((sheet) =>
    sheet.cells.filter((cell) => cell.formula?.kind === 'ref' && inputs.has(key(cell.formula.ref.sheet ?? sheet.name, cell.formula.ref.row, cell.formula.ref.col))).map((cell) => key(sheet.name, cell.row, cell.col)),
  );
  const echoes = new Set(shown);
  return (at) => echoes.has(key(at.sheet, at.row, at.col));
}

const registry = functionRegistry();
function calculate(plan: WorkbookPlan): Computed {
  return calculateWithSpills(plan, registry);
}

describe.each(fileNames)('$file: each input changed in the portable copy, recomputed by LibreOffice', ({ file, model }) => {
  const expectation = expectations[model];
  let variants: Variant[] = [];
  let recomputed: Map<string, ExcelJS.Workbook>;
  let compared: Position[] = [];
  let stillFrozenReads: (at: Position) => boolean;
  let plan: WorkbookPlan;

  beforeAll(async () => {
    const original = await workbook(file);
    plan = original.plan;
    const copy = await portableCopy(original);
    // Cells that read a range still frozen, or the fan, cannot follow the inputs in the copy.
    const stale = copy.kept.filter((range) => frozenBy(range).length > 0 || calledIds(range.formula).includes('HASHPRICE_FAN'));
    const readsStale = readsFrom(plan, stale);
    stillFrozenReads = readsFrom(plan, copy.kept.filter((range) => frozenBy(range).some((id) => expectation.stillFrozen.includes(id))));
    compared = resultCells(plan).filter((at) => !copy.kept.some((range) => inRange(range, at)) && !readsStale(at));

    const units = unitsByKey(original.model);
    const baseline = calculate(plan);
    variants = [{ name: 'as built', expected: baseline }];
    const files = new Map([['as built', await withoutCachedResults(copy.bytes)]]);
    for (const input of modelInputs(plan).filter(({ input: i }) => !(i.key in expectation.movesNoResult))) {
      const from = baseline.value(input.sheet, input.input.row, input.input.col);
      const { to, how } = analystChange({ ...input.input, unit: units.get(input.input.key) as string }, from);
      const name = `${input.input.key} ${how}`;
      variants.push({ name, change: { input, how, from, to }, expected: calculate(planWithInputs(plan, input.sheet, [[input.input, to]])) });
      files.set(name, await withoutCachedResults(await withCellValue(copy.bytes, input.sheet, address(input.input), to)));
    }
    recomputed = await recalculateFilesWithLibreOffice(files); // every variant of the model, in soffice runs of a few files each
  }, 1_800_000);

  it('recomputes every result cell to the add-in value at the same inputs (1e-9, text as text)', () => {
    const mismatches: string[] = [];
    const defectsGone: string[] = [];
    let cells = 0;
    for (const variant of variants) {
      const book = recomputed.get(variant.name) as ExcelJS.Workbook;
      const found: string[] = [];
      for (const at of compared) {
        const expected = variant.expected.value(at.sheet, at.row, at.col);
        const actual = cellOf(book, at);
        const differs = difference(expected, actual, tolerance);
        if (differs) found.push(`${variant.name}: ${at.sheet}!${address(at)} ${differs}`);
        cells++;
      }
      const key = variant.change?.input.input.key;
      if (key !== undefined && key in expectation.knownDefects) {
        if (found.length === 0) defectsGone.push(`${key} (take it off knownDefects)`);
        else console.info(`${file}: known defect, ${expectation.knownDefects[key]}:\n${found.slice(0, 5).join('\n')}`);
      } else {
        mismatches.push(...found);
      }
    }
    console.info(`${file}: ${variants.length - 1} inputs changed, ${compared.length} result cells compared in each of ${variants.length} copies (${cells} comparisons)`);
    expect(mismatches.slice(0, 30)).toEqual([]);
    expect(defectsGone).toEqual([]);
    expect(compared.length).toBeGreaterThan(0);
  });

  it('moves at least one result with every input (or only ranges still frozen), a cell that only shows an input not counted', () => {
    const base = recomputed.get('as built') as ExcelJS.Workbook;
    const baseline = variants[0].expected;
    const echo = showsAnInput(plan);
    const addInMoves = (variant: Variant, where: (at: Position) => boolean) =>
      resultCells(plan).some(
        (at) => where(at) && !echo(at) && difference(baseline.value(at.sheet, at.row, at.col), variant.expected.value(at.sheet, at.row, at.col), moved) !== undefined,
      );
    const still: string[] = [];
    const idle: string[] = [];
    const idleNoMore: string[] = [];
    for (const variant of variants.slice(1)) {
      const key = (variant.change as NonNullable<Variant['change']>).input.input.key;
      if (key in expectation.idleInTheAddIn) {
        if (addInMoves(variant, () => true)) idleNoMore.push(`${key} (take it off idleInTheAddIn)`);
        continue;
      }
      const book = recomputed.get(variant.name) as ExcelJS.Workbook;
      const moves = compared.some((at) => !echo(at) && difference(plainValue(cellOf(base, at)) as never, cellOf(book, at), moved) !== undefined);
      if (moves) continue;
      (addInMoves(variant, stillFrozenReads) ? still : idle).push(variant.name);
    }
    if (still.length > 0) console.info(`${file}: inputs that move only ranges still frozen: ${still.join('; ')}`);
    expect({ idle, idleNoMore }).toEqual({ idle: [], idleNoMore: [] });
  });

});
