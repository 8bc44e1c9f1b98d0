/**
 * Lease financing: an AI/HPC lease underwritten as a credit committee does, from the lease to
 * the equity's return: the rent and NOI, the build on the timeline with its interest
 * capitalised, the debt sized at the lesser of a loan-to-cost and a minimum DSCR on a base and a
 * downside case, a debt service reserve and a lock-up, the headline read by label from
 * MINER.LEASE_SUMMARY (so any term and build work), the table year by year, a grid of equity IRR
 * against rent and interest rate, and charts. Prefilled with Hut 8's River Bend (245 MW IT, $7.0B
 * over 15 years). A second sheet lays out the deal of every point of the grid year by year
 * (lease-grid-sheet.ts); a third finances River Bend with its $3.25B 6.192% notes and a
 * Cipher-style 2030 project-notes deal with a balloon.
 */
import { index, irr, lit, match, min, miner, over, range, ref, times } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { WorkbookPlan } from './plan';
import { Expr } from '../sheet/formula-tree';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, legend, linkedNote, ModelDefinition, ModelOptions, unitText } from './common';
import { sources } from './sources';
import { leaseSummaryLabels } from '../core/underwriting/lease-summary';
import { notesText } from './lease-notes-text';
import { sourceText } from './source-notes';
import { columnNames } from './column-names';
import { DealCells, dealArgs, dealCall, financingColumn, financingColumns, financingFormats, financingTableRows } from './lease-deal-call';
import { gridAxisKeys, gridEquityRange, gridSheet } from './lease-grid-sheet';

const termYears = 15;
const buildMonths = 18;
/** Rows of the prefilled deal's table, header included. */
const tableRows = financingTableRows(termYears, buildMonths);
/** LEASE_SUMMARY's table: a header row, then one row a label. */
const summaryRows = 1 + leaseSummaryLabels.length;

const text = {
  en: {
    name: 'Lease financing',
    summary: 'An AI/HPC lease underwritten as a credit committee does: the build on the timeline, debt by profile on base and downside cases, reserve and lock-up, equity and project IRR, and River Bend and Cipher project notes (Hut 8 River Bend prefilled).',
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
    equityIrr: 'Equity IRR (= IRR and XIRR of the equity cash flows)',
    projectIrr: 'Project IRR (= IRR and XIRR of the project cash flows)',
    minDscr: 'Minimum DSCR over the tenor, base case',
    yieldOnCost: 'Yield on cost (year-1 NOI ÷ build cost)',
    spread: 'Development spread (yield on cost − exit cap rate)',
    table: 'The deal, year by year from close = MINER.LEASE_FINANCING (spills)',
    dscrChart: 'DSCR (NOI ÷ debt service) by year',
    seriesDscr: 'DSCR',
    usd: 'USD',
    ratio: 'x',
    grid: 'Equity IRR by rent in year 1 (rows) and interest rate (columns)',
    gridRows: 'Rent (USD/kW-month)',
    gridCols: 'Interest rate (a year)',
    assumption: 'Assumption: set your own',
    dscrNote: 'Assumption: not public (the one public DSCR found, 1.40 on Galaxy Helios, is unverified)',
    tenorNote: 'Assumption: the lease term (the 2042 notes amortise over 16.5 years from issue, the build included)',
    downside: 'Downside case: rent haircut',
    dsra: 'Debt service reserve',
    lockup: 'Lock-up DSCR (distributions held below)',
    sweep: 'Cash sweep (share of the cash after debt service that prepays the loan)',
    downsideNote: 'Assumption: a 20% rent cut (a vacancy or re-leasing at renewal)',
    dsraNote: 'Assumption: six months of debt service, a common project-finance reserve',
    lockupNote: 'Assumption: lock-up near 1.15x, as lenders set it',
    sweepNote: "Assumption: none, as River Bend's notes amortize on schedule; enter a share to model a sweep",
    summaryTable: 'Headline = MINER.LEASE_SUMMARY (label and value; the results above look their label up)',
    debtUsd: 'Debt at completion (drawn plus capitalised interest)',
    equityUsd: 'Equity (capex less debt drawn, plus the reserve)',
    loanToCost: 'Loan-to-cost, capitalised interest included',
    capitalised: 'Interest capitalised over the build',
    payback: 'Equity payback (years from close)',
    minDscrDownside: 'Minimum DSCR, downside case',
    dscrSeriesDownside: 'DSCR, downside',
    flowChart: 'NOI and debt service by year from close (USD)',
    seriesNoi: 'NOI',
    seriesService: 'Debt service',
  },
  ja: {
    name: 'リース・ファイナンス',
    summary: 'クレジット委員会と同じ方法でのAI/HPCリースの引受分析：時間軸上の建設、ベースとダウンサイドに基づく返済方法別の借入、準備金とロックアップ、エクイティとプロジェクトのIRR、River BendとCipherのプロジェクト社債（Hut 8 River Bendで入力済み）。',
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
    equityIrr: 'エクイティIRR（エクイティ・キャッシュフローのIRRおよびXIRR）',
    projectIrr: 'プロジェクトIRR（プロジェクト・キャッシュフローのIRRおよびXIRR）',
    minDscr: '借入期間中の最低DSCR（ベース・ケース）',
    yieldOnCost: 'イールド・オン・コスト（1年目のNOI ÷ 建設費）',
    spread: '開発スプレッド（イールド・オン・コスト − 出口キャップレート）',
    table: 'クローズからの年次の取引全体 = MINER.LEASE_FINANCING（スピル）',
    dscrChart: '年ごとのDSCR（NOI ÷ 元利返済額）',
    seriesDscr: 'DSCR',
    usd: 'USD',
    ratio: '倍',
    grid: '1年目の賃料（行）と金利（列）ごとのエクイティIRR',
    gridRows: '賃料（USD/kW・月）',
    gridCols: '金利（年率）',
    assumption: '仮定：ご自身の値を設定してください',
    dscrNote: '仮定：非公開（公開された唯一のDSCR、Galaxy Heliosの1.40は未検証）',
    tenorNote: '仮定：リース期間（2042年満期の社債は発行から建設期間を含め16.5年で償還）',
    downside: 'ダウンサイド・ケース：賃料の減額',
    dsra: '元利返済準備金',
    lockup: 'ロックアップDSCR（これを下回ると配当を留保）',
    sweep: 'キャッシュ・スイープ（元利返済後の現金のうち期限前返済に充てる割合）',
    downsideNote: '仮定：賃料20%減（更新時の空室・再賃貸）',
    dsraNote: '仮定：元利返済6か月分（プロジェクト・ファイナンスで一般的な準備金）',
    lockupNote: '仮定：レンダーが設定する1.15倍前後のロックアップ',
    sweepNote: '仮定：なし（River Bend の社債は予定どおり償還）。スイープを見るには割合を入力',
    summaryTable: '主要指標 = MINER.LEASE_SUMMARY（ラベルと値。上の結果はラベルで参照）',
    debtUsd: '完成時の借入（引出額と資本化利息）',
    equityUsd: 'エクイティ（設備投資 − 借入引出額 + 準備金）',
    loanToCost: 'LTC（資本化利息を含む）',
    capitalised: '建設期間中に資本化された利息',
    payback: 'エクイティ回収（クローズからの年数）',
    minDscrDownside: 'ダウンサイド・ケースの最低DSCR',
    dscrSeriesDownside: 'DSCR（ダウンサイド）',
    flowChart: 'クローズからの年ごとのNOIと元利返済額（USD）',
    seriesNoi: 'NOI',
    seriesService: '元利返済額',
  },
} as const;

const gridRents = [108, 128, 148];
const gridRates = [0.05192, 0.06192, 0.07192];

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  const lease = s.inputSection(t.lease, {
    mw: input('it_load_mw', t.mw, 245, 'MW IT', formats.number1, sources.riverBendLease),
    rent: input('rent_usd_per_kw_month', t.rent, 128, 'USD/kW-month', formats.usd2, sources.riverBendRent),
    term: input('term_years', t.term, termYears, 'years', formats.integer, sources.riverBendLease),
    escalator: input('annual_escalator', t.escalator, 0.03, 'share/yr', formats.share, sources.riverBendLease),
    noiMargin: input('noi_margin', t.noiMargin, 0.986, 'share', formats.share, sources.riverBendNoi),
  });
  const debt = s.inputSection(t.debt, {
    capex: input('capex_usd_per_mw', t.capex, 10e6, 'USD/MW IT', formats.usd, sources.riverBendCapex),
    build: input('build_months', t.build, buildMonths, 'months', formats.integer, sources.riverBendBuild),
    ltc: input('max_loan_to_cost', t.ltc, 0.85, 'share', formats.share, sources.riverBendLoan),
    rate: input('interest_rate', t.rate, 0.06192, 'share/yr', formats.rate, sources.riverBendNotes),
    dscr: input('min_dscr', t.dscr, 1.4, 'x', formats.number2, t.dscrNote),
    tenor: input('tenor_years', t.tenor, termYears, 'years', formats.integer, t.tenorNote),
    exitCap: input('exit_cap_rate', t.exitCap, 0.06, 'share', formats.share, sources.leaseCapRate),
    downside: input('downside_rent_haircut', t.downside, 0.2, 'share', formats.share, t.downsideNote),
    dsra: input('dsra_months', t.dsra, 6, 'months', formats.integer, t.dsraNote),
    lockup: input('lockup_dscr', t.lockup, 1.15, 'x', formats.number2, t.lockupNote),
    sweep: input('cash_sweep_share', t.sweep, 0, 'share', formats.share, t.sweepNote),
  });
  const { mw } = lease;
  const { capex, rate, exitCap } = debt;

  const cells: DealCells = { ...lease, ...debt };
  const deal = (headers: boolean): Expr => dealCall(cells, ref(lease.rent), ref(rate), headers);

  // The results read the summary below them by label: its place is known before they are written.
  const resultsRow = s.row;
  const resultCount = 13;
  const summaryAnchor = resultsRow + resultCount + 3;
  const labels = range(s.at(summaryAnchor + 1, 0, true, true), s.at(summaryAnchor + summaryRows - 1, 0, true, true));
  const values = range(s.at(summaryAnchor + 1, 1, true, true), s.at(summaryAnchor + summaryRows - 1, 1, true, true));
  const byLabel = (label: string): Expr => index(values, match(lit(label), labels), lit(1));

  s.section(t.results);
  const capexTotal = s.addOutput({ label: t.capexTotal, formula: times(ref(mw), ref(capex)), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.equityIrr, formula: byLabel('equity_irr'), unit: 'share/yr', format: formats.share, strong: true });
  s.addOutput({ label: t.projectIrr, formula: byLabel('project_irr'), unit: 'share/yr', format: formats.share, strong: true });
  s.addOutput({ label: t.minDscr, formula: byLabel('min_dscr'), unit: 'x', format: formats.number2, strong: true });
  s.addOutput({ label: t.minDscrDownside, formula: byLabel('min_dscr_downside'), unit: 'x', format: formats.number2 });
  s.addOutput({ label: t.debtUsd, formula: byLabel('debt_usd'), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.capitalised, formula: byLabel('capitalised_interest_usd'), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.loanToCost, formula: byLabel('loan_to_cost'), unit: 'share', format: formats.share });
  s.addOutput({ label: t.equityUsd, formula: byLabel('equity_usd'), unit: 'USD', format: formats.usd });
  s.addOutput({ label: t.payback, formula: byLabel('equity_payback_year'), unit: 'years', format: formats.number1 });
  // Year-1 NOI of the lease: IT load × 1,000 kW × rent × 12 months × NOI margin.
  const firstNoi = times(times(times(ref(mw), lit(12000)), ref(lease.rent)), ref(lease.noiMargin));
  const yieldOnCost = s.addOutput({ label: t.yieldOnCost, formula: over(firstNoi, ref(capexTotal)), unit: 'share/yr', format: formats.share });
  s.addOutput({ label: t.spread, formula: minusOf(ref(yieldOnCost), ref(exitCap)), unit: 'share/yr', format: formats.share });
  s.row = summaryAnchor - 1;

  s.section(t.summaryTable);
  s.addSpill(summaryAnchor, 0, (headers) => miner('LEASE_SUMMARY', ...dealArgs(cells, ref(lease.rent), ref(rate), headers)), summaryRows, 2, [undefined, formats.number4]);
  s.row = summaryAnchor + summaryRows + 1;

  s.section(t.table);
  const anchorRow = s.row;
  const usd = formats.usd;
  const table = s.addSpill(anchorRow, 0, deal, tableRows, financingColumns, financingFormats);
  s.row = anchorRow + tableRows + 1;

  // The charts start at the first row with rent and debt service (the build's rows have neither).
  const firstServiceRow = anchorRow + 2 + Math.floor(buildMonths / 12);
  const years = table.column(financingColumn.year, firstServiceRow);
  s.addChart({
    title: t.flowChart,
    categories: years,
    categoryFormat: formats.integer,
    valueFormat: usd,
    valueTitle: t.usd,
    series: [
      { name: t.seriesNoi, type: 'line', values: table.column(financingColumn.noi, firstServiceRow) },
      { name: t.seriesService, type: 'line', values: table.column(financingColumn.service, firstServiceRow) },
    ],
    from: { row: s.row, col: 0 },
    to: { row: s.row + 16, col: 3 },
  });
  s.addChart({
    title: t.dscrChart,
    categories: years,
    categoryFormat: formats.integer,
    valueFormat: formats.number2,
    valueTitle: t.ratio,
    series: [
      { name: t.seriesDscr, type: 'line', values: table.column(financingColumn.dscr, firstServiceRow) },
      { name: t.dscrSeriesDownside, type: 'line', values: table.column(financingColumn.dscrDownside, firstServiceRow) },
    ],
    from: { row: s.row, col: 4 },
    to: { row: s.row + 16, col: 10 },
  });
  s.row += 18;

  // The grid: each cell is =IRR of the equity column of its own deal, laid out whole on the
  // sensitivity sheet (lease-grid-sheet.ts), every row a table of any length can fill: the
  // headline's figure at the point's rent and rate, in a reviewer's sight and computed by a copy.
  s.addGrid({
    title: t.grid,
    rows: { key: gridAxisKeys.rent, caption: t.gridRows, unit: 'USD/kW-month', values: gridRents, format: formats.usd2 },
    cols: { key: gridAxisKeys.rate, caption: t.gridCols, unit: 'share/yr', values: gridRates, format: formats.rate },
    cellFormat: formats.share,
    cell: (_rent, _rate, point) => {
      const equity = gridEquityRange(options.locale, point.row, point.col, gridRates.length);
      return irr(range(equity.from, equity.to));
    },
  });
}

const minusOf = (left: Expr, right: Expr): Expr => ({ kind: 'op', op: '-', left, right });

const columnWidths = [46, 18, 16, 18, 18, 16, 18, 10, 18, 18, 12, 16, 16, 10];
const mainModel = defineModel('lease-financing', text, columnWidths, layout);

/**
 * The notes sheet: River Bend financed with its notes, and a 2030 project-notes deal (Cipher's
 * Barber Lake), each a DEBT_SCHEDULE on the lease's NOI (LEASE_CASHFLOWS), every figure sourced
 * or labelled an assumption.
 */
function notesSheet(options: ModelOptions): WorkbookPlan['sheets'][number] {
  const t = notesText[options.locale];
  const s = new SheetBuilder(t.sheet, [46, 18, 16, 18, 18, 16, 18, 12], { names: {}, note: linkedNote[options.locale] }, unitText[options.locale], sourceText[options.locale], columnNames[options.locale]);
  s.title(t.title, t.subtitle);
  s.legend(legend[options.locale]);
  for (const deal of t.deals) {
    const lease = s.inputSection(deal.leaseTitle, {
      mw: input(`${deal.key}_it_load_mw`, t.mw, deal.mw[0], 'MW IT', formats.number1, deal.mw[1]),
      rent: input(`${deal.key}_rent_usd_per_kw_month`, t.rent, deal.rent[0], 'USD/kW-month', formats.usd2, deal.rent[1]),
      term: input(`${deal.key}_term_years`, t.term, deal.term[0], 'years', formats.integer, deal.term[1]),
      escalator: input(`${deal.key}_annual_escalator`, t.escalator, deal.escalator[0], 'share/yr', formats.share, deal.escalator[1]),
      noiMargin: input(`${deal.key}_noi_margin`, t.noiMargin, deal.noiMargin[0], 'share', formats.share, deal.noiMargin[1]),
    });
    const notes = s.inputSection(deal.notesTitle, {
      principal: input(`${deal.key}_principal_usd`, t.principal, deal.principal[0], 'USD', formats.usd, deal.principal[1]),
      coupon: input(`${deal.key}_interest_rate`, t.coupon, deal.coupon[0], 'share/yr', formats.rate, deal.coupon[1]),
      tenor: input(`${deal.key}_tenor_years`, t.tenor, deal.tenor[0], 'years', formats.integer, deal.tenor[1]),
      balloon: input(`${deal.key}_balloon_share`, t.balloon, deal.balloon[0], 'share', formats.share, deal.balloon[1]),
      dscr: input(`${deal.key}_min_dscr`, t.sizingDscr, deal.impliedDscr[0], 'x', formats.number2, deal.impliedDscr[1]),
    });
    // The results first, then the lease's NOI laid out as a table (what the notes are repaid
    // from, which DEBT_SIZE and DEBT_SCHEDULE read as a range: a copy without the add-in
    // computes each from the cells above it), then the notes year by year.
    const resultsRow = s.row;
    const leaseAnchor = resultsRow + 4;
    const scheduleAnchor = leaseAnchor + deal.term[0] + 3;
    const usd = formats.usd;
    const leaseCall = (headers: boolean) =>
      miner('LEASE_CASHFLOWS', ref(lease.mw), ref(lease.rent), ref(lease.term), ref(lease.escalator), ref(lease.noiMargin), lit(1), lit(headers));
    const noiColumn = s.addSpill(leaseAnchor, 0, leaseCall, deal.term[0] + 1, 3, [formats.integer, usd, usd]).column(2);
    const noi = range(noiColumn.from, noiColumn.to);
    const schedule = (headers: boolean) =>
      miner('DEBT_SCHEDULE', ref(notes.principal), ref(notes.coupon), ref(notes.tenor), noi, lit(headers), lit(deal.profile), ref(notes.balloon));
    const dscrs = range(s.at(scheduleAnchor + 1, 6, true, true), s.at(scheduleAnchor + deal.tenor[0], 6, true, true));
    s.section(t.results);
    s.addOutput({ label: t.minDscr, formula: min(dscrs), unit: 'x', format: formats.number2, strong: true });
    s.addOutput({ label: t.sizedAt, formula: miner('DEBT_SIZE', noi, ref(notes.coupon), ref(notes.tenor), ref(notes.dscr)), unit: 'USD', format: formats.usd, note: deal.sizedNote });
    s.row = leaseAnchor - 1;
    s.section(t.leaseTable);
    s.row = scheduleAnchor - 1;
    s.section(deal.scheduleTitle);
    s.addSpill(scheduleAnchor, 0, schedule, deal.tenor[0] + 1, 7, [formats.integer, usd, usd, usd, usd, usd, formats.number2]);
    s.row = scheduleAnchor + deal.tenor[0] + 2;
  }
  return s.build();
}

export const leaseFinancing: ModelDefinition = {
  ...mainModel,
  build(options: ModelOptions): WorkbookPlan {
    const plan = mainModel.build(options);
    return { ...plan, sheets: [...plan.sheets, gridSheet(options, plan.sheets[0]), notesSheet(options)] };
  },
};
