/**
 * Company comparison: every bundled preset side by side (MINER.COMPANIES spilled, then
 * MINER.COMPANY per figure beside it), each company's AI/HPC contracts (MINER.CONTRACTS
 * spilled) below, and from those contracts the contracted IT MW and the contract value per
 * MW per year of term.
 *
 * Contracted IT MW has one definition here: the IT load of the contracts listed, the same
 * contracts whose value is summed. Contracts run 5 to 25 years, so value is compared per
 * MW-year: total value ÷ Σ (IT MW × term), each contract's MW-years beside its row. The
 * totals read MINER.CONTRACTS's whole result by column (INDEX(…, 0, k), SUMPRODUCT), so they
 * follow the contracts, however many there are; the spilled table is a dynamic array, which an
 * Excel table (and so a structured reference) cannot hold.
 *
 * The layout follows the bundled presets (how many companies, how many contracts each), so
 * a data release that adds a company or a contract lays the sheet out again.
 */
import { isoDateToSerial } from '../core/dates';
import { listPresets, newestAsOf } from '../core/data/presets';
import { iferror, index, lit, miner, minus, over, ref, sum, sumproduct, times } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { CellRef } from '../sheet/formula-tree';
import { formats, SheetBuilder } from './sheet-builder';
import { defineModel } from './common';
import { sources } from './sources';

/** COMPANIES's table: ticker, name, data as of; a header row first. */
export const companiesColumns = 3;
/** CONTRACTS's table: counterparty, kind, IT MW, value, term, revenue per MW-year, signed; a header row first. */
export const contractsColumns = 7;
const contractMwColumn = 2;
const contractValueColumn = 3;
const contractTermColumn = 4;
/** Beside CONTRACTS's table: each contract's IT MW × term. */
const contractMwYearsColumn = contractsColumns;

/** What a total shows for a company with no contract: a formula's text, so the same in every language. */
const noContract = '–';

const fields: readonly { field: string; unit: string; format: string }[] = [
  { field: 'power_capacity_mw', unit: 'MW', format: formats.integer },
  { field: 'energized_mw', unit: 'MW', format: formats.integer },
  { field: 'pipeline_mw', unit: 'MW', format: formats.integer },
  { field: 'hashrate_ehs', unit: 'EH/s', format: formats.number1 },
  { field: 'fleet_efficiency_j_per_th', unit: 'J/TH', format: formats.number1 },
  { field: 'power_price_usd_per_kwh', unit: 'USD/kWh', format: formats.number4 },
  { field: 'btc_holdings', unit: 'BTC', format: formats.integer },
];

const text = {
  en: {
    name: 'Company comparison',
    summary: 'Every preset side by side: power, pipeline, BTC, net debt per share, contracts, contracted IT MW and contract value per MW-year.',
    sheet: 'Companies',
    title: 'Company comparison: every preset side by side',
    subtitle: 'Power, AI capacity and contracts of the listed miners turning AI landlords. n/d = not disclosed in the sources; – = no AI/HPC contract in the presets.',
    asOf: 'Figures as of',
    table: 'Presets = MINER.COMPANIES, figures = MINER.COMPANY (latest on or before the date above)',
    headers: {
      power_capacity_mw: 'Power capacity (MW)',
      energized_mw: 'Energized (MW)',
      pipeline_mw: 'Pipeline (MW)',
      hashrate_ehs: 'Hashrate (EH/s)',
      fleet_efficiency_j_per_th: 'Efficiency (J/TH)',
      power_price_usd_per_kwh: 'Power price (USD/kWh)',
      btc_holdings: 'BTC held',
    } as Record<string, string>,
    netDebtPerShare: 'Net debt per share (USD): (debt − cash) ÷ shares',
    contractValue: 'Contract value (USD)',
    contractMw: 'Contracted IT (MW), contracts listed',
    mwYears: 'IT MW × term (MW-years)',
    valuePerMwYear: 'Contract value per MW per year of term (USD/MW-yr)',
    contracts: (ticker: string) => `${ticker}: AI/HPC contracts = MINER.CONTRACTS("${ticker}")`,
    notDisclosed: 'n/d',
  },
  ja: {
    name: '企業比較',
    summary: '全プリセットを並べて比較：電力、パイプライン、BTC、1株あたり純有利子負債、契約、契約IT MW、MW・年あたり契約額。',
    sheet: '企業比較',
    title: '企業比較：全プリセットを並べて表示',
    subtitle: 'AIの大家へ転じる上場マイナーの電力、AI容量、契約。n/d = 出典に開示なし、– = プリセットにAI/HPC契約なし。',
    asOf: '数値の基準日',
    table: 'プリセット = MINER.COMPANIES、数値 = MINER.COMPANY（上の日付以前の最新値）',
    headers: {
      power_capacity_mw: '電力容量（MW）',
      energized_mw: '通電済み（MW）',
      pipeline_mw: 'パイプライン（MW）',
      hashrate_ehs: 'ハッシュレート（EH/s）',
      fleet_efficiency_j_per_th: '電力効率（J/TH）',
      power_price_usd_per_kwh: '電力価格（USD/kWh）',
      btc_holdings: 'BTC保有量',
    } as Record<string, string>,
    netDebtPerShare: '1株あたり純有利子負債（USD）：（負債 − 現金）÷ 株式数',
    contractValue: '契約総額（USD）',
    contractMw: '契約IT（MW、掲載契約）',
    mwYears: 'IT MW × 期間（MW・年）',
    valuePerMwYear: '契約期間1年・MWあたり契約額（USD/MW・年）',
    contracts: (ticker: string) => `${ticker}：AI/HPC契約 = MINER.CONTRACTS("${ticker}")`,
    notDisclosed: 'n/d',
  },
} as const;

/** The newest as-of date in the bundled presets: the default "as of" keeps the sheet reproducible. */
function latestPresetDate(): number {
  const newest = listPresets()
    .map(newestAsOf)
    .reduce((a, b) => (a > b ? a : b));
  return isoDateToSerial(newest) as number;
}

function layout(s: SheetBuilder, t: (typeof text)[Locale]): void {
  const presets = listPresets();
  const asOf = s.addInput({ key: 'as_of_date', label: t.asOf, value: latestPresetDate(), unit: 'date', format: formats.date, source: sources.companiesReference });
  const asOfAbs: CellRef = { ...asOf, absCol: true, absRow: true };
  s.gap();

  s.text(s.row++, 0, t.table, 'section');
  const headerRow = s.row;
  s.addSpill(headerRow, 0, (headers) => miner('COMPANIES', lit(headers)), presets.length + 1, companiesColumns, [formats.text, formats.text, formats.date]);
  const firstFieldCol = companiesColumns;
  fields.forEach((f, i) => s.text(headerRow, firstFieldCol + i, t.headers[f.field], 'tableHeader'));
  const netDebtCol = firstFieldCol + fields.length;
  s.text(headerRow, netDebtCol, t.netDebtPerShare, 'tableHeader');
  const valueCol = netDebtCol + 1;
  s.text(headerRow, valueCol, t.contractValue, 'tableHeader');
  s.text(headerRow, valueCol + 1, t.contractMw, 'tableHeader');
  s.text(headerRow, valueCol + 2, t.mwYears, 'tableHeader');
  s.text(headerRow, valueCol + 3, t.valuePerMwYear, 'tableHeader');

  // The contract blocks go below the table, one a company with contracts.
  let blockRow = headerRow + presets.length + 2;
  const blocks = presets.map((preset) => {
    const count = preset.contracts?.length ?? 0;
    if (count === 0) return undefined;
    const block = { ticker: preset.ticker, titleRow: blockRow, anchorRow: blockRow + 1, rows: count + 1 };
    blockRow += 1 + count + 1 + 1;
    return block;
  });

  presets.forEach((_, i) => {
    const row = headerRow + 1 + i;
    const ticker: CellRef = { ...s.at(row, 0), absCol: true };
    const figure = (field: string) => miner('COMPANY', ref(ticker), lit(field), ref(asOfAbs));
    fields.forEach((f, j) => {
      const formula = iferror(figure(f.field), lit(t.notDisclosed));
      s.put({ row, col: firstFieldCol + j, style: 'outputFigure', formula, numberFormat: f.format });
    });
    const netDebtPerShare = over(minus(figure('debt_usd'), figure('cash_usd')), figure('shares_outstanding'));
    s.put({ row, col: netDebtCol, style: 'outputFigure', formula: iferror(netDebtPerShare, lit(t.notDisclosed)), numberFormat: formats.usd });
    // The totals read the whole of MINER.CONTRACTS by column, never a fixed range of the block
    // below: a contract a data release adds is counted without the sheet being laid out again,
    // and a company with none (#N/A) says so.
    const contracts = miner('CONTRACTS', ref(ticker), lit(false));
    const column = (col: number) => index(contracts, lit(0), lit(col + 1));
    const totals = [
      { formula: sum(column(contractValueColumn)), format: formats.usd },
      { formula: sum(column(contractMwColumn)), format: formats.integer },
      { formula: sumproduct(column(contractMwColumn), column(contractTermColumn)), format: formats.integer },
    ];
    totals.forEach((total, k) =>
      s.put({ row, col: valueCol + k, style: 'outputFigure', formula: iferror(total.formula, lit(noContract)), numberFormat: total.format }),
    );
    const perMwYear = over(ref(s.at(row, valueCol)), ref(s.at(row, valueCol + 2)));
    s.put({ row, col: valueCol + 3, style: 'resultFigure', formula: iferror(perMwYear, lit(noContract)), numberFormat: formats.usd });
  });

  for (const block of blocks) {
    if (!block) continue;
    s.text(block.titleRow, 0, t.contracts(block.ticker), 'section');
    s.addSpill(block.anchorRow, 0, (headers) => miner('CONTRACTS', lit(block.ticker), lit(headers)), block.rows, contractsColumns, [
      formats.text,
      formats.text,
      formats.integer,
      formats.usd,
      formats.number1,
      formats.usd,
      formats.date,
    ]);
    s.text(block.anchorRow, contractMwYearsColumn, t.mwYears, 'tableHeader');
    for (let row = block.anchorRow + 1; row < block.anchorRow + block.rows; row++) {
      const mwYears = times(ref(s.at(row, contractMwColumn)), ref(s.at(row, contractTermColumn)));
      s.put({ row, col: contractMwYearsColumn, style: 'output', formula: mwYears, numberFormat: formats.integer });
    }
  }
  s.row = blockRow;
}

export const companyComparison = defineModel('company-comparison', text, [16, 30, 12, 16, 14, 16, 14, 14, 16, 12, 18, 18, 16, 16, 20], layout);
