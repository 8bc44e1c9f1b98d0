/**
 * What the models panel says: one table of messages for each language, under the same keys;
 * `{name}` placeholders are filled when the message is shown.
 */
import type { Locale } from '../../sheet/locale';
import { fillPlaceholders } from '../i18n';

/** The English messages; their keys are the messages the panel has. */
const english = {
  heading: 'Model workbooks',
  intro: 'Insert a ready model as new sheets of this workbook: inputs in blue on yellow, every result a MINER.* formula. Each model also comes as a file to download.',
  languageLabel: 'Labels',
  linkLabel: 'Inputs',
  noLink: 'The model’s own figures',
  linkTo: 'Linked to the {ticker} preset in this workbook ({count} inputs)',
  insert: 'Insert',
  download: 'Download .xlsx',
  downloadPortable: 'Portable copy',
  portableNote: 'The same model computing without the add-in: closed forms as plain Excel formulas, tables and data kept as values (listed on its Provenance sheet).',
  needsExcel: 'Needs Excel: open Hashwatt in Excel to insert a model.',
  previewNote: 'Preview: inserting needs Excel; the .xlsx files can be downloaded here.',
  inserting: 'Inserting {title}…',
  inserted: 'Inserted {sheets}.',
  replacedNote: ' The earlier copy was updated in place: its other cells, and formulas and names that refer to it, are kept.',
  insertedLinked: 'Inserted {sheets}, linked to {ticker}: {names}.',
  replaceQuestion: 'This workbook already has {sheets}. Update it with a fresh copy of the model? The cells the model fills (within {areas}) are overwritten, with their formats, the widths of those columns and the model’s own charts; the sheet’s other cells stay, and formulas and names that refer to it keep working.',
  replaceLabel: 'Replace',
  cancelled: 'Nothing inserted: {sheets} is kept. Rename it to insert the model beside it.',
  failed: 'The model could not be inserted: {message}',
  portableHeading: 'Portable copy of this workbook',
  portableIntro: 'For readers without Hashwatt: copies every sheet as “<name> (portable)”, closed-form MINER.* formulas rewritten as plain Excel formulas, tables and data kept as values and listed on a Provenance sheet. The original sheets are not changed.',
  makePortable: 'Make a portable copy',
  makingPortable: 'Making a portable copy…',
  madePortable: 'Made {sheets}: {native} formulas rewritten natively, {frozen} kept as values (see Provenance).',
  replacePortableQuestion: 'This workbook already has {sheets}. Rewrite them with a fresh portable copy? Everything on those sheets is replaced; formulas and names that refer to them keep working.',
  portableCancelled: 'Nothing written: the earlier portable copy is kept.',
  portableEmpty: 'There is nothing to copy: the workbook has only portable copies.',
  portableFailed: 'The portable copy could not be made: {message}',
} as const;

export type MessageKey = keyof typeof english;

/** The same messages in Japanese: the type asks for every key, and no other. */
const japanese: Readonly<Record<MessageKey, string>> = {
  heading: 'モデルブック',
  intro: '完成済みのモデルをこのブックに新しいシートとして挿入します。入力は黄色地に青字、結果はすべて MINER.* の数式です。各モデルはファイルとしてもダウンロードできます。',
  languageLabel: 'ラベル',
  linkLabel: '入力',
  noLink: 'モデル既定の数値',
  linkTo: 'このブックの {ticker} プリセットにリンク（入力 {count} 件）',
  insert: '挿入',
  download: '.xlsx をダウンロード',
  downloadPortable: 'ポータブル版',
  portableNote: 'アドインなしで計算する同じモデル：閉じた式は通常の Excel 数式、表とデータは値として保持（「Provenance」シートに一覧）。',
  needsExcel: 'Excel が必要です：モデルを挿入するには Excel で Hashwatt を開いてください。',
  previewNote: 'プレビュー：挿入には Excel が必要です。.xlsx ファイルはここからダウンロードできます。',
  inserting: '{title} を挿入しています…',
  inserted: '{sheets} を挿入しました。',
  replacedNote: ' 以前のコピーをその場で更新しました。ほかのセルと、このシートを参照する数式・名前はそのままです。',
  insertedLinked: '{sheets} を挿入し、{ticker} にリンクしました：{names}。',
  replaceQuestion: 'このブックには既に {sheets} があります。モデルの新しいコピーで更新しますか？ モデルが使うセル（{areas} の範囲内）は書式・列幅・モデルのグラフとともに上書きされます。シートのほかのセルはそのままで、このシートを参照する数式や名前もそのまま使えます。',
  replaceLabel: '置き換え',
  cancelled: '挿入しませんでした：{sheets} はそのままです。名前を変更すると、その横にモデルを挿入できます。',
  failed: 'モデルを挿入できませんでした：{message}',
  portableHeading: 'このブックのポータブル版',
  portableIntro: 'Hashwatt を持たない読み手のために、各シートを「<名前> (portable)」としてコピーします。閉じた式の MINER.* 数式は通常の Excel 数式に書き換え、表とデータは値として保持し「Provenance」シートに一覧します。元のシートは変更しません。',
  makePortable: 'ポータブル版を作成',
  makingPortable: 'ポータブル版を作成しています…',
  madePortable: '{sheets} を作成しました：{native} 個の数式をネイティブに書き換え、{frozen} 個を値として保持（Provenance を参照）。',
  replacePortableQuestion: 'このブックには既に {sheets} があります。新しいポータブル版で書き直しますか？ これらのシートの内容はすべて置き換わりますが、参照している数式や名前はそのまま使えます。',
  portableCancelled: '何も書き込みませんでした：以前のポータブル版はそのままです。',
  portableEmpty: 'コピーするものがありません：このブックにはポータブル版しかありません。',
  portableFailed: 'ポータブル版を作成できませんでした：{message}',
};

const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: english, ja: japanese };

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
    say: (key, values = {}) => fillPlaceholders(messages[locale][key], values),
    languages: { en: 'English', ja: '日本語' },
  };
}

/** “Halving path”!A1:H40, or 「Halving path」A1:H40: where a sheet updated in place changes. */
export function areaList(areas: readonly { readonly sheet: string; readonly address: string }[], locale: Locale): string {
  return areas.map((area) => `${sheetList([area.sheet], locale)}${locale === 'ja' ? '' : '!'}${area.address}`).join(locale === 'ja' ? '、' : ', ');
}

/** “Sheet”, or “Sheet1” and “Sheet2” (「…」 in Japanese). */
export function sheetList(names: readonly string[], locale: Locale): string {
  if (locale === 'ja') return names.map((name) => `「${name}」`).join('、');
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
