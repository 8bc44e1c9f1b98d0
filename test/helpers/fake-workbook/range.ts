/**
 * A Range of the fake workbook: cells (values, formulas, number formats, hyperlinks, fonts
 * and fills), whole columns and rows (width, height), and its address.
 */
import { boxAddress, parseAddress } from '../../../src/sheet/a1';
import { FakeCell, FakeSheet, cellGrid, wholeLine } from './book';
import { Queue, loadable } from './loadable';

type Grid = unknown[][];

function checkedGrid(address: string, grid: unknown, what: string): Grid {
  const cells = cellGrid(address);
  if (!Array.isArray(grid) || grid.length !== cells.length || grid.some((row) => !Array.isArray(row) || row.length !== cells[0].length)) {
    throw new Error(`InvalidArgument: ${what} for ${address} do not match its ${cells.length} x ${cells[0].length} cells`);
  }
  return grid as Grid;
}

/** Applies `change` to every cell of the range, creating cells as needed. */
function eachCell(sheet: FakeSheet, address: string, change: (cell: FakeCell, row: number, column: number) => void): void {
  cellGrid(address).forEach((line, row) =>
    line.forEach((cellAddress, column) => {
      const cell = sheet.cells.get(cellAddress) ?? {};
      change(cell, row, column);
      sheet.cells.set(cellAddress, cell);
    }),
  );
}

/** A format property (`font.bold`, `columnWidth`) set on cells, or on a whole column or row. */
function setFormat(sheet: FakeSheet, address: string, path: string, value: unknown): void {
  const line = wholeLine(address);
  if (line && 'column' in line) sheet.columns.set(line.column, { ...sheet.columns.get(line.column), [path]: value });
  else if (line) sheet.rows.set(line.row, { ...sheet.rows.get(line.row), [path]: value });
  else eachCell(sheet, address, (cell) => (cell.format = { ...cell.format, [path]: value }));
}

function readGrid(sheet: FakeSheet, address: string, read: (cell: FakeCell) => unknown): Grid {
  return cellGrid(address).map((line) => line.map((cellAddress) => read(sheet.cells.get(cellAddress) ?? {})));
}

export function rangeObject(queue: Queue, sheet: () => FakeSheet, address: string): Record<string, unknown> {
  const where = () => address;
  const grid = (what: string, write: (cell: FakeCell, value: unknown) => void) => ({
    write: (value: unknown) => ({
      what: `${what} of ${where()}`,
      apply: () => {
        const values = checkedGrid(address, value, what);
        eachCell(sheet(), address, (cell, row, column) => write(cell, values[row][column]));
      },
    }),
  });
  const format = (path: string) => ({ write: (value: unknown) => ({ what: `${path} of ${where()}`, apply: () => setFormat(sheet(), address, path, value) }) });
  const formats = (prefix: string, names: string[]) => loadable(queue, {}, Object.fromEntries(names.map((name) => [name, format(`${prefix}${name}`)])));

  const range = {
    /** The fake's own handle: what a name added with this range refers to. */
    fakeTarget: () => ({ sheet: sheet(), address }),
    format: Object.assign(formats('', ['columnWidth', 'rowHeight', 'wrapText', 'verticalAlignment']), {
      font: formats('font.', ['bold', 'italic', 'size', 'color']),
      fill: formats('fill.', ['color']),
    }),
    /** clear('Contents') empties values and formulas and keeps formats; clear() empties everything. */
    clear: (applyTo = 'All') =>
      queue.write(`clear ${applyTo} of ${where()}`, () => {
        const cells = sheet().cells;
        for (const cellAddress of cellGrid(address).flat()) {
          const cell = cells.get(cellAddress);
          if (applyTo !== 'Contents') cells.delete(cellAddress);
          else if (cell) {
            delete cell.formula;
            delete cell.value;
          }
        }
      }),
  };
  return loadable(queue, range, {
    address: { read: () => `${sheet().name}!${boxAddress(parseAddress(address))}` },
    values: {
      read: () => readGrid(sheet(), address, (cell) => cell.value ?? ''),
      ...grid('values', (cell, value) => {
        delete cell.formula;
        cell.value = value;
      }),
    },
    formulas: {
      read: () => readGrid(sheet(), address, (cell) => cell.formula ?? cell.value ?? ''),
      ...grid('formulas', (cell, value) => {
        if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
        } else {
          delete cell.formula;
          cell.value = value;
        }
      }),
    },
    numberFormat: {
      read: () => readGrid(sheet(), address, (cell) => cell.numberFormat ?? 'General'),
      ...grid('numberFormat', (cell, value) => (cell.numberFormat = String(value))),
    },
    hyperlink: {
      write: (value) => ({
        what: `hyperlink of ${where()}`,
        apply: () => {
          const link = value as { address: string; textToDisplay?: string };
          eachCell(sheet(), address, (cell) => {
            cell.hyperlink = link.address;
            cell.value = link.textToDisplay ?? link.address;
          });
        },
      }),
    },
  });
}
