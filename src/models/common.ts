/**
 * What every model shares: its options (language, inputs linked to inserted presets), its
 * catalogue entry, the legend and the sources the default inputs cite.
 */
import type { Locale } from '../sheet/locale';
import { WorkbookPlan } from './plan';
import { InputLinks, LegendText, SheetBuilder } from './sheet-builder';
import { sourceText } from './source-notes';
import { columnNames } from './column-names';

export interface ModelOptions {
  readonly locale: Locale;
  /** Input key -> defined name holding that figure (e.g. IREN_FLEET_EFFICIENCY_J_PER_TH). */
  readonly links?: Readonly<Record<string, string>>;
  /** The preset the links point to: a model laid out per company (the notes table) is laid out for it. */
  readonly ticker?: string;
}

/** An input that can follow a company preset's figure once that preset is in the workbook. */
export interface LinkableInput {
  readonly key: string;
  /** The preset field (data/presets) whose defined name the input refers to. */
  readonly field: string;
}

export interface ModelDefinition {
  readonly id: string;
  /** File name without extension; the Japanese variant adds `_ja`. */
  readonly fileName: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly summary: Readonly<Record<Locale, string>>;
  readonly linkable: readonly LinkableInput[];
  build(options: ModelOptions): WorkbookPlan;
}

export const legend: Readonly<Record<Locale, LegendText>> = {
  en: {
    input: 'Input: blue on yellow cells are yours to change',
    output: 'Computed by MINER.* functions (recalculate when the add-in loads)',
  },
  ja: {
    input: '入力：黄色地に青字のセルは自由に変更できます',
    output: 'MINER.* 関数による計算値（アドインの読み込み時に再計算）',
  },
};

/**
 * Units in Japanese where the English writes a word (share, years, per day, IT load); symbols
 * (USD, MW, kWh, EH/s, J/TH, BTC) read the same in both.
 */
const japaneseUnits: Readonly<Record<string, string>> = {
  share: '割合',
  'share/yr': '割合/年',
  'share/month': '割合/月',
  years: '年',
  months: 'か月',
  date: '日付',
  ticker: 'ティッカー',
  'TRUE/FALSE': '論理値',
  shares: '株',
  blocks: 'ブロック',
  difficulty: 'ディフィカルティ',
  x: '倍',
  '×': '倍',
  'gross/IT': '総電力/IT電力',
  'MW IT': 'MW（IT）',
  'USD/MW IT': 'USD/MW（IT）',
  'USD/MW-yr': 'USD/MW/年',
  'USD/yr': 'USD/年',
  'USD/kW-month': 'USD/kW/月',
  'USD/PH/day': 'USD/PH/日',
  'USD/GPU-hour': 'USD/GPU/時間',
  'BTC/block': 'BTC/ブロック',
  'share/year': '割合/年',
  'MW site / MW IT': 'MW（敷地）/MW（IT）',
  'USD/MW IT-yr': 'USD/MW（IT）/年',
  'USD/GPU-yr': 'USD/GPU/年',
  paths: '経路数',
  seed: 'シード',
};

export const unitText: Readonly<Record<Locale, (unit: string) => string>> = {
  en: (unit) => unit,
  ja: (unit) => japaneseUnits[unit] ?? unit,
};

export const linkedNote: Readonly<Record<Locale, (definedName: string) => string>> = {
  en: (definedName) => `Linked to the inserted preset: =${definedName}`,
  ja: (definedName) => `挿入済みプリセットにリンク：=${definedName}`,
};

/** The texts every model has in each language: its name and summary (the catalogue), its sheet's name, title and subtitle. */
export interface ModelText {
  readonly name: string;
  readonly summary: string;
  readonly sheet: string;
  readonly title: string;
  readonly subtitle: string;
}

type Layout<Texts extends Readonly<Record<Locale, ModelText>>> = (sheet: SheetBuilder, text: Texts[Locale], options: ModelOptions) => void;

/**
 * A one-sheet model: the sheet opens with its title, subtitle and the input legend, then
 * `layout` fills it. Column widths are in characters, from column A.
 */
export function defineModel<Texts extends Readonly<Record<Locale, ModelText>>>(
  id: string,
  text: Texts,
  columnWidths: readonly number[],
  layout: Layout<Texts>,
  linkable: readonly LinkableInput[] = [],
): ModelDefinition {
  return {
    id,
    fileName: id,
    title: { en: text.en.name, ja: text.ja.name },
    summary: { en: text.en.summary, ja: text.ja.summary },
    linkable,
    build(options: ModelOptions): WorkbookPlan {
      const t = text[options.locale];
      const links: InputLinks = { names: options.links ?? {}, note: linkedNote[options.locale] };
      const sheet = new SheetBuilder(t.sheet, columnWidths, links, unitText[options.locale], sourceText[options.locale], columnNames[options.locale]);
      sheet.title(t.title, t.subtitle);
      sheet.legend(legend[options.locale]);
      layout(sheet, t, options);
      return { modelId: id, locale: options.locale, title: t.title, sheets: [sheet.build()] };
    },
  };
}
