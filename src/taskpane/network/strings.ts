/**
 * The network panel's words in English and Japanese (the pane follows Office's display
 * language), and how it formats a figure for reading. Technical details (URLs, HTTP status,
 * the parser's note) stay as they are, after the localized sentence.
 */
import type { Locale } from '../../sheet/locale';
import type { NetworkInputField } from './fields';
import type { FetchFailure } from './snapshot';

/** What a write would change of the user's, as the confirmation says it. */
export interface ReplaceQuestion {
  /** A sheet of the same name Hashwatt did not write, and where the inputs would go on it. */
  readonly sheet?: { readonly name: string; readonly address: string; readonly table: string; readonly tableAddress: string };
  /** Cells of Hashwatt's own sheet changed since it wrote them, with what they hold now. */
  readonly changed: readonly { readonly sheet: string; readonly address: string; readonly content: string }[];
  /** Names that exist and refer elsewhere. */
  readonly names: readonly string[];
}

export interface NetworkStrings {
  readonly heading: string;
  readonly intro: string;
  readonly bundledHeading: string;
  readonly liveHeading: string;
  readonly columns: { readonly field: string; readonly value: string; readonly asOf: string; readonly source: string };
  readonly fieldLabels: Readonly<Record<NetworkInputField | 'fetched_at', string>>;
  readonly derivedFromDifficulty: string;
  readonly notBundled: string;
  readonly refresh: string;
  readonly fetching: string;
  readonly write: string;
  readonly writing: string;
  readonly previewNoWrite: string;
  readonly sheetCaption: (fetchedAt: string) => string;
  readonly fetched: (fetchedAt: string) => string;
  readonly failure: (reason: FetchFailure, timeoutMs: number) => string;
  readonly confirmReplace: (question: ReplaceQuestion) => string;
  readonly replaceLabel: string;
  readonly written: (sheet: string, table: string) => string;
  readonly cancelled: string;
  readonly writeFailed: (message: string) => string;
}

const en: NetworkStrings = {
  heading: 'Network inputs',
  intro:
    'MINER.NETWORK reads the bundled figures below and never goes to the network. "Refresh from the network" reads current figures from mempool.space; "Write to workbook" puts them on a Network sheet under the names NET_BTC_PRICE_USD, NET_DIFFICULTY, NET_HASHRATE_EHS, NET_BLOCK_HEIGHT, NET_FEES_BTC_PER_BLOCK and NET_FETCHED_AT for your formulas.',
  bundledHeading: 'Bundled figures (sourced)',
  liveHeading: 'From mempool.space',
  columns: { field: 'Figure', value: 'Value', asOf: 'As of', source: 'Source' },
  fieldLabels: {
    btc_price_usd: 'BTC price',
    difficulty: 'Difficulty',
    network_hashrate_ehs: 'Network hashrate',
    block_height: 'Block height',
    fees_btc_per_block: 'Fees per block',
    fetched_at: 'Fetched at',
  },
  derivedFromDifficulty: 'derived from the difficulty (D × 2^32 / 600)',
  notBundled: 'not in the bundled data',
  refresh: 'Refresh from the network',
  fetching: 'Reading mempool.space…',
  write: 'Write to workbook',
  writing: 'Writing the Network sheet…',
  previewNoWrite: 'Preview: the figures can be fetched and read here; writing them needs Excel.',
  sheetCaption: (fetchedAt) =>
    `Read from mempool.space at ${fetchedAt} (UTC) by the Hashwatt add-in. "Refresh from the network" then "Write to workbook" rewrites this table; MINER.* functions never read the network.`,
  fetched: (fetchedAt) => `Read from mempool.space at ${fetchedAt} (UTC). Nothing is written until you choose "Write to workbook".`,
  failure: (reason, timeoutMs) => {
    const keep = 'The bundled figures are unchanged and nothing was written.';
    switch (reason.kind) {
      case 'offline':
        return `Could not reach mempool.space: offline, or the connection was refused or blocked. ${keep} (${reason.url}: ${reason.detail})`;
      case 'timeout':
        return `mempool.space did not answer within ${formatSeconds(timeoutMs, 'en')} s. ${keep} (${reason.url})`;
      case 'http':
        return `mempool.space answered with an error (HTTP ${reason.status}). ${keep} (${reason.url})`;
      case 'malformed':
        return `mempool.space sent an answer that could not be read. ${keep} (${reason.url}: ${reason.detail})`;
      case 'implausible':
        return `mempool.space sent a value that cannot be right. ${keep} (${reason.url}: ${reason.detail})`;
      case 'internal':
        return `Refresh failed because of a fault in Hashwatt itself, not in your connection; please report it. ${keep} (${reason.url}: ${reason.detail})`;
    }
  },
  confirmReplace: ({ sheet, changed, names }) => {
    const parts: string[] = [];
    if (sheet !== undefined) {
      parts.push(
        `The workbook has a sheet named "${sheet.name}" that Hashwatt did not create. Writing puts the network inputs in its cells ${sheet.address} (what they hold now is overwritten) and makes ${sheet.tableAddress} the table ${sheet.table}; its other cells stay, and formulas that refer to it keep working.`,
      );
    }
    if (changed.length > 0) {
      const cells = changed.map((cell) => `${cell.address} (now ${cell.content === '' ? 'empty' : cell.content})`).join(', ');
      parts.push(`These cells of the sheet "${changed[0].sheet}" were changed after Hashwatt wrote them: ${cells}. Writing puts the fetched figures there.`);
    }
    if (names.length > 0) parts.push(`These names exist and refer elsewhere: ${names.join(', ')}; they will refer to the new figures.`);
    return `${parts.join(' ')} Go ahead? Nothing else is touched.`;
  },
  replaceLabel: 'Replace',
  written: (sheet, table) => `Wrote the figures to sheet "${sheet}" (table ${table}) and the NET_* names.`,
  cancelled: 'Nothing was written.',
  writeFailed: (message) => `Excel could not write the Network sheet: ${message}`,
};

const ja: NetworkStrings = {
  heading: 'ネットワーク入力',
  intro:
    'MINER.NETWORK は下の同梱データを読み、ネットワークには接続しません。「ネットワークから更新」は mempool.space から現在の値を読み込みます。「ブックに書き込む」はそれを Network シートに書き、数式で使えるよう NET_BTC_PRICE_USD、NET_DIFFICULTY、NET_HASHRATE_EHS、NET_BLOCK_HEIGHT、NET_FEES_BTC_PER_BLOCK、NET_FETCHED_AT の名前を付けます。',
  bundledHeading: '同梱データ（出典付き）',
  liveHeading: 'mempool.space から取得',
  columns: { field: '項目', value: '値', asOf: '時点', source: '出典' },
  fieldLabels: {
    btc_price_usd: 'BTC 価格',
    difficulty: '採掘難易度',
    network_hashrate_ehs: 'ネットワークハッシュレート',
    block_height: 'ブロック高',
    fees_btc_per_block: '1 ブロックあたりの手数料',
    fetched_at: '取得日時',
  },
  derivedFromDifficulty: '難易度から算出（D × 2^32 / 600）',
  notBundled: '同梱データにありません',
  refresh: 'ネットワークから更新',
  fetching: 'mempool.space から読み込み中…',
  write: 'ブックに書き込む',
  writing: 'Network シートに書き込み中…',
  previewNoWrite: 'プレビュー: 値の取得と表示はできますが、ブックへの書き込みには Excel が必要です。',
  sheetCaption: (fetchedAt) =>
    `Hashwatt アドインが ${fetchedAt}（UTC）に mempool.space から読み込みました。「ネットワークから更新」の後「ブックに書き込む」でこの表を書き直します。MINER.* 関数はネットワークを読みません。`,
  fetched: (fetchedAt) => `${fetchedAt}（UTC）に mempool.space から読み込みました。「ブックに書き込む」を選ぶまで何も書き込みません。`,
  failure: (reason, timeoutMs) => {
    const keep = '同梱データはそのままで、何も書き込んでいません。';
    switch (reason.kind) {
      case 'offline':
        return `mempool.space に接続できません（オフライン、または接続が拒否・遮断されました）。${keep}（${reason.url}: ${reason.detail}）`;
      case 'timeout':
        return `mempool.space が ${formatSeconds(timeoutMs, 'ja')} 秒以内に応答しませんでした。${keep}（${reason.url}）`;
      case 'http':
        return `mempool.space がエラーを返しました（HTTP ${reason.status}）。${keep}（${reason.url}）`;
      case 'malformed':
        return `mempool.space の応答を読み取れませんでした。${keep}（${reason.url}: ${reason.detail}）`;
      case 'implausible':
        return `mempool.space の値がありえない範囲です。${keep}（${reason.url}: ${reason.detail}）`;
      case 'internal':
        return `Hashwatt 自体の不具合で更新できませんでした（接続の問題ではありません）。お手数ですがご報告ください。${keep}（${reason.url}: ${reason.detail}）`;
    }
  },
  confirmReplace: ({ sheet, changed, names }) => {
    const parts: string[] = [];
    if (sheet !== undefined) {
      parts.push(
        `Hashwatt が作成していない「${sheet.name}」シートがあります。書き込むと、そのセル ${sheet.address} にネットワーク入力を書き（今の内容は上書きされます）、${sheet.tableAddress} をテーブル ${sheet.table} にします。ほかのセルはそのままで、このシートを参照する数式もそのまま使えます。`,
      );
    }
    if (changed.length > 0) {
      const cells = changed.map((cell) => `${cell.address}（現在: ${cell.content === '' ? '空' : cell.content}）`).join('、');
      parts.push(`「${changed[0].sheet}」シートの次のセルは Hashwatt が書き込んだ後に変更されています: ${cells}。書き込むと取得した値で上書きされます。`);
    }
    if (names.length > 0) parts.push(`次の名前は既に存在し、別の場所を参照しています: ${names.join('、')}。新しい値を参照するように変わります。`);
    return `${parts.join('')}書き込みますか？ほかには何も変更しません。`;
  },
  replaceLabel: '置き換える',
  written: (sheet, table) => `「${sheet}」シート（テーブル ${table}）と NET_* の名前に書き込みました。`,
  cancelled: '何も書き込んでいません。',
  writeFailed: (message) => `Excel で Network シートを書き込めませんでした: ${message}`,
};

const byLocale: Readonly<Record<Locale, NetworkStrings>> = { en, ja };

export function networkStrings(locale: Locale): NetworkStrings {
  return byLocale[locale] ?? en;
}

const numberLocales: Readonly<Record<Locale, string>> = { en: 'en-US', ja: 'ja-JP' };

/** How many fraction digits each figure is shown with (the workbook keeps every digit). */
const fractionDigits: Readonly<Record<NetworkInputField, number>> = {
  btc_price_usd: 0,
  difficulty: 0,
  network_hashrate_ehs: 2,
  block_height: 0,
  fees_btc_per_block: 4,
};

/** A figure for reading: grouped digits in the locale's style and its unit (`91,132 USD`). */
export function formatFigure(field: NetworkInputField, value: number, unit: string, locale: Locale): string {
  const digits = fractionDigits[field];
  const text = new Intl.NumberFormat(numberLocales[locale] ?? 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return unit === 'difficulty' || unit === 'blocks' ? text : `${text} ${unit}`;
}

/** An ISO time as `2026-01-12 12:00:00` (UTC), the same in both languages. */
export function formatFetchedAt(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
}

function formatSeconds(milliseconds: number, locale: Locale): string {
  return new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: 1 }).format(milliseconds / 1_000);
}
