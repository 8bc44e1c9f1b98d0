/**
 * The Excel side of "Insert": read which sheets and names the workbook has, link the model's
 * inputs to an inserted preset's names when asked, ask before replacing a sheet of the same
 * name (never over one silently), then write the model's sheets in one batch. Other sheets
 * are never touched.
 */
import { listPresets } from '../../core/data/presets';
import type { Locale } from '../../models/locale';
import type { PaneContext } from '../pane-context';
import { figureName } from '../presets/plan';
import type { ModelDefinition } from '../../models';
import { columnLetters } from '../../models/a1';
import { officeWrites, OfficeSheet } from './office-plan';
import { ModelsStrings, sheetList } from './strings';

export interface ModelWorkbookState {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

export interface PresetLink {
  readonly ticker: string;
  /** Input key -> defined name (IREN_FLEET_EFFICIENCY_J_PER_TH). */
  readonly links: Readonly<Record<string, string>>;
}

export type InsertOutcome =
  | { readonly status: 'inserted'; readonly sheets: readonly string[]; readonly link?: PresetLink }
  | { readonly status: 'cancelled'; readonly sheets: readonly string[] }
  | { readonly status: 'failed'; readonly message: string };

export async function readModelWorkbookState(context: Excel.RequestContext): Promise<ModelWorkbookState> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  return { sheets: sheets.items.map((s) => s.name), names: names.items.map((n) => n.name) };
}

/** The presets in the workbook a model's inputs can follow, with the names each input would refer to. */
export function presetLinks(model: ModelDefinition, names: readonly string[]): PresetLink[] {
  const present = new Set(names.map((n) => n.toUpperCase()));
  return listPresets()
    .map((preset) => {
      const links: Record<string, string> = {};
      for (const input of model.linkable) {
        const name = figureName(preset.ticker, input.field);
        if (present.has(name.toUpperCase())) links[input.key] = name;
      }
      return { ticker: preset.ticker, links };
    })
    .filter((link) => Object.keys(link.links).length > 0);
}

/** The model's sheets the workbook already has (sheet names are compared as Excel does, ignoring case). */
export function existingSheets(writes: readonly OfficeSheet[], state: ModelWorkbookState): string[] {
  const present = new Set(state.sheets.map((s) => s.toUpperCase()));
  return writes.filter((sheet) => present.has(sheet.name.toUpperCase())).map((sheet) => sheet.name);
}

const replacementSuffix = ' (new)';

function applyLook(range: Excel.Range, look: OfficeSheet['cells'][number]['look']): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.fontColor) range.format.font.color = `#${look.fontColor}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
  if (look.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
}

/** Writes the sheets in one batch; `replace` names sheets the user agreed to replace. */
export async function writeModelSheets(context: Excel.RequestContext, writes: readonly OfficeSheet[], replace: readonly string[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const replaced = new Set(replace.map((name) => name.toUpperCase()));
  let first: Excel.Worksheet | undefined;
  for (const plan of writes) {
    let sheet: Excel.Worksheet;
    if (replaced.has(plan.name.toUpperCase())) {
      // A workbook must keep a sheet: add the new one, delete the old, then take its name.
      sheet = worksheets.add(plan.name + replacementSuffix);
      worksheets.getItem(plan.name).delete();
      sheet.name = plan.name;
    } else {
      sheet = worksheets.add(plan.name);
    }
    first = first ?? sheet;
    plan.columnWidths.forEach((width, i) => {
      sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = width;
    });
    for (const { row, height } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
    for (const cell of plan.cells) {
      const range = sheet.getRange(cell.address);
      if (cell.formula !== undefined) range.formulas = [[cell.formula]];
      else if (cell.hyperlink !== undefined) range.hyperlink = { address: cell.hyperlink, textToDisplay: String(cell.value ?? cell.hyperlink) };
      else if (cell.value !== undefined) range.values = [[cell.value]];
      if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
      applyLook(range, cell.look);
    }
    for (const spill of plan.spillFormats) sheet.getRange(spill.address).numberFormat = spill.formats.map((row) => [...row]);
    for (const chartPlan of plan.charts) {
      const [firstSeries, ...others] = chartPlan.series;
      const chart = sheet.charts.add(firstSeries.type === 'bar' ? 'ColumnClustered' : 'Line', sheet.getRange(firstSeries.values), 'Columns');
      chart.title.text = chartPlan.title;
      chart.legend.position = 'Bottom';
      chart.setPosition(chartPlan.topLeft, chartPlan.bottomRight);
      const series0 = chart.series.getItemAt(0);
      series0.name = firstSeries.name;
      series0.setXAxisValues(sheet.getRange(chartPlan.categories));
      for (const other of others) {
        const series = chart.series.add(other.name);
        series.setValues(sheet.getRange(other.values));
        series.setXAxisValues(sheet.getRange(chartPlan.categories));
        series.chartType = other.type === 'bar' ? 'ColumnClustered' : 'Line';
      }
    }
  }
  first?.activate();
  await context.sync();
}

/**
 * Builds the model (in `locale`, linked to `ticker`'s preset names when they exist), asks
 * before replacing a sheet of the same name, and writes it. Never throws: an Excel failure
 * comes back as `failed` with its message.
 */
export async function insertModel(
  pane: PaneContext,
  model: ModelDefinition,
  options: { readonly locale: Locale; readonly ticker?: string },
  strings: ModelsStrings,
): Promise<InsertOutcome> {
  try {
    const state = await pane.runExcel(readModelWorkbookState);
    const link = options.ticker ? presetLinks(model, state.names).find((l) => l.ticker === options.ticker) : undefined;
    const writes = officeWrites(model.build({ locale: options.locale, links: link?.links }));
    const sheets = writes.map((sheet) => sheet.name);
    const existing = existingSheets(writes, state);
    if (existing.length > 0) {
      const agreed = await pane.confirm(strings.say('replaceQuestion', { sheets: sheetList(existing, pane.locale) }), strings.say('replaceLabel'));
      if (!agreed) return { status: 'cancelled', sheets: existing };
    }
    await pane.runExcel((context) => writeModelSheets(context, writes, existing));
    return { status: 'inserted', sheets, link };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
