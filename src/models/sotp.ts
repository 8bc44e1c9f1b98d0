/**
 * Sum of the parts: a company valued from its sourced preset figures at the analyst's
 * multiples. A ticker cell drives MINER.SOTP (each part with its date and source, the
 * diluted shares at the share price) and the MINER.NOTES table; the multiples are labelled
 * inputs with the published examples beside them (firm, date, source); an overrides range
 * takes the analyst's own figures in place of the preset's; a football field gives value per
 * share with each part at its low, base and high multiple beside the market price (table and
 * chart, football-field.ts); a grid gives value per share against value per contracted MW and
 * BTC price. Prefilled with the preset that has the most convertible notes outstanding on
 * 2026-03-31 (IREN); the share and BTC prices are assumptions to replace.
 *
 * Every result reads the one SOTP table with plain formulas (the field, the grid, the diluted
 * shares and value per share above it), so a portable copy, where the table is native
 * formulas over the inputs with its bundled figures kept as data, follows every input.
 */
import { isoDateToSerial } from '../core/dates';
import { listPresets, outstandingNotes, Preset } from '../core/data/presets';
import { lit, miner, minus, over, plus, range, ref, sum, times } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { CellRef, Expr } from '../sheet/formula-tree';
import { formats, input, SheetBuilder } from './sheet-builder';
import { addFootballField } from './football-field';
import { defineModel, ModelOptions } from './common';
import { sources } from './sources';

const asOfIso = '2026-03-31';

/** The prefilled company: the preset with the most convertible notes outstanding on the date (IREN, five). */
function mostNotesTicker(): string {
  const count = (preset: Preset) => outstandingNotes(preset.convertible_notes ?? [], asOfIso).length;
  return listPresets().reduce((best, preset) => (count(preset) > count(best) ? preset : best)).ticker;
}
/** SOTP's rows without headers: seven parts, equity value, diluted shares, value per share, upside, status. */
const sotpRows = 12;
const valuePerShareRow = 10;
const usdPerShareColumn = 6;
/** SOTP's columns: part, basis, basis_unit, multiple, value_usd, usd_per_share, as_of, source. */
const sotpColumns = 8;
/** Rows of the table under its header: the parts, then the diluted shares. */
const partRow = { mining: 1, contracted: 2, pipeline: 3, btc: 4, cash: 5, debt: 6, projectDebt: 7, equity: 8, dilutedShares: 9 } as const;
const basisColumn = 1;
const valueColumn = 4;
/** NOTES's columns: name, principal, coupon, maturity, conversion price, cap, put date, as_of, source. */
const notesColumns = 9;

const examples = {
  jpmColo: 'JPMorgan (Nov-2025): colocation $8–17M/MW of critical IT, cloud up to $19M/MW; IREN at $17M/MW × 660 MW: https://blockspace.media/insight/jpmorgan-increases-guidance-on-power-capacity-valuation-upgrades-cifr-and-clsk-to-overweight',
  compass: 'Compass Point (CORZ): $1.46M revenue/MW/yr × 75% margin × 12.5× − $1.5M/MW capex ≈ $12.2M/MW (derived from the firm’s figures): https://au.investing.com/news/company-news/core-scientific-shares-target-raised-by-compass-point-93CH-3297318',
  capRate: 'Cantor (APLD) and KBW (WULF): a 6% cap rate on lease NOI (16.7× NOI, derived): https://ng.investing.com/news/analyst-ratings/cantor-fitzgerald-bullish-on-applied-blockchain-stock-initiates-coverage-at-outperform-93CH-1686730',
  bernstein: 'Bernstein: IREN Sweetwater at $5M/MW "based on recent M&A multiples": https://news.adtechsolutions.net/bulls-lift-targets-after-msft-deal/',
  morganStanley: 'Morgan Stanley: WULF pipeline at 50% (base) and 75% (bull) success: https://juicytalk.now/?p=90041',
  dilution: 'JPMorgan: diluted share counts 20–33% above reported: https://blockspace.media/insight/jpmorgan-increases-guidance-on-power-capacity-valuation-upgrades-cifr-and-clsk-to-overweight',
} as const;

/** The football field's low and high multiples, each from a published example. */
const fieldRange = {
  contracted: { low: 8e6, high: 19e6, source: 'JPMorgan (Nov-2025): colocation from $8M/MW of critical IT, cloud up to $19M/MW: https://blockspace.media/insight/jpmorgan-increases-guidance-on-power-capacity-valuation-upgrades-cifr-and-clsk-to-overweight' },
  pipeline: {
    low: 225e3,
    high: 8e6,
    source: 'H.C. Wainwright: CIFR bought a 300 MW site at $225k/MW (low); Morgan Stanley: conversion creates $5–8/W of equity value (high, $8M/MW): https://usdinrusd.com/analyst-remains-bullish-on-cipher-after-2-5-gw-energy-expansion-in-texas',
  },
} as const;

const text = {
  en: {
    name: 'Sum of the parts',
    summary: 'A company valued part by part from its sourced figures at your multiples: diluted shares with its convertible notes, value per share, a grid against $/MW and BTC price (IREN prefilled).',
    sheet: 'Sum of the parts',
    title: 'Sum of the parts: a miner valued from its sourced figures',
    subtitle: 'Change the ticker to value another preset (or insert a preset and link this model to it in the Models tab). The multiples are yours; published examples are beside them.',
    company: 'Company',
    ticker: 'Ticker',
    asOf: 'Figures and notes as of',
    sharePrice: 'Share price',
    btcPrice: 'BTC price',
    multiples: "Multiples (the analyst's inputs)",
    usdPerEhs: 'Mining: value per EH/s',
    usdPerMw: 'Contracted AI/HPC: value per MW of IT load',
    usdPerPipelineMw: 'Pipeline: value per MW',
    probability: 'Pipeline: probability of being built',
    netConverted: 'Notes counted as shares leave the debt (TRUE: if-converted)',
    ifConverted: 'A note above its conversion price is in the diluted shares; TRUE takes its principal out of debt_usd, FALSE keeps both (conservative)',
    results: 'Results',
    diluted: 'Diluted shares: DILUTED_SHARES at the share price (from the table below)',
    valuePerShare: 'Value per share (from the table below)',
    table: 'Sum of the parts = MINER.SOTP (spills; each part with its date and source)',
    notes: 'Convertible notes on the date = MINER.NOTES (spills)',
    examplesTitle: 'Published examples (firm, date, source)',
    grid: 'Value per share by value per contracted MW (rows) and BTC price (columns)',
    gridRows: 'Value per contracted MW (USD/MW of IT load)',
    gridCols: 'BTC price (USD)',
    assumption: 'Assumption: set your own',
    noMiningExample: 'Assumption: no published EV per EH/s for this company; set your own',
    notesSize: 'The table is sized for the prefilled company; another ticker spills its own size',
    fieldMultiples: 'Football field: low, base and high multiples (base is the multiple above)',
    fieldTitle: 'Football field: value per share with each part at its low, base and high multiple (the others at base)',
    low: 'Low',
    base: 'Base',
    high: 'High',
    marketPrice: 'Market price',
    allParts: 'All parts',
    fieldChart: 'Football field: value per share by multiple, and the market price',
    fieldAxis: 'USD per share',
    noMiningRange: 'Assumption: no published EV per EH/s; set your own low and high',
    overrides: "Overrides: your own figure in place of the preset's (the table's overrides range; leave blank to use the preset)",
    overrideLabel: 'Label',
    overrideValue: 'Value',
    overrideUnit: "the label's unit: EH/s, MW, BTC, USD or shares",
    overrideLabels: 'Labels: hashrate_ehs, contracted_mw, pipeline_mw, btc_holdings, cash_usd, debt_usd, project_debt_usd, shares_outstanding (e.g. contracted_mw 660 for JPMorgan\'s IREN method)',
  },
  ja: {
    name: 'サム・オブ・ザ・パーツ',
    summary: '出典付きの数値とご自身の倍率で企業を部分ごとに評価：転換社債を含む希薄化後株式数、1株あたり価値、$/MWとBTC価格のグリッド（IRENで入力済み）。',
    sheet: 'サム・オブ・ザ・パーツ',
    title: 'サム・オブ・ザ・パーツ：出典付きの数値によるマイナーの評価',
    subtitle: 'ティッカーを変えると別のプリセットを評価します（プリセットを挿入し、モデルタブでこのモデルをそれにリンクすることもできます）。倍率はご自身の値です。公表例を横に示します。',
    company: '企業',
    ticker: 'ティッカー',
    asOf: '数値と転換社債の基準日',
    sharePrice: '株価',
    btcPrice: 'BTC価格',
    multiples: '倍率（アナリストの入力）',
    usdPerEhs: 'マイニング：EH/sあたり価値',
    usdPerMw: '契約済みAI/HPC：IT負荷1MWあたり価値',
    usdPerPipelineMw: 'パイプライン：1MWあたり価値',
    probability: 'パイプライン：建設される確率',
    netConverted: '株式として数える転換社債を負債から除く（TRUE：転換仮定法）',
    ifConverted: '転換価格を上回る社債は希薄化後株式数に含まれます。TRUE で元本を debt_usd から除き、FALSE で両方に残します（保守的）',
    results: '結果',
    diluted: '希薄化後株式数：株価での DILUTED_SHARES（下の表から）',
    valuePerShare: '1株あたり価値（下の表から）',
    table: 'サム・オブ・ザ・パーツ = MINER.SOTP（スピル。各部分に日付と出典）',
    notes: '基準日の転換社債 = MINER.NOTES（スピル）',
    examplesTitle: '公表例（バリュエーション資料）',
    grid: '契約MWあたり価値（行）とBTC価格（列）ごとの1株あたり価値',
    gridRows: '契約MWあたり価値（IT負荷 USD/MW）',
    gridCols: 'BTC価格（USD）',
    assumption: '仮定：ご自身の値を設定してください',
    noMiningExample: '仮定：資料にこの企業のEH/sあたりEVの公表例はありません。ご自身の値を設定してください',
    notesSize: '表は入力済みの企業に合わせた大きさです。別のティッカーでは自身の大きさでスピルします',
    fieldMultiples: 'フットボールフィールド：低・基準・高の倍率（基準は上の倍率）',
    fieldTitle: 'フットボールフィールド：各部分を低・基準・高の倍率にしたときの1株あたり価値（他の部分は基準）',
    low: '低',
    base: '基準',
    high: '高',
    marketPrice: '株価',
    allParts: 'すべての部分',
    fieldChart: 'フットボールフィールド：倍率ごとの1株あたり価値と株価',
    fieldAxis: '1株あたり USD',
    noMiningRange: '仮定：EH/sあたりEVの公表例はありません。低・高をご自身で設定してください',
    overrides: '上書き：プリセットの数値に代わるご自身の数値（表の overrides 範囲。空欄ならプリセット）',
    overrideLabel: 'ラベル',
    overrideValue: '上書き値',
    overrideUnit: 'ラベルの単位：EH/s、MW、BTC、USD、株',
    overrideLabels: 'ラベル：hashrate_ehs、contracted_mw、pipeline_mw、btc_holdings、cash_usd、debt_usd、project_debt_usd、shares_outstanding（例：JPMorgan の IREN の方法なら contracted_mw 660）',
  },
} as const;

/** Rows of the overrides range: label and value, blank until the analyst fills them. */
const overrideRows = 4;

/**
 * The overrides range SOTP reads: a header, then label/value input rows left blank (a blank
 * row is skipped), the labels it takes beside them.
 */
function addOverrides(s: SheetBuilder, t: (typeof text)[Locale]): { from: CellRef; to: CellRef } {
  s.section(t.overrides);
  const header = s.row++;
  s.text(header, 0, t.overrideLabel, 'tableHeader');
  s.text(header, 1, t.overrideValue, 'tableHeader');
  s.source(header, 3, t.overrideLabels);
  const first = s.row;
  for (let i = 1; i <= overrideRows; i++) {
    const row = s.row++;
    s.put({ row, col: 0, style: 'input', numberFormat: formats.text });
    s.registerInput(`override_label_${i}`, row, 0, `${t.overrides}: ${t.overrideLabel} ${i}`, 'text', { row: header, col: 0 }, { row, col: 2 });
    s.put({ row, col: 1, style: 'input', numberFormat: formats.number2 });
    s.registerInput(`override_value_${i}`, row, 1, `${t.overrides}: ${t.overrideValue} ${i}`, 'number', { row: header, col: 1 }, { row, col: 2 });
    s.text(row, 2, t.overrideUnit, 'unit');
  }
  s.gap();
  return { from: s.at(first, 0, true, true), to: s.at(s.row - 2, 1, true, true) };
}

/** JPMorgan's published $/MW: the low and high end for colocation, IREN's, and cloud. */
const gridUsdPerMw = [8e6, 14e6, 17e6, 19e6];
/** Assumed BTC prices for the columns. */
const gridBtcPrices = [60000, 90000, 120000];

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  // Linked to an inserted preset, the ticker cell refers to its TICKER_TICKER name and the notes
  // table is laid out for that company; otherwise the prefilled company.
  const ticker = options.ticker ?? mostNotesTicker();
  const company = s.inputSection(t.company, {
    ticker: input('ticker', t.ticker, ticker, 'ticker', formats.text, sources.companiesReference),
    asOf: input('as_of_date', t.asOf, isoDateToSerial(asOfIso) as number, 'date', formats.date, t.assumption),
    sharePrice: input('share_price_usd', t.sharePrice, 40, 'USD', formats.usd2, t.assumption),
    btcPrice: input('btc_price_usd', t.btcPrice, 90000, 'USD', formats.usd, t.assumption),
  });
  const multiples = s.inputSection(t.multiples, {
    usdPerEhs: input('usd_per_ehs', t.usdPerEhs, 0, 'USD/EH/s', formats.usd, t.noMiningExample),
    usdPerMw: input('usd_per_contracted_mw', t.usdPerMw, 17e6, 'USD/MW', formats.usd, examples.jpmColo),
    usdPerPipelineMw: input('usd_per_pipeline_mw', t.usdPerPipelineMw, 5e6, 'USD/MW', formats.usd, examples.bernstein),
    probability: input('pipeline_probability', t.probability, 0.5, 'share', formats.share, examples.morganStanley),
    netConverted: input('net_converted_notes', t.netConverted, true, 'TRUE/FALSE', formats.general, t.ifConverted),
  });
  const { ticker: tickerCell, asOf, sharePrice } = company;
  const overrides = addOverrides(s, t);

  s.section(t.examplesTitle);
  for (const example of Object.values(examples)) s.source(s.row++, 0, example);
  s.gap();

  const sotp = (headers: boolean): Expr =>
    miner('SOTP', ref(tickerCell), ref(company.btcPrice), ref(sharePrice), ref(multiples.usdPerEhs), ref(multiples.usdPerMw), ref(multiples.usdPerPipelineMw), ref(multiples.probability), ref(asOf), lit(headers), ref(multiples.netConverted), range(overrides.from, overrides.to));

  s.section(t.results);
  const tableTitleRow = s.row + 2;
  const anchorRow = tableTitleRow + 1;
  const tableCell = (row: number, col: number) => s.at(anchorRow + row, col);
  s.addOutput({ label: t.diluted, formula: ref(tableCell(partRow.dilutedShares, basisColumn)), unit: 'shares', format: formats.integer });
  s.addOutput({ label: t.valuePerShare, formula: ref(s.at(anchorRow + valuePerShareRow, usdPerShareColumn - 1)), unit: 'USD', format: formats.usd2, strong: true });
  s.row = tableTitleRow;

  s.section(t.table);
  const usd = formats.usd;
  s.addSpill(anchorRow, 0, sotp, sotpRows + 1, sotpColumns, [formats.text, formats.number2, formats.text, usd, usd, formats.usd2, formats.date, formats.text]);
  s.row = anchorRow + sotpRows + 2;

  const notes = outstandingNotes(listPresets().find((preset) => preset.ticker === ticker)?.convertible_notes ?? [], asOfIso).length;
  s.section(t.notes);
  const notesRow = s.row;
  s.addSpill(notesRow, 0, (headers) => miner('NOTES', ref(tickerCell), ref(asOf), lit(headers)), notes + 1, notesColumns, [
    formats.text, usd, formats.rate, formats.date, formats.usd2, formats.usd2, formats.date, formats.date, formats.text,
  ]);
  s.source(notesRow + notes + 1, 0, t.notesSize);
  s.row = notesRow + notes + 3;

  addFootballField(s, {
    text: {
      title: t.fieldTitle,
      multiplesTitle: t.fieldMultiples,
      headers: { low: t.low, base: t.base, high: t.high, price: t.marketPrice },
      allParts: t.allParts,
      chartTitle: t.fieldChart,
      axis: t.fieldAxis,
    },
    parts: [
      { key: 'mining', label: t.usdPerEhs, unit: 'USD/EH/s', tableRow: anchorRow + partRow.mining, low: 0, base: multiples.usdPerEhs, high: 0, source: t.noMiningRange },
      { key: 'contracted', label: t.usdPerMw, unit: 'USD/MW', tableRow: anchorRow + partRow.contracted, base: multiples.usdPerMw, ...fieldRange.contracted },
      { key: 'pipeline', label: t.usdPerPipelineMw, unit: 'USD/MW', tableRow: anchorRow + partRow.pipeline, base: multiples.usdPerPipelineMw, ...fieldRange.pipeline },
    ],
    probability: multiples.probability,
    pipelineKey: 'pipeline',
    fixedValues: [partRow.btc, partRow.cash, partRow.debt, partRow.projectDebt].map((row) => tableCell(row, valueColumn)),
    dilutedShares: tableCell(partRow.dilutedShares, basisColumn),
    sharePrice,
    basisColumn,
  });

  // The grid: value per share with the contracted part and BTC at the grid's figures, from the
  // table: its equity value less those two parts at the model's inputs plus them at the grid's
  // (SUM reads a blank basis as 0, as SOTP does), over the diluted shares.
  const [contracted, btc] = [partRow.contracted, partRow.btc].map((row) => ({ basis: tableCell(row, basisColumn), value: tableCell(row, valueColumn) }));
  const equityValue = ref(tableCell(partRow.equity, valueColumn));
  const dilutedShares = ref(tableCell(partRow.dilutedShares, basisColumn));
  s.addGrid({
    title: t.grid,
    rows: { key: 'grid_usd_per_mw', caption: t.gridRows, unit: 'USD/MW', values: gridUsdPerMw, format: usd },
    cols: { key: 'grid_btc', caption: t.gridCols, unit: 'USD', values: gridBtcPrices, format: usd },
    cellFormat: formats.usd2,
    cell: (mw, price) => {
      const others = minus(minus(equityValue, ref(contracted.value)), ref(btc.value));
      const atGrid = plus(times(sum(ref(contracted.basis)), ref(mw)), times(sum(ref(btc.basis)), ref(price)));
      return over(plus(others, atGrid), dilutedShares);
    },
  });
  s.source(s.row++, 0, examples.jpmColo);
}

export const sumOfTheParts = defineModel('sotp', text, [50, 18, 16, 18, 18, 16, 14, 14, 40], layout, [{ key: 'ticker', field: 'ticker' }]);
