/**
 * The column names a model sheet writes over a spilled MINER.* table, per language.
 *
 * English sheets show the function's own header row (headers=TRUE): its names are part of the
 * permanent contract (hashprice_usd_per_ph_day, ...), so they are not repeated here. Japanese
 * sheets call the function with headers=FALSE and write these names, as plain text, in the row
 * above the spill: the table stands where it would with its own header row, so every reference
 * into it (INDEX, charts, the football field, the pane's names) reads the same cells in both
 * languages. The data the table returns is the function's own: LEASE_SUMMARY's label column
 * stays in English, which is what the lease headline looks its figures up by.
 *
 * One name a column, in the order of the function's header row (its *Headers constant in
 * src/core); a table whose last column is optional (DEBT_SCHEDULE's dscr) lists it too. The
 * English names are the function's, read here only to give their row the height they need.
 */
import type { Locale } from '../sheet/locale';
import { hashpricePathHeaders } from '../core/mining/hashprice-path';
import { hashpriceFanHeaders } from '../core/mining/hashprice-fan';
import { asicCashflowsHeaders } from '../core/mining/asic-cashflows';
import { conversionCashflowsHeaders } from '../core/hosting/conversion-cashflows';
import { leaseFinancingHeaders } from '../core/underwriting/lease-financing';
import { leaseSummaryHeaders } from '../core/underwriting/lease-summary';
import { debtScheduleHeaders } from '../core/underwriting/debt-schedule';
import { leaseCashflowsHeaders } from '../core/underwriting/lease-cashflows';
import { sotpHeaders } from '../core/valuation/sotp';
import { notesHeaders } from '../core/data/notes';
import { companiesHeaders } from '../core/data/companies';
import { contractsHeaders } from '../core/data/contracts';

const japanese: Readonly<Record<string, readonly string[]>> = {
  HASHPRICE_PATH: ['日付', 'ブロック高', '報酬（BTC）', 'ネットワーク・ハッシュレート（EH/s）', 'BTC価格（USD）', 'ハッシュプライス（USD/PH/日）'],
  HASHPRICE_FAN: ['日付', 'ハッシュプライス P10（USD/PH/日）', 'ハッシュプライス P50（USD/PH/日）', 'ハッシュプライス P90（USD/PH/日）'],
  ASIC_CASHFLOWS: ['日付', '日数', 'ハッシュプライス（USD/PH/日）', '収益（USD）', '電力費（USD）', 'マージン（USD）', '累計（USD）'],
  CONVERSION_CASHFLOWS: ['年', '設備投資（USD）', 'AI EBITDA（USD）', '放棄するマイニング・マージン（USD）', '増分キャッシュフロー（USD）', '累計（USD）'],
  LEASE_FINANCING: [
    '年',
    '設備投資（USD）',
    'NOI（USD）',
    '借入実行額（USD）',
    '利息（USD）',
    '元本返済（USD）',
    '元利返済額（USD）',
    'DSCR（倍）',
    '株主キャッシュフロー（USD）',
    'プロジェクト・キャッシュフロー（USD）',
    '下振れ時のDSCR（倍）',
    'DSRA残高（USD）',
    '留保された配当（USD）',
    '日付',
  ],
  LEASE_SUMMARY: ['項目', '値'],
  LEASE_CASHFLOWS: ['年', '賃料（USD）', 'NOI（USD）'],
  DEBT_SCHEDULE: ['年', '期首残高（USD）', '利息（USD）', '元本返済（USD）', '元利返済額（USD）', '期末残高（USD）', 'DSCR（倍）'],
  SOTP: ['部門', '基準となる数量', '数量の単位', '倍率', '価値（USD）', '1株あたり（USD）', '基準日', '出典'],
  NOTES: ['名称', '元本（USD）', '利率', '満期', '転換価格（USD）', '上限価格（USD）', '保有者プット日', '基準日', '出典'],
  COMPANIES: ['ティッカー', '社名', 'データ基準日'],
  CONTRACTS: ['相手方', '種類', 'IT負荷（MW）', '契約総額（USD）', '期間（年）', '1MW・1年あたり収益（USD）', '締結日'],
};

/** The function's own header row, as it spills it (the sheet sizes the row to it). */
const own: Readonly<Record<string, readonly string[]>> = {
  HASHPRICE_PATH: hashpricePathHeaders,
  HASHPRICE_FAN: hashpriceFanHeaders,
  ASIC_CASHFLOWS: asicCashflowsHeaders,
  CONVERSION_CASHFLOWS: conversionCashflowsHeaders,
  LEASE_FINANCING: leaseFinancingHeaders,
  LEASE_SUMMARY: leaseSummaryHeaders,
  LEASE_CASHFLOWS: leaseCashflowsHeaders,
  DEBT_SCHEDULE: [...debtScheduleHeaders, 'dscr'],
  SOTP: sotpHeaders,
  NOTES: notesHeaders,
  COMPANIES: companiesHeaders,
  CONTRACTS: contractsHeaders,
};

/** The column names over a spilled table and who writes them: the sheet (`written`) or the function's own header row. */
export interface TableColumnNames {
  readonly names: readonly string[];
  readonly written: boolean;
}

function namesFrom(table: Readonly<Record<string, readonly string[]>>, language: string, functionId: string, columns: number): readonly string[] {
  const names = table[functionId];
  if (!names) throw new Error(`no ${language} column names for MINER.${functionId}`);
  if (names.length < columns) throw new Error(`MINER.${functionId} spills ${columns} columns; ${names.length} ${language} names`);
  return names.slice(0, columns);
}

/** The names over `functionId`'s first `columns` columns on a sheet in `locale`. */
export const columnNames: Readonly<Record<Locale, (functionId: string, columns: number) => TableColumnNames>> = {
  en: (functionId, columns) => ({ names: namesFrom(own, 'English', functionId, columns), written: false }),
  ja: (functionId, columns) => ({ names: namesFrom(japanese, 'Japanese', functionId, columns), written: true }),
};
