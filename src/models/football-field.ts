/**
 * The sum-of-the-parts football field: value per share with each valued part at its low, base
 * and high multiple (the others at base), and all parts together, beside the market price,
 * as a table and a column chart with the price as a line.
 *
 * Every cell is plain arithmetic over the SOTP table's cells (each part's basis and value,
 * the diluted shares) and the multiples, never a MINER.* call of its own, so they recompute
 * wherever the table does (in a portable copy, its native formulas).
 */
import { Expr, CellRef } from '../sheet/formula-tree';
import { over, plus, ref, sum, times } from '../sheet/formula';
import { formats, SheetBuilder } from './sheet-builder';

/** One valued part: its row in the SOTP table and its low/base/high multiples. */
export interface FieldPart {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** The SOTP table's row of the part (absolute sheet row). */
  readonly tableRow: number;
  readonly low: number;
  /** The model's multiple input: the base column refers to it. */
  readonly base: CellRef;
  readonly high: number;
  readonly source: string;
}

/** The field's words in the sheet's language. */
export interface FootballFieldText {
  readonly title: string;
  readonly multiplesTitle: string;
  readonly headers: { readonly low: string; readonly base: string; readonly high: string; readonly price: string };
  readonly allParts: string;
  readonly chartTitle: string;
  readonly axis: string;
}

export interface FootballFieldSpec {
  readonly text: FootballFieldText;
  /** Mining, contracted AI/HPC, pipeline, in that order. */
  readonly parts: readonly FieldPart[];
  /** The pipeline part's probability: its multiple is taken times it, as SOTP does. */
  readonly probability: CellRef;
  readonly pipelineKey: string;
  /** The table's value column cells of the parts valued at fixed prices (BTC, cash, debt, project debt). */
  readonly fixedValues: readonly CellRef[];
  readonly dilutedShares: CellRef;
  readonly sharePrice: CellRef;
  readonly basisColumn: number;
}

const scenarios = ['low', 'base', 'high'] as const;

/**
 * Value per share for one set of multiples: (Σ basis × multiple + the fixed values) ÷ diluted
 * shares. SUM(basis) reads a part without a sourced figure (a blank basis) as 0, as SOTP does,
 * and lets an error through; a missing liability's #N/A in the fixed values carries on.
 */
function valuePerShare(spec: FootballFieldSpec, multiples: ReadonlyMap<string, Expr>, s: SheetBuilder): Expr {
  const parts = spec.parts.map((part) => {
    const multiple = multiples.get(part.key) as Expr;
    const priced = part.key === spec.pipelineKey ? times(multiple, ref(spec.probability)) : multiple;
    return times(sum(ref(s.at(part.tableRow, spec.basisColumn))), priced);
  });
  const equity = [...parts, ...spec.fixedValues.map(ref)].reduce((total, term) => plus(total, term));
  return over(equity, ref(spec.dilutedShares));
}

/** The multiples table (low and high are inputs, base refers to the model's input), the value table and the chart. */
export function addFootballField(s: SheetBuilder, spec: FootballFieldSpec): void {
  const { headers } = spec.text;
  s.section(spec.text.multiplesTitle, [headers.low, headers.base, headers.high]);
  const multipleCells = new Map<string, Record<(typeof scenarios)[number], CellRef>>();
  for (const part of spec.parts) {
    const row = s.row++;
    s.text(row, 0, part.label);
    s.put({ row, col: 1, style: 'input', value: part.low, numberFormat: formats.usd });
    s.registerInput(`football_low_${part.key}`, row, 1, `${part.label} (${headers.low})`, part.unit, { row, col: 0 }, { row, col: 4 });
    s.put({ row, col: 2, style: 'output', formula: ref(part.base), numberFormat: formats.usd });
    s.put({ row, col: 3, style: 'input', value: part.high, numberFormat: formats.usd });
    s.registerInput(`football_high_${part.key}`, row, 3, `${part.label} (${headers.high})`, part.unit, { row, col: 0 }, { row, col: 4 });
    s.text(row, 4, part.unit, 'unit');
    s.source(row, 5, part.source);
    multipleCells.set(part.key, { low: s.at(row, 1), base: s.at(row, 2), high: s.at(row, 3) });
  }
  s.gap();

  s.section(spec.text.title, [headers.low, headers.base, headers.high, headers.price]);
  const firstRow = s.row;
  const rows: { label: string; varied: (key: string) => boolean }[] = [
    ...spec.parts.map((part) => ({ label: part.label, varied: (key: string) => key === part.key })),
    { label: spec.text.allParts, varied: () => true },
  ];
  for (const { label, varied } of rows) {
    const row = s.row++;
    s.text(row, 0, label);
    scenarios.forEach((scenario, i) => {
      const multiples = new Map(spec.parts.map((part) => {
        const cells = multipleCells.get(part.key) as Record<(typeof scenarios)[number], CellRef>;
        return [part.key, ref(varied(part.key) ? cells[scenario] : cells.base)] as const;
      }));
      s.put({ row, col: 1 + i, style: 'output', formula: valuePerShare(spec, multiples, s), numberFormat: formats.usd2 });
    });
    s.put({ row, col: 4, style: 'output', formula: ref(spec.sharePrice), numberFormat: formats.usd2 });
  }
  const lastRow = s.row - 1;
  const column = (col: number) => ({ from: s.at(firstRow, col, true, true), to: s.at(lastRow, col, true, true) });
  s.addChart({
    title: spec.text.chartTitle,
    categories: column(0),
    categoryFormat: formats.text,
    valueFormat: formats.usd2,
    valueTitle: spec.text.axis,
    series: [
      { name: headers.low, type: 'bar', values: column(1) },
      { name: headers.base, type: 'bar', values: column(2) },
      { name: headers.high, type: 'bar', values: column(3) },
      { name: headers.price, type: 'line', values: column(4) },
    ],
    from: { row: s.row + 1, col: 0 },
    to: { row: s.row + 19, col: 5 },
  });
  s.row += 21;
}
