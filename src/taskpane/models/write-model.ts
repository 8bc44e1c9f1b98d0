/**
 * "Insert": through the workbook gateway, link the model's inputs to an inserted preset's
 * names when asked and its network inputs to the pane's NET_* names when they exist, ask before replacing a sheet of the same name (never over one silently),
 * then write the model's sheets (one that exists is updated in place). Other sheets are never touched.
 */
import { listPresets } from '../../core/data/presets';
import type { Locale } from '../../sheet/locale';
import type { PaneContext } from '../pane-context';
import { figureName } from '../presets/plan';
import type { ModelDefinition } from '../../models';
import { networkLinks } from '../../models/network-inputs';
import { writeToWorkbook } from '../workbook/gateway';
import { notWrittenMessage } from '../workbook/messages';
import type { SheetWrite, WorkbookWrite } from '../workbook/plan';
import { buildModelSheet, styleModelSheet } from './model-sheet';
import { OfficeSheet, officeWrites } from './office-plan';
import { ModelsStrings, areaList, sheetList } from './strings';

export interface PresetLink {
  readonly ticker: string;
  /** Input key -> defined name (IREN_FLEET_EFFICIENCY_J_PER_TH). */
  readonly links: Readonly<Record<string, string>>;
}

export type InsertOutcome =
  | { readonly status: 'inserted'; readonly sheets: readonly string[]; readonly link?: PresetLink; readonly replaced?: boolean }
  | { readonly status: 'cancelled'; readonly sheets: readonly string[] }
  | { readonly status: 'failed'; readonly message: string };

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

/** A model sheet as the gateway writes it: its cells, the ranges its formulas spill into, its own charts. */
function modelSheetWrite(plan: OfficeSheet): SheetWrite {
  return {
    name: plan.name,
    tables: [],
    ranges: plan.cells.map((cell) => cell.address),
    empty: plan.spillFormats.map((spill) => spill.address),
    chartTitles: plan.charts.map((chart) => chart.title),
    build: (sheet) => buildModelSheet(sheet, plan),
    style: (sheet) => styleModelSheet(sheet, plan),
  };
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
  let link: PresetLink | undefined;
  let sheetNames: string[] = [];
  const prepare = (names: readonly string[]): WorkbookWrite => {
    link = options.ticker ? presetLinks(model, names).find((l) => l.ticker === options.ticker) : undefined;
    // Today's network inputs follow the Network sheet the pane wrote (NET_* names), when there is one.
    const links = { ...networkLinks(names), ...link?.links };
    const writes = officeWrites(model.build({ locale: options.locale, links, ticker: link?.ticker }));
    sheetNames = writes.map((plan) => plan.name);
    const sheets = writes.map(modelSheetWrite);
    return { sheets, names: [], activate: writes[0]?.name };
  };
  const outcome = await writeToWorkbook(pane, {
    prepare: (state) => prepare(Object.keys(state.names)),
    confirm: (conflicts) =>
      pane.confirm(strings.say('replaceQuestion', { sheets: sheetList(conflicts.sheets, pane.locale), areas: areaList(conflicts.areas, pane.locale) }), strings.say('replaceLabel')),
  });
  switch (outcome.status) {
    case 'written':
      return { status: 'inserted', sheets: sheetNames, link, ...(outcome.replaced ? { replaced: true } : {}) };
    case 'cancelled':
      return { status: 'cancelled', sheets: outcome.conflicts.sheets };
    default:
      return { status: 'failed', message: notWrittenMessage(pane.locale, outcome) };
  }
}
