/**
 * Every string the task pane shows, in English and Japanese. The pane is in Japanese when
 * Office's display language starts with "ja" (in the browser preview: `?lang=ja`). Strings
 * take named placeholders, `{name}`, filled by `translate`.
 */
import type { Locale } from '../models/locale';

const en = {
  tabsLabel: 'Hashwatt sections',
  tabPresets: 'Presets',
  tabModels: 'Models',
  tabNetwork: 'Network',
  panelUnavailable: 'This section is not part of this build yet.',
  statusConnected: 'Connected to Excel',
  previewBadge: 'Preview',
  previewBanner:
    'Preview: Hashwatt is not running in Excel. The figures are read-only; open Hashwatt in Excel to insert them into a workbook.',
  needsExcel: 'Needs Excel: open Hashwatt in Excel to use this.',
  busy: 'Working…',
  searchLabel: 'Search companies',
  searchPlaceholder: 'Ticker, name or counterparty',
  resultCount: '{count} of {total} companies',
  noResults: 'No company matches “{query}”.',
  galleryLabel: 'Company presets',
  powerShort: 'Power {value}',
  aiShort: 'AI {value}',
  megawatts: '{value} MW',
  contractsOne: '1 contract',
  contractsMany: '{count} contracts',
  dataAsOf: 'data {date}',
  notGiven: '—',
  legend: '[U] weakly sourced · [D] derived from sourced figures · stale: more than a year older than the newest figure in the set ({newest})',
  fieldsHeading: 'Figures',
  'field.name': 'Name',
  'field.power_capacity_mw': 'Power capacity (secured)',
  'field.energized_mw': 'Energized power',
  'field.ai_contracted_it_mw': 'AI contracted IT load',
  'field.hashrate_ehs': 'Hashrate',
  'field.fleet_efficiency_j_per_th': 'Fleet efficiency',
  'field.power_price_usd_per_kwh': 'Power price',
  'field.btc_holdings': 'BTC holdings',
  asOf: 'as of {date}',
  sourceLink: 'Source: {host}',
  opensNewTab: '(opens in a new tab)',
  history: 'Earlier figures ({count})',
  staleBadge: 'stale',
  staleTooltip:
    'Dated {date}: more than a year older than the newest figure in the set ({newest}). Look for a newer source before relying on it.',
  caveatU: 'weakly sourced',
  caveatUTooltip: '[U] weakly sourced: check the source before relying on this figure.',
  caveatD: 'derived',
  caveatDTooltip: '[D] derived from other sourced figures, not published as such.',
  contractsHeading: 'AI/HPC contracts',
  noContracts: 'No contract with a published IT load, value and term.',
  'contract.counterparty': 'Counterparty',
  'contract.kind': 'Kind',
  'contract.it_load_mw': 'IT load',
  'contract.contract_value_usd': 'Value',
  'contract.term_years': 'Term',
  'contract.prepayment_share': 'Prepaid',
  'contract.revenue_per_mw_year': 'Per MW-year',
  'contract.signed': 'Signed',
  'kind.gpu_cloud': 'GPU cloud',
  'kind.colocation': 'Colocation',
  'kind.powered_shell': 'Powered shell',
  'kind.lease': 'Lease',
  termYears: '{value} years',
  notesHeading: 'Notes',
  actionsHeading: 'Workbook',
  insertPreset: 'Insert into workbook',
  insertPresetHint: 'Adds the sheet “{sheet}” with the tables {tables} and names such as {name} for your formulas.',
  formulasHeading: 'Formulas',
  formulasHint: 'Puts a ready formula into the active cell. It refers to the inserted figures, so insert {ticker} first.',
  noFormulas: 'No ready formula: this preset lacks the inputs.',
  'formula.aiMwRevenue': 'AI revenue per MW-year (first contract)',
  'formula.contractPv': 'Contract present value at 10% (first contract)',
  'formula.breakevenBtc': 'Breakeven BTC price (latest network hashrate)',
  formulaLiveInput: 'Uses {name} instead when the Network tab has written it to the workbook.',
  insertFormula: 'Insert formula',
  confirmTitle: 'Replace in the workbook?',
  confirmReplace: 'These already exist in the workbook and will be replaced with {ticker}’s current figures: {items}. Nothing else changes.',
  confirmItemSheet: 'the sheet “{sheet}”',
  confirmItemTables: 'the tables {tables}',
  confirmItemName: 'the name {names}',
  confirmItemNames: '{count} names ({names})',
  replace: 'Replace',
  cancel: 'Cancel',
  overwriteTitle: 'Overwrite the active cell?',
  overwriteCell: 'Cell {address} is not empty (it holds {content}). Overwrite it with the formula?',
  overwrite: 'Overwrite',
  inserted: 'Inserted {ticker} on the sheet “{sheet}”: tables {tables} and {count} names.',
  nothingChanged: 'Nothing changed.',
  workbookChanged: 'The workbook changed after you confirmed, so nothing was written. Try again.',
  blockedTable: 'A table named {table} is on the sheet “{sheet}”. Rename or delete it, then insert {ticker} again.',
  formulaInserted: 'Formula inserted in {address}.',
  formulaNeedsPreset: 'Insert {ticker} into the workbook first (missing: {missing}).',
  excelError: 'Excel reported an error: {message}',
  sheetSubtitle: 'Sourced figures — each with its date and source',
} as const;

/** The message keys: every key exists in both languages (the type enforces it for Japanese). */
export type MessageKey = keyof typeof en;

const ja: Record<MessageKey, string> = {
  tabsLabel: 'Hashwatt のセクション',
  tabPresets: 'プリセット',
  tabModels: 'モデル',
  tabNetwork: 'ネットワーク',
  panelUnavailable: 'このセクションはまだこのビルドに含まれていません。',
  statusConnected: 'Excel に接続済み',
  previewBadge: 'プレビュー',
  previewBanner:
    'プレビュー: Hashwatt は Excel の外で動いています。数値は閲覧のみです。ブックに挿入するには Excel で Hashwatt を開いてください。',
  needsExcel: 'Excel が必要です。Excel で Hashwatt を開いてからお使いください。',
  busy: '処理中…',
  searchLabel: '企業を検索',
  searchPlaceholder: 'ティッカー、社名、契約先',
  resultCount: '{total} 社中 {count} 社',
  noResults: '「{query}」に一致する企業はありません。',
  galleryLabel: '企業プリセット',
  powerShort: '電力 {value}',
  aiShort: 'AI {value}',
  megawatts: '{value} MW',
  contractsOne: '契約 1 件',
  contractsMany: '契約 {count} 件',
  dataAsOf: 'データ {date}',
  notGiven: '—',
  legend: '[U] 出典が弱い · [D] 出典のある数値からの算出値 · 古い: 収録データ中で最新の日付（{newest}）より 1 年以上前',
  fieldsHeading: '数値',
  'field.name': '社名',
  'field.power_capacity_mw': '電力容量（確保済み）',
  'field.energized_mw': '通電済み電力',
  'field.ai_contracted_it_mw': 'AI 契約済み IT 負荷',
  'field.hashrate_ehs': 'ハッシュレート',
  'field.fleet_efficiency_j_per_th': 'フリート電力効率',
  'field.power_price_usd_per_kwh': '電力単価',
  'field.btc_holdings': 'BTC 保有量',
  asOf: '{date} 時点',
  sourceLink: '出典: {host}',
  opensNewTab: '（新しいタブで開きます）',
  history: '過去の数値（{count} 件）',
  staleBadge: '古い',
  staleTooltip:
    '{date} 時点の数値で、収録データ中で最新の日付（{newest}）より 1 年以上前のものです。使う前に新しい出典を確認してください。',
  caveatU: '出典が弱い',
  caveatUTooltip: '[U] 出典が弱い数値です。使う前に出典を確認してください。',
  caveatD: '算出値',
  caveatDTooltip: '[D] 出典のある他の数値から算出した値で、そのままの形では公表されていません。',
  contractsHeading: 'AI/HPC 契約',
  noContracts: 'IT 負荷・金額・期間がすべて公表された契約はありません。',
  'contract.counterparty': '契約先',
  'contract.kind': '種類',
  'contract.it_load_mw': 'IT 負荷',
  'contract.contract_value_usd': '契約総額',
  'contract.term_years': '期間',
  'contract.prepayment_share': '前払比率',
  'contract.revenue_per_mw_year': 'MW・年あたり',
  'contract.signed': '締結日',
  'kind.gpu_cloud': 'GPU クラウド',
  'kind.colocation': 'コロケーション',
  'kind.powered_shell': 'パワードシェル',
  'kind.lease': 'リース',
  termYears: '{value} 年',
  notesHeading: '注記',
  actionsHeading: 'ブック',
  insertPreset: 'ブックに挿入',
  insertPresetHint: 'シート「{sheet}」を追加し、テーブル {tables} と、数式で使える名前（{name} など）を作成します。',
  formulasHeading: '数式',
  formulasHint: 'すぐに使える数式をアクティブセルに入力します。挿入済みの数値を参照するため、先に {ticker} を挿入してください。',
  noFormulas: 'このプリセットには入力値がそろっていないため、使える数式はありません。',
  'formula.aiMwRevenue': 'MW・年あたり AI 収入（最初の契約）',
  'formula.contractPv': '契約の現在価値・割引率 10%（最初の契約）',
  'formula.breakevenBtc': '損益分岐 BTC 価格（最新のネットワーク・ハッシュレート）',
  formulaLiveInput: 'ネットワーク タブで {name} をブックに書き込んである場合は、代わりにそれを使います。',
  insertFormula: '数式を挿入',
  confirmTitle: 'ブック内のデータを置き換えますか？',
  confirmReplace: '次のものはすでにブックにあり、{ticker} の最新の数値で置き換えられます: {items}。それ以外は変更されません。',
  confirmItemSheet: 'シート「{sheet}」',
  confirmItemTables: 'テーブル {tables}',
  confirmItemName: '名前 {names}',
  confirmItemNames: '名前 {count} 個（{names}）',
  replace: '置き換える',
  cancel: 'キャンセル',
  overwriteTitle: 'アクティブセルを上書きしますか？',
  overwriteCell: 'セル {address} は空ではありません（内容: {content}）。数式で上書きしますか？',
  overwrite: '上書きする',
  inserted: '{ticker} をシート「{sheet}」に挿入しました（テーブル {tables}、名前 {count} 個）。',
  nothingChanged: '変更はありません。',
  workbookChanged: '確認の後にブックが変更されたため、何も書き込んでいません。もう一度お試しください。',
  blockedTable: 'テーブル {table} がシート「{sheet}」にあります。名前を変えるか削除してから、もう一度 {ticker} を挿入してください。',
  formulaInserted: '{address} に数式を挿入しました。',
  formulaNeedsPreset: '先に {ticker} をブックに挿入してください（見つからないもの: {missing}）。',
  excelError: 'Excel でエラーが発生しました: {message}',
  sheetSubtitle: '出典付きの数値 — 各数値に日付と出典を記載',
};

/** Both tables, for the test that checks every key is translated. */
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ja };

/** The message for a key in a language, with `{name}` placeholders filled from params. */
export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/**
 * The pane's language: Japanese when Office's display language starts with "ja". Outside
 * Office (preview, no display language) the URL's `lang` parameter decides, for testing.
 */
export function detectLocale(displayLanguage: string | undefined, search: string): Locale {
  const language = displayLanguage ?? new URLSearchParams(search).get('lang') ?? '';
  return language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
