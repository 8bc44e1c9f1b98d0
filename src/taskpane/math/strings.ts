/**
 * What the Math panel says, in English and Japanese under the same keys; `{name}` placeholders
 * are filled when the message is shown.
 */
import type { Locale } from '../../sheet/locale';
import { fillPlaceholders } from '../i18n';

const english = {
  heading: 'The math behind a cell',
  intro: 'Select a cell with a MINER.* formula and show the plain Excel formula that computes the same value without the add-in, with the cell’s own references; or, for a figure from the bundled data, its date and source.',
  show: 'Show the math',
  needsExcel: 'Needs Excel: open Hashwatt in Excel and select a cell.',
  reading: 'Reading the selected cell…',
  cellLabel: 'Cell {address}',
  formulaLabel: 'Its formula',
  nativeLabel: 'The same value in plain Excel',
  empty: '{address} holds no formula.',
  plain: '{address} does not call the add-in: its formula is its own math.',
  data: 'MINER.{id} reads the add-in’s bundled data: the figure as of {asOf}, source {source}. A portable copy keeps its value.',
  dataUnresolved: 'MINER.{id} reads the add-in’s bundled data; its arguments could not be read, so its date and source are not known here (the Provenance sheet of a portable copy lists them).',
  table: 'MINER.{id} spills a table: it has no single plain formula (the function reference gives its math row by row).',
  tableNative: 'MINER.{id} spills a table: in plain Excel it is one formula a cell, row by row. Its first rows are above, the table starting at the selected cell; each later row refers to the row above as the second does. A portable copy writes them all.',
  tableNativeWhole: 'MINER.{id} spills a table of fixed length: in plain Excel it is one formula a cell, and its rows read one another. All of them are above, the table starting at the selected cell; a portable copy writes them the same way.',
  noNative: 'MINER.{id} has no plain-formula form yet (the function reference gives its math).',
  targetLabel: 'Write the formula to',
  targetPlaceholder: 'H5 or Sheet1!H5',
  write: 'Write formula',
  badTarget: '“{target}” is not a cell address: write one cell, such as H5 or Sheet1!H5.',
  replaceQuestion: '{address} holds “{content}”. Replace it with the plain formula?',
  replaceLabel: 'Replace',
  written: 'Wrote the plain formula to {address}.',
  notWritten: 'Nothing written: {address} is kept.',
  failed: 'Could not read or write the workbook: {message}',
} as const;

export type MathMessageKey = keyof typeof english;

/** The same messages in Japanese: the type asks for every key, and no other. */
const japanese: Readonly<Record<MathMessageKey, string>> = {
  heading: 'セルの計算式',
  intro: 'MINER.* の数式があるセルを選ぶと、アドインなしで同じ値を計算する通常の Excel 数式を、そのセル自身の参照で表示します。同梱データの数値なら、その日付と出典を表示します。',
  show: '計算式を表示',
  needsExcel: 'Excel が必要です：Excel で Hashwatt を開き、セルを選択してください。',
  reading: '選択中のセルを読み込んでいます…',
  cellLabel: 'セル {address}',
  formulaLabel: 'セルの数式',
  nativeLabel: '通常の Excel 数式で同じ値',
  empty: '{address} には数式がありません。',
  plain: '{address} はアドインを呼び出していません：その数式がそのまま計算式です。',
  data: 'MINER.{id} はアドインの同梱データを読みます：{asOf} 時点の数値、出典 {source}。ポータブル版では値として保持されます。',
  dataUnresolved: 'MINER.{id} はアドインの同梱データを読みます。引数を読めなかったため、日付と出典はここでは分かりません（ポータブル版の Provenance シートに一覧されます）。',
  table: 'MINER.{id} は表をスピルします：一つの通常の数式にはなりません（関数リファレンスに行ごとの計算があります）。',
  tableNative: 'MINER.{id} は表をスピルします。通常の Excel ではセルごとに一つの数式で、行ごとに計算します。上は選択中のセルから始まる表の最初の行です。以降の行は2行目と同じく一つ上の行を参照します。ポータブル版はすべての行を書き込みます。',
  tableNativeWhole: 'MINER.{id} は行数の決まった表をスピルします。通常の Excel ではセルごとに一つの数式で、行どうしが互いを参照します。上は選択中のセルから始まる表のすべての行です。ポータブル版も同じように書き込みます。',
  noNative: 'MINER.{id} には通常の数式の形がまだありません（関数リファレンスに計算があります）。',
  targetLabel: '数式の書き込み先',
  targetPlaceholder: 'H5 または Sheet1!H5',
  write: '数式を書き込む',
  badTarget: '「{target}」はセルのアドレスではありません。H5 や Sheet1!H5 のように一つのセルを指定してください。',
  replaceQuestion: '{address} には「{content}」があります。通常の数式で置き換えますか？',
  replaceLabel: '置き換え',
  written: '{address} に通常の数式を書き込みました。',
  notWritten: '何も書き込みませんでした：{address} はそのままです。',
  failed: 'ブックを読み書きできませんでした：{message}',
};

const messages: Readonly<Record<Locale, Readonly<Record<MathMessageKey, string>>>> = { en: english, ja: japanese };

export type SayMath = (key: MathMessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function mathStrings(locale: Locale): SayMath {
  return (key, values) => fillPlaceholders(messages[locale][key], values);
}
