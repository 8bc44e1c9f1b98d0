/**
 * What the models panel says. Each message stands once with its English and Japanese text;
 * `{name}` placeholders are filled when the message is shown.
 */
import type { Locale } from '../../models/locale';

const messages = {
  heading: { en: 'Model workbooks', ja: 'モデルブック' },
  intro: {
    en: 'Insert a ready model as new sheets of this workbook: inputs in blue on yellow, every result a MINER.* formula. Each model also comes as a file to download.',
    ja: '完成済みのモデルをこのブックに新しいシートとして挿入します。入力は黄色地に青字、結果はすべて MINER.* の数式です。各モデルはファイルとしてもダウンロードできます。',
  },
  languageLabel: { en: 'Labels', ja: 'ラベル' },
  linkLabel: { en: 'Inputs', ja: '入力' },
  noLink: { en: 'The model’s own figures', ja: 'モデル既定の数値' },
  linkTo: { en: 'Linked to the {ticker} preset in this workbook ({count} inputs)', ja: 'このブックの {ticker} プリセットにリンク（入力 {count} 件）' },
  insert: { en: 'Insert', ja: '挿入' },
  download: { en: 'Download .xlsx', ja: '.xlsx をダウンロード' },
  downloadPortable: { en: 'Portable copy', ja: 'ポータブル版' },
  portableNote: {
    en: 'The same model computing without the add-in: closed forms as plain Excel formulas, tables and data kept as values (listed on its Provenance sheet).',
    ja: 'アドインなしで計算する同じモデル：閉じた式は通常の Excel 数式、表とデータは値として保持（「Provenance」シートに一覧）。',
  },
  needsExcel: { en: 'Needs Excel: open Hashwatt in Excel to insert a model.', ja: 'Excel が必要です：モデルを挿入するには Excel で Hashwatt を開いてください。' },
  previewNote: {
    en: 'Preview: inserting needs Excel; the .xlsx files can be downloaded here.',
    ja: 'プレビュー：挿入には Excel が必要です。.xlsx ファイルはここからダウンロードできます。',
  },
  inserting: { en: 'Inserting {title}…', ja: '{title} を挿入しています…' },
  inserted: { en: 'Inserted {sheets}.', ja: '{sheets} を挿入しました。' },
  replacedNote: { en: ' The earlier copy was replaced whole.', ja: ' 以前のコピーは丸ごと置き換えました。' },
  insertedLinked: { en: 'Inserted {sheets}, linked to {ticker}: {names}.', ja: '{sheets} を挿入し、{ticker} にリンクしました：{names}。' },
  replaceQuestion: {
    en: 'This workbook already has {sheets}. Replace it with a fresh copy of the model? Its contents will be lost.',
    ja: 'このブックには既に {sheets} があります。モデルの新しいコピーで置き換えますか？ 現在の内容は失われます。',
  },
  replaceLabel: { en: 'Replace', ja: '置き換え' },
  cancelled: {
    en: 'Nothing inserted: {sheets} is kept. Rename it to insert the model beside it.',
    ja: '挿入しませんでした：{sheets} はそのままです。名前を変更すると、その横にモデルを挿入できます。',
  },
  failed: { en: 'The model could not be inserted: {message}', ja: 'モデルを挿入できませんでした：{message}' },
  portableHeading: { en: 'Portable copy of this workbook', ja: 'このブックのポータブル版' },
  portableIntro: {
    en: 'For readers without Hashwatt: copies every sheet as “<name> (portable)”, closed-form MINER.* formulas rewritten as plain Excel formulas, tables and data kept as values and listed on a Provenance sheet. The original sheets are not changed.',
    ja: 'Hashwatt を持たない読み手のために、各シートを「<名前> (portable)」としてコピーします。閉じた式の MINER.* 数式は通常の Excel 数式に書き換え、表とデータは値として保持し「Provenance」シートに一覧します。元のシートは変更しません。',
  },
  makePortable: { en: 'Make a portable copy', ja: 'ポータブル版を作成' },
  makingPortable: { en: 'Making a portable copy…', ja: 'ポータブル版を作成しています…' },
  madePortable: {
    en: 'Made {sheets}: {native} formulas rewritten natively, {frozen} kept as values (see Provenance).',
    ja: '{sheets} を作成しました：{native} 個の数式をネイティブに書き換え、{frozen} 個を値として保持（Provenance を参照）。',
  },
  replacePortableQuestion: {
    en: 'This workbook already has {sheets}. Replace them with a fresh portable copy?',
    ja: 'このブックには既に {sheets} があります。新しいポータブル版で置き換えますか？',
  },
  portableCancelled: { en: 'Nothing written: the earlier portable copy is kept.', ja: '何も書き込みませんでした：以前のポータブル版はそのままです。' },
  portableEmpty: { en: 'There is nothing to copy: the workbook has only portable copies.', ja: 'コピーするものがありません：このブックにはポータブル版しかありません。' },
  portableFailed: { en: 'The portable copy could not be made: {message}', ja: 'ポータブル版を作成できませんでした：{message}' },
} as const;

export type MessageKey = keyof typeof messages;

/** The panel's messages in one language: `say(key, { placeholder: value })`. */
export interface ModelsStrings {
  readonly locale: Locale;
  say(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
  /** The names of the two label languages, each in its own language. */
  readonly languages: Readonly<Record<Locale, string>>;
}

export function modelsStrings(locale: Locale): ModelsStrings {
  return {
    locale,
    say: (key, values = {}) => messages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)),
    languages: { en: 'English', ja: '日本語' },
  };
}

/** “Sheet”, or “Sheet1” and “Sheet2” (「…」 in Japanese). */
export function sheetList(names: readonly string[], locale: Locale): string {
  if (locale === 'ja') return names.map((name) => `「${name}」`).join('、');
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
