/**
 * Lease financing: an AI/HPC lease underwritten as a banker does, from the lease to the
 * equity's return: the rent and NOI, the build with its interest capitalised, the debt sized
 * at the lesser of a loan-to-cost and a minimum DSCR and sculpted on the NOI, the equity and
 * project cash flows with Excel's own IRR of each, the minimum DSCR, yield on cost, a grid of
 * equity IRR against rent and interest rate, and charts of the debt balance and the DSCR.
 * Prefilled with Hut 8's River Bend (245 MW IT, $7.0B over 15 years).
 */
import { index, irr, lit, min, miner, minus, over, plus, range, ref, times } from './formula';
import type { Locale } from './locale';
import { Expr } from './plan';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, sources } from './common';

/** LEASE_FINANCING's table: a header row, year 0 (the build), then one row a lease year; ten columns. */
const financingColumns = 10;
const column = { year: 0, noi: 2, drawn: 3, principal: 5, dscr: 7, equity: 8, project: 9 } as const;
const balanceColumn = financingColumns;
const termYears = 15;

const text = {
  en: {
    name: 'Lease financing',
    summary: 'An AI/HPC lease underwritten: debt sized and sculpted, equity and project IRR, DSCR, yield on cost (Hut 8 River Bend prefilled).',
    sheet: 'Lease financing',
    title: 'Lease financing: an AI/HPC lease, from rent to equity IRR',
    subtitle: "Prefilled with Hut 8's River Bend (245 MW IT leased to Fluidstack, Google backstop). Replace the inputs with any lease.",
    lease: 'Lease',
    mw: 'Critical IT load leased',
    rent: 'Rent in year 1',
    term: 'Lease term',
    escalator: 'Annual rent escalator',
    noiMargin: 'NOI margin (triple-net)',
    debt: 'Build and debt',
    capex: 'Build cost per MW of IT load',
    build: 'Build time',
    ltc: 'Maximum loan-to-cost',
    rate: 'Interest rate',
    dscr: 'Minimum DSCR',
    tenor: 'Debt tenor',
    exitCap: 'Exit cap rate (sale at the end of the lease)',
    results: 'Results',
    capexTotal: 'Build cost',
    drawn: 'Debt drawn (lesser of LTC and DSCR sizing)',
    equityIrr: 'Equity IRR = IRR(equity cash flows)',
    projectIrr: 'Project IRR = IRR(project cash flows)',
    minDscr: 'Minimum DSCR over the tenor',
    yieldOnCost: 'Yield on cost (year-1 NOI ÷ build cost)',
    spread: 'Development spread (yield on cost − exit cap rate)',
    table: 'The deal, year by year = MINER.LEASE_FINANCING (spills)',
    balance: 'opening_balance_usd (debt at the start of the year)',
    balanceChart: 'Debt balance at the start of each lease year (USD)',
    dscrChart: 'DSCR (NOI ÷ debt service) by year',
    seriesBalance: 'Debt balance',
    seriesDscr: 'DSCR',
    usd: 'USD',
    ratio: 'x',
    grid: 'Equity IRR by rent in year 1 (rows) and interest rate (columns)',
    gridRows: 'Rent (USD/kW-month)',
    gridCols: 'Interest rate (a year)',
    assumption: 'Assumption: set your own',
    dscrNote: 'Assumption: not public (the one public DSCR found, 1.40 on Galaxy Helios, is unverified)',
    tenorNote: 'Assumption: the lease term (the 2042 notes amortise over 16.5 years)',
    spillNote: 'The table and the IRR ranges are sized for a 15-year term',
  },
  ja: {
    name: 'リース・ファイナンス',
    summary: 'AI/HPCリースの引受分析：借入の規模と彫刻型返済、エクイティとプロジェクトのIRR、DSCR、イールド・オン・コスト（Hut 8 River Bendで入力済み）。',
    sheet: 'リース・ファイナンス',
    title: 'リース・ファイナンス：AI/HPCリースの賃料からエクイティIRRまで',
    subtitle: 'Hut 8 の River Bend（Fluidstackに245 MW ITを賃貸、Googleのバックストップ）で入力済み。任意のリースに置き換えられます。',
    lease: 'リース',
    mw: '賃貸するクリティカルIT負荷',
    rent: '1年目の賃料',
    term: 'リース期間',
    escalator: '賃料の年間エスカレーター',
    noiMargin: 'NOIマージン（トリプルネット）',
    debt: '建設と借入',
    capex: 'IT負荷1MWあたりの建設費',
    build: '建設期間',
    ltc: '借入の上限（LTC）',
    rate: '金利',
    dscr: '最低DSCR',
    tenor: '借入期間',
    exitCap: '出口キャップレート（リース終了時の売却）',
    results: '結果',
    capexTotal: '建設費',
    drawn: '借入額（LTCとDSCRによる上限の小さい方）',
    equityIrr: 'エクイティIRR = IRR(エクイティ・キャッシュフロー)',
    projectIrr: 'プロジェクトIRR = IRR(プロジェクト・キャッシュフロー)',
    minDscr: '借入期間中の最低DSCR',
    yieldOnCost: 'イールド・オン・コスト（1年目のNOI ÷ 建設費）',
    spread: '開発スプレッド（イールド・オン・コスト − 出口キャップレート）',
    table: '年次の取引全体 = MINER.LEASE_FINANCING（スピル）',
    balance: 'opening_balance_usd（期首の借入残高）',
    balanceChart: 'リース各年の期首の借入残高（USD）',
    dscrChart: '年ごとのDSCR（NOI ÷ 元利返済額）',
    seriesBalance: '借入残高',
    seriesDscr: 'DSCR',
    usd: 'USD',
    ratio: '倍',
    grid: '1年目の賃料（行）と金利（列）ごとのエクイティIRR',
    gridRows: '賃料（USD/kW・月）',
    gridCols: '金利（年率）',
    assumption: '仮定：ご自身の値を設定してください',
    dscrNote: '仮定：非公開（公開された唯一のDSCR、Galaxy Heliosの1.40は未検証）',
    tenorNote: '仮定：リース期間（2042年満期の社債は16.5年で償還）',
    spillNote: '表とIRRの範囲は15年の期間に合わせています',
  },
} as const;

const gridRents = [108, 128, 148];
const gridRates = [0.05192, 0.06192, 0.07192];

function layout(s: SheetBuilder, t: (typeof text)[Locale]): void {
  const lease = s.inputSection(t.lease, {
    mw: input('it_load_mw', t.mw, 245, 'MW IT', formats.number1, sources.riverBendLease),
    rent: input('rent_usd_per_kw_month', t.rent, 128, 'USD/kW-month', formats.usd2, sources.riverBendRent),
    term: input('term_years', t.term, termYears, 'years', formats.integer, sources.riverBendLease),
    escalator: input('annual_escalator', t.escalator, 0.03, 'share/yr', formats.share, sources.riverBendLease),
    noiMargin: input('noi_margin', t.noiMargin, 0.986, 'share', formats.share, sources.riverBendNoi),
  });
  const debt = s.inputSection(t.debt, {
    capex: input('capex_usd_per_mw', t.capex, 10e6, 'USD/MW IT', formats.usd, sources.riverBendCapex),
    build: input('build_months', t.build, 18, 'months', formats.integer, sources.riverBendBuild),
    ltc: input('max_loan_to_cost', t.ltc, 0.85, 'share', formats.share, sources.riverBendLoan),
    rate: input('interest_rate', t.rate, 0.06192, 'share/yr', formats.rate, sources.riverBendNotes),
    dscr: input('min_dscr', t.dscr, 1.4, 'x', formats.number2, t.dscrNote),
    tenor: input('tenor_years', t.tenor, termYears, 'years', formats.integer, t.tenorNote),
    exitCap: input('exit_cap_rate', t.exitCap, 0.06, 'share', formats.share, sources.leaseCapRate),
  });
  const { mw } = lease;
  const { capex, rate, build, exitCap } = debt;

  const deal = (rentCell: Expr, rateCell: Expr, headers: boolean): Expr =>
    miner('LEASE_FINANCING', ref(mw), rentCell, ref(lease.term), ref(lease.escalator), ref(lease.noiMargin), ref(capex), ref(build), ref(debt.ltc), rateCell, ref(debt.dscr), ref(debt.tenor), lit(headers), ref(exitCap));

  // The table's place is known before the results that read it: results first, table after them.
  const resultsRow = s.row;
  const anchorRow = resultsRow + 10;
  const firstYear = anchorRow + 1;
  const lastYear = anchorRow + 1 + termYears;
  const cells = (col: number, from = firstYear): Expr => range(s.at(from, col), s.at(lastYear, col));

  s.section(t.results);
  const capexTotal = s.addOutput({ label: t.capexTotal, formula: times(ref(mw), ref(capex)), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.drawn, formula: ref(s.at(firstYear, column.drawn)), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.equityIrr, formula: irr(cells(column.equity)), unit: 'share/yr', format: formats.share, strong: true });
  s.addOutput({ label: t.projectIrr, formula: irr(cells(column.project)), unit: 'share/yr', format: formats.share, strong: true });
  s.addOutput({ label: t.minDscr, formula: min(cells(column.dscr, firstYear + 1)), unit: 'x', format: formats.number2, strong: true });
  const yieldOnCost = s.addOutput({ label: t.yieldOnCost, formula: over(ref(s.at(firstYear + 1, column.noi)), ref(capexTotal)), unit: 'share/yr', format: formats.share });
  s.addOutput({ label: t.spread, formula: minus(ref(yieldOnCost), ref(exitCap)), unit: 'share/yr', format: formats.share, note: t.spillNote });
  s.row = anchorRow - 1;

  s.section(t.table);
  const usd = formats.usd;
  const table = s.addSpill(anchorRow, 0, deal(ref(lease.rent), ref(rate), true), termYears + 2, financingColumns, [formats.integer, usd, usd, usd, usd, usd, usd, formats.number2, usd, usd]);
  s.text(anchorRow, balanceColumn, t.balance, 'tableHeader');
  // Year 1 opens with the loan drawn and its interest during construction, drawn × (1 + rate × build ÷ 24); each later year with the last less its principal.
  const capitalised = plus(lit(1), over(times(ref(rate), ref(build)), lit(24)));
  s.put({ row: firstYear + 1, col: balanceColumn, style: 'output', formula: times(ref(s.at(firstYear, column.drawn)), capitalised), numberFormat: usd });
  for (let row = firstYear + 2; row <= lastYear; row++) {
    s.put({ row, col: balanceColumn, style: 'output', formula: minus(ref(s.at(row - 1, balanceColumn)), ref(s.at(row - 1, column.principal))), numberFormat: usd });
  }
  s.row = lastYear + 2;

  // The charts start at lease year 1, below year 0 (the build).
  const leaseYears = table.column(column.year, firstYear + 1);
  s.addChart({
    title: t.balanceChart,
    categories: leaseYears,
    categoryFormat: formats.integer,
    valueFormat: usd,
    valueTitle: t.usd,
    series: [{ name: t.seriesBalance, type: 'line', values: table.column(balanceColumn, firstYear + 1) }],
    from: { row: s.row, col: 0 },
    to: { row: s.row + 16, col: 3 },
  });
  s.addChart({
    title: t.dscrChart,
    categories: leaseYears,
    categoryFormat: formats.integer,
    valueFormat: formats.number2,
    valueTitle: t.ratio,
    series: [{ name: t.seriesDscr, type: 'line', values: table.column(column.dscr, firstYear + 1) }],
    from: { row: s.row, col: 4 },
    to: { row: s.row + 16, col: 10 },
  });
  s.row += 18;

  // The grid: each cell is IRR(INDEX(MINER.LEASE_FINANCING(…, FALSE), 0, 9)), the equity column of its own deal.
  s.addGrid({
    title: t.grid,
    rows: { key: 'grid_rent', caption: t.gridRows, unit: 'USD/kW-month', values: gridRents, format: formats.usd2 },
    cols: { key: 'grid_rate', caption: t.gridCols, unit: 'share/yr', values: gridRates, format: formats.rate },
    cellFormat: formats.share,
    cell: (rentCell, rateCell) => irr(index(deal(ref(rentCell), ref(rateCell), false), lit(0), lit(column.equity + 1))),
  });
}

export const leaseFinancing = defineModel('lease-financing', text, [46, 18, 16, 18, 18, 16, 18, 10, 18, 18, 20], layout);
