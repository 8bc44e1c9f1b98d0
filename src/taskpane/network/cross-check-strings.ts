/**
 * The words of the refresh's cross-checks (cross-checks.ts), in English and Japanese: one line
 * a flag, the question asked before the figures can be written, and what the status says
 * after the answer.
 */
import type { Locale } from '../../sheet/locale';
import type { CrossCheckFlag } from './cross-checks';
import { formatFetchedAt } from './strings';

export interface CrossCheckStrings {
  readonly flag: (flag: CrossCheckFlag) => string;
  readonly title: string;
  readonly question: (flags: readonly CrossCheckFlag[]) => string;
  readonly keepLabel: string;
  readonly kept: (fetchedAt: string) => string;
  readonly discarded: string;
}

const numberLocales: Readonly<Record<Locale, string>> = { en: 'en-US', ja: 'ja-JP' };
const number = (value: number, locale: Locale, digits = 0): string =>
  new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: digits }).format(value);

/** A time span in hours as days (rounded) when longer than two days. */
function span(hours: number, locale: Locale): { amount: string; unit: 'hours' | 'days' } {
  const size = Math.abs(hours);
  return size > 48 ? { amount: number(size / 24, locale), unit: 'days' } : { amount: number(size, locale, 1), unit: 'hours' };
}

const en: (locale: Locale) => CrossCheckStrings = (locale) => ({
  flag: (flag) => {
    switch (flag.kind) {
      case 'price-far': {
        const known = flag.known.origin === 'bundled' ? `the bundled price of ${flag.known.asOf}` : `the price last written to the workbook (${flag.known.asOf})`;
        return `The BTC price ${number(flag.priceUsd, locale)} USD is ${number(flag.ratio, locale, 1)}× ${flag.priceUsd > flag.known.usd ? 'above' : 'below'} ${known}, ${number(flag.known.usd, locale)} USD.`;
      }
      case 'price-time-far': {
        const { amount, unit } = span(flag.hours, locale);
        return `The price was taken at ${formatFetchedAt(flag.priceAt)} (UTC), ${amount} ${unit} ${flag.hours > 0 ? 'before' : 'after'} this computer's clock.`;
      }
      case 'price-time-missing':
        return 'mempool.space gave no time for the price, so its age is unknown.';
      case 'fees-off-tip':
        return `The fees were averaged over blocks ${number(flag.firstBlock, locale)}–${number(flag.lastBlock, locale)}, but the tip is block ${number(flag.tip, locale)}.`;
    }
  },
  title: 'These figures look wrong',
  question: (flags) => `${flags.map((flag) => en(locale).flag(flag)).join(' ')} Keep them, so that "Write to workbook" can write them? Nothing is written now.`,
  keepLabel: 'Keep',
  kept: (fetchedAt) => `Read from mempool.space at ${fetchedAt} (UTC) and kept although they look wrong. Nothing is written until you choose "Write to workbook".`,
  discarded: 'The figures from mempool.space were set aside; nothing was written. The bundled figures are unchanged.',
});

const ja: (locale: Locale) => CrossCheckStrings = (locale) => ({
  flag: (flag) => {
    switch (flag.kind) {
      case 'price-far': {
        const known = flag.known.origin === 'bundled' ? `同梱データ（${flag.known.asOf} 時点）の価格` : `最後にブックへ書き込んだ価格（${flag.known.asOf}）`;
        return `BTC 価格 ${number(flag.priceUsd, locale)} USD は${known} ${number(flag.known.usd, locale)} USD の ${number(flag.ratio, locale, 1)} 倍${flag.priceUsd > flag.known.usd ? '高い' : '低い'}値です。`;
      }
      case 'price-time-far': {
        const { amount, unit } = span(flag.hours, locale);
        return `価格の時刻は ${formatFetchedAt(flag.priceAt)}（UTC）で、このコンピューターの時計より ${amount} ${unit === 'days' ? '日' : '時間'}${flag.hours > 0 ? '前' : '後'}です。`;
      }
      case 'price-time-missing':
        return 'mempool.space が価格の時刻を返さなかったため、価格がいつのものか分かりません。';
      case 'fees-off-tip':
        return `手数料はブロック ${number(flag.firstBlock, locale)}–${number(flag.lastBlock, locale)} の平均ですが、最新ブロックは ${number(flag.tip, locale)} です。`;
    }
  },
  title: 'この値は誤っている可能性があります',
  question: (flags) => `${flags.map((flag) => ja(locale).flag(flag)).join('')}「ブックに書き込む」で書き込めるよう、この値を保持しますか？今は何も書き込みません。`,
  keepLabel: '保持する',
  kept: (fetchedAt) => `${fetchedAt}（UTC）に mempool.space から読み込み、誤っている可能性があるまま保持しました。「ブックに書き込む」を選ぶまで何も書き込みません。`,
  discarded: 'mempool.space の値は破棄しました。何も書き込んでいません。同梱データはそのままです。',
});

export function crossCheckStrings(locale: Locale): CrossCheckStrings {
  return locale === 'ja' ? ja('ja') : en('en');
}
