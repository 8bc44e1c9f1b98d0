/**
 * "Make a portable copy": the workbook's sheets copied, through the workbook gateway, into
 * new sheets "<name> (portable)" that compute without the add-in (src/portable: closed forms
 * rewritten as native formulas, the rest kept as values) and a Provenance sheet listing what
 * was kept as values (each such cell filled in the "kept as values" colour, as in a file's
 * copy). The original sheets are only read; existing copies are rewritten in
 * place (so what refers to them keeps working) only when the user confirms.
 */
import { declarationsById as byId } from '../../functions/registry';
import { boxAddress, columnLetters } from '../../sheet/a1';
import { copiedSheets, planPortableSheets, PortablePlan, SheetContent, SpillSize } from '../../portable/portable-sheets';
import { excelFunction } from '../../functions/excel-function';
import { frozenFillRgb, textColumnWidths } from '../../portable/provenance';
import type { PaneContext } from '../pane-context';
import { writeToWorkbook } from '../workbook/gateway';
import { notWrittenMessage } from '../workbook/messages';
import { addInVersion } from '../version';
import type { SheetWrite } from '../workbook/plan';
import { ModelsStrings, sheetList } from './strings';

export type PortableOutcome =
  | { readonly status: 'made'; readonly sheets: readonly string[]; readonly nativeCells: number; readonly frozen: number }
  | { readonly status: 'empty' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };


/** A spilled call's size on the values its arguments had: the function run again, here in the pane. */
const spillSize: SpillSize = (id, args) => {
  const declaration = byId.get(id);
  if (!declaration) return undefined;
  try {
    const table = excelFunction(declaration)(...args);
    return Array.isArray(table) && Array.isArray(table[0]) ? { rows: table.length, cols: table[0].length } : undefined;
  } catch {
    return undefined; // arguments it refuses: the table stays as its values
  }
};

/** Every sheet's name, and each copied sheet's used range (formulas, values, number formats), read in one batch. */
async function readSheets(context: Excel.RequestContext): Promise<{ names: string[]; contents: SheetContent[] }> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const ranges = copiedSheets(names).map((name) => ({
    name,
    range: context.workbook.worksheets.getItem(name).getUsedRange().load('address,formulas,values,numberFormat'),
  }));
  await context.sync();
  const contents = ranges.map(({ name, range }) => ({ name, address: range.address, formulas: range.formulas, values: range.values, numberFormat: range.numberFormat }));
  return { names, contents };
}

/** Points per character of a column's width (Excel's default column, 8.43 characters, is 48 points). */
const pointsPerCharacter = 48 / 8.43;

function sheetWrites(plan: PortablePlan): SheetWrite[] {
  const copies: SheetWrite[] = plan.sheets.map((copy) => ({
    name: copy.name,
    tables: [],
    ranges: [copy.address],
    whole: true,
    build: (sheet: Excel.Worksheet) => {
      const range = sheet.getRange(copy.address);
      range.numberFormat = copy.numberFormat;
      range.formulas = copy.formulas;
    },
    // What was kept as values shows on the sheet itself, in the fill the file copies use.
    style: (sheet: Excel.Worksheet) => {
      for (const frozen of plan.frozen.filter((f) => f.sheet === copy.source)) sheet.getRange(frozen.range).format.fill.color = `#${frozenFillRgb.slice(2)}`;
    },
  }));
  const { rows, numberFormat } = plan.provenance;
  const provenanceAddress = boxAddress({ left: 0, top: 1, right: rows[0].length - 1, bottom: rows.length });
  const provenance: SheetWrite = {
    name: plan.provenance.name,
    tables: [],
    ranges: [provenanceAddress],
    whole: true,
    build: (sheet: Excel.Worksheet) => {
      const range = sheet.getRange(provenanceAddress);
      range.numberFormat = numberFormat;
      range.values = rows;
    },
    style: (sheet: Excel.Worksheet) => {
      textColumnWidths(rows).forEach((chars, c) => {
        const column = columnLetters(c);
        sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(chars * pointsPerCharacter);
      });
    },
  };
  return [...copies, provenance];
}

/** Today's date as the copy's stamp: the pane's clock, read here and nowhere in the core. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function makePortableCopy(pane: PaneContext, strings: ModelsStrings, version = addInVersion): Promise<PortableOutcome> {
  let plan: PortablePlan;
  try {
    const { names, contents } = await pane.runExcel((context) => readSheets(context));
    plan = planPortableSheets(contents, byId, { version, date: today() }, names, spillSize);
    if (plan.sheets.length === 0) return { status: 'empty' };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const writes = sheetWrites(plan);
  const outcome = await writeToWorkbook(pane, {
    prepare: () => ({ sheets: writes, names: [], activate: plan.provenance.name }),
    confirm: (conflicts) => pane.confirm(strings.say('replacePortableQuestion', { sheets: sheetList(conflicts.sheets, pane.locale) }), strings.say('replaceLabel')),
  });
  switch (outcome.status) {
    case 'written':
      return { status: 'made', sheets: writes.map((write) => write.name), nativeCells: plan.nativeCells, frozen: plan.frozen.length };
    case 'cancelled':
      return { status: 'cancelled' };
    default:
      return { status: 'failed', message: notWrittenMessage(pane.locale, outcome) };
  }
}
