/**
 * What "Insert into workbook" writes for a preset, as data: the sheet (named after the
 * ticker), a title, the figures table (TICKER_Figures: every figure with its history, latest
 * first), the contracts table (TICKER_Contracts, one row per contract, reachable by structured
 * reference) and one workbook name per figure (TICKER_HASHRATE_EHS ...) referring to the
 * latest figure's value cell. Pure: presetWrite (apply.ts) hands it to the workbook gateway.
 *
 * Layout: company name in A1 and a line under it in A2, the ticker in B3 (named TICKER_TICKER,
 * so a model can follow the preset), figures table from A4 down, contracts
 * table from H4 down. The two tables sit side by side so that each can grow or shrink with the
 * preset's figures without moving the other. Inserted again, the sheet is updated in place:
 * the names keep following the latest figures (a cell reference keeps its cell, whose figure
 * may have moved when the history grew), and the sheet's other cells stay.
 */
import { isoDateToSerial } from '../../core/dates';
import { Contract, FieldValue, Preset, figureHistory, presetFields } from '../../core/data/presets';
import { CellBox, boxAddress, parseAddress } from '../../sheet/a1';
import { isValidExcelName, isValidSheetName, maxSheetNameLength, sheetReference } from '../excel-names';

export type PlanCell = string | number;

export interface TablePlan {
  /** The table's name, e.g. IREN_Figures. */
  name: string;
  /** Where it goes on the preset's sheet, header row included, e.g. "A4:F12". */
  address: string;
  header: string[];
  /** Data rows; a calculated column's cells are its formula (see formulaColumns). */
  rows: PlanCell[][];
  /** One Excel number format (en-US codes) per data cell. */
  numberFormats: string[][];
  /** Calculated columns (0-based index), written once the table exists: structured references need it. */
  formulaColumns: number[];
  /** Width of each column in points. */
  columnWidths: number[];
}

export interface NamePlan {
  name: string;
  /** A formula reference, e.g. ='IREN'!$B$5. */
  reference: string;
  comment: string;
}

export interface LinkPlan {
  /** The cell on the preset's sheet, e.g. "E5". */
  address: string;
  url: string;
}

export interface PresetInsertPlan {
  ticker: string;
  sheetName: string;
  /** The title (company name), the line under it, and the ticker with its label above the figures. */
  headings: { address: string; text: string; style: 'title' | 'subtitle' | 'ticker' }[];
  tables: TablePlan[];
  names: NamePlan[];
  /** Source cells that become hyperlinks. */
  links: LinkPlan[];
}

export interface PlanOptions {
  /** The title's second line (the pane passes it in the user's language). */
  subtitle?: string;
  /** The label beside the ticker cell, in the user's language. */
  tickerLabel?: string;
}

export const defaultSubtitle = 'Sourced figures — each with its date and source';
export const defaultTickerLabel = 'Ticker';
/**
 * The ticker's own cell, above the figures' value column, named TICKER_TICKER: a model that
 * takes a ticker (the sum of the parts, NOTES, COMPANY) follows the inserted preset through it.
 */
const tickerLabelAddress = 'A3';
const tickerAddress = 'B3';
export const figuresHeader = ['field', 'value', 'unit', 'as_of', 'source', 'note'];
export const contractsHeader = [
  'counterparty',
  'kind',
  'it_load_mw',
  'contract_value_usd',
  'term_years',
  'prepayment_share',
  'revenue_per_mw_year',
  'signed',
  'source',
];
const figuresWidths = [150, 80, 60, 72, 230, 320];
const contractsWidths = [120, 90, 72, 120, 70, 100, 120, 72, 230];
const headerRow = 4;
const figuresLeft = 0;
/** Column H: one empty column (G) after the six figure columns. */
const contractsLeft = figuresHeader.length + 1;
const dateFormat = 'yyyy-mm-dd';
const textFormat = '@';
/** Revenue per MW of IT load per year, as a calculated column over the row's own cells. */
const revenuePerMwYearFormula = '=[@contract_value_usd]/([@term_years]*[@it_load_mw])';
/** Name comments are limited to 255 characters. */
const maxCommentLength = 255;

/**
 * The prefix of every name and table of a ticker: letters, digits and underscores only
 * (other characters become "_"), an underscore first if it would start with a digit.
 */
export function namePrefix(ticker: string): string {
  const cleaned = ticker.trim().toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[A-Z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** IREN + hashrate_ehs -> IREN_HASHRATE_EHS. */
export function figureName(ticker: string, field: string): string {
  return `${namePrefix(ticker)}_${field.toUpperCase()}`;
}

export function figuresTableName(ticker: string): string {
  return `${namePrefix(ticker)}_Figures`;
}

export function contractsTableName(ticker: string): string {
  return `${namePrefix(ticker)}_Contracts`;
}

/** The preset's sheet: the ticker, cut to 31 characters, with characters Excel refuses replaced. */
export function presetSheetName(ticker: string): string {
  return ticker.trim().replace(/[\\/?*[\]:']/g, '_').slice(0, maxSheetNameLength) || '_';
}

/** "#,##0" for whole numbers, "#,##0.0000" for 0.0242: as many decimals as the value has, up to 6. */
export function numberFormatFor(value: number): string {
  const decimals = Math.min((String(value).split('.')[1] ?? '').length, 6);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** A share as a percentage with the decimals it needs: 0.2 -> "0%", 0.125 -> "0.0%". */
function percentFormatFor(share: number): string {
  const decimals = Math.min((String(Math.round(share * 1e8) / 1e6).split('.')[1] ?? '').length, 4);
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/** An ISO date as an Excel serial (a real date in the cell), or the text if it is not one. */
function dateCell(isoDate: string): PlanCell {
  return isoDateToSerial(isoDate) ?? isoDate;
}

function tableBox(left: number, columns: number, dataRows: number): CellBox {
  return { left, top: headerRow, right: left + columns - 1, bottom: headerRow + dataRows };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

interface FigureRow {
  field: string;
  cells: PlanCell[];
  formats: string[];
  latest: boolean;
}

function figureRows(preset: Preset): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const field of presetFields) {
    const history = figureHistory(preset[field as keyof Preset] as FieldValue | undefined).reverse();
    history.forEach((figure, index) => {
      const valueFormat = typeof figure.value === 'number' ? numberFormatFor(figure.value) : textFormat;
      rows.push({
        field,
        cells: [field, figure.value, figure.unit, dateCell(figure.as_of), figure.source, figure.note ?? ''],
        formats: [textFormat, valueFormat, textFormat, dateFormat, textFormat, textFormat],
        latest: index === 0,
      });
    });
  }
  return rows;
}

function contractRow(contract: Contract): { cells: PlanCell[]; formats: string[] } {
  const share = contract.prepayment_share;
  return {
    cells: [
      contract.counterparty,
      contract.kind,
      contract.it_load_mw,
      contract.contract_value_usd,
      contract.term_years,
      share ?? '',
      revenuePerMwYearFormula,
      dateCell(contract.signed),
      contract.source,
    ],
    formats: [
      textFormat,
      textFormat,
      numberFormatFor(contract.it_load_mw),
      '#,##0',
      numberFormatFor(contract.term_years),
      share === undefined ? '0%' : percentFormatFor(share),
      '#,##0',
      dateFormat,
      textFormat,
    ],
  };
}

function linksFor(box: CellBox, sourceColumn: number, urls: string[]): LinkPlan[] {
  return urls.map((url, index) => ({
    address: boxAddress({ left: box.left + sourceColumn, top: box.top + 1 + index, right: box.left + sourceColumn, bottom: box.top + 1 + index }),
    url,
  }));
}

/**
 * The plan for inserting a preset: see the module comment for the layout. Contracts get a
 * table only when the preset has some. Throws if the ticker cannot make valid Excel names.
 */
export function planPresetInsert(preset: Preset, options: PlanOptions = {}): PresetInsertPlan {
  const sheetName = presetSheetName(preset.ticker);
  const figures = figureRows(preset);
  const figuresBox = tableBox(figuresLeft, figuresHeader.length, figures.length);
  const latestName = figures.find((row) => row.field === 'name' && row.latest)?.cells[1];
  const tables: TablePlan[] = [
    {
      name: figuresTableName(preset.ticker),
      address: boxAddress(figuresBox),
      header: figuresHeader,
      rows: figures.map((row) => row.cells),
      numberFormats: figures.map((row) => row.formats),
      formulaColumns: [],
      columnWidths: figuresWidths,
    },
  ];
  const figureSource = figuresHeader.indexOf('source');
  const links = linksFor(figuresBox, figureSource, figures.map((row) => String(row.cells[figureSource])));

  const contracts = (preset.contracts ?? []).map(contractRow);
  if (contracts.length > 0) {
    const contractsBox = tableBox(contractsLeft, contractsHeader.length, contracts.length);
    tables.push({
      name: contractsTableName(preset.ticker),
      address: boxAddress(contractsBox),
      header: contractsHeader,
      rows: contracts.map((row) => row.cells),
      numberFormats: contracts.map((row) => row.formats),
      formulaColumns: [contractsHeader.indexOf('revenue_per_mw_year')],
      columnWidths: contractsWidths,
    });
    const contractSource = contractsHeader.indexOf('source');
    links.push(...linksFor(contractsBox, contractSource, contracts.map((row) => String(row.cells[contractSource]))));
  }

  const names: NamePlan[] = [
    {
      name: figureName(preset.ticker, 'ticker'),
      reference: sheetReference(sheetName, parseAddress(tickerAddress)),
      comment: `${preset.ticker}'s ticker: a formula that takes a ticker (MINER.SOTP, MINER.NOTES, MINER.COMPANY) follows this preset through it.`,
    },
  ];
  figures.forEach((row, index) => {
    if (!row.latest) return;
    const valueRow = figuresBox.top + 1 + index;
    const source = row.cells[figureSource];
    names.push({
      name: figureName(preset.ticker, row.field),
      reference: sheetReference(sheetName, { left: figuresLeft + 1, top: valueRow, right: figuresLeft + 1, bottom: valueRow }),
      comment: truncate(`${preset.ticker} ${row.field}, latest figure. Source: ${source}`, maxCommentLength),
    });
  });

  for (const name of [...tables.map((table) => table.name), ...names.map((item) => item.name)]) {
    if (!isValidExcelName(name)) throw new RangeError(`"${name}" is not a valid Excel name (ticker ${preset.ticker})`);
  }
  if (!isValidSheetName(sheetName)) throw new RangeError(`"${sheetName}" is not a valid sheet name`);

  return {
    ticker: preset.ticker,
    sheetName,
    headings: [
      { address: 'A1', text: latestName === undefined || latestName === preset.ticker ? preset.ticker : `${latestName} (${preset.ticker})`, style: 'title' },
      { address: 'A2', text: options.subtitle ?? defaultSubtitle, style: 'subtitle' },
      { address: tickerLabelAddress, text: options.tickerLabel ?? defaultTickerLabel, style: 'subtitle' },
      { address: tickerAddress, text: preset.ticker, style: 'ticker' },
    ],
    tables,
    names,
    links,
  };
}

/** The values a table's range receives first: header and rows, calculated columns left blank. */
export function tableValues(table: TablePlan): PlanCell[][] {
  return [table.header, ...table.rows.map((row) => row.map((cell, column) => (table.formulaColumns.includes(column) ? '' : cell)))];
}

/** The number formats of a table's range: text for the header, then the rows'. */
export function tableNumberFormats(table: TablePlan): string[][] {
  return [table.header.map(() => textFormat), ...table.numberFormats];
}

/** The data-body address of each calculated column and its formulas, e.g. "N5:N5" and [["=..."]]. */
export function formulaColumnWrites(table: TablePlan): { address: string; formulas: string[][] }[] {
  const box = parseAddress(table.address);
  return table.formulaColumns.map((column) => ({
    address: boxAddress({ left: box.left + column, top: box.top + 1, right: box.left + column, bottom: box.bottom }),
    formulas: table.rows.map((row) => [String(row[column])]),
  }));
}
