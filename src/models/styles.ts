/**
 * How each cell style looks, for both writers (exceljs for files, Office.js in the task pane).
 * Inputs follow the financial-modelling convention: blue font on a light yellow fill.
 */
import { CellStyle } from './plan';

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RRGGBB */
  readonly fontColor?: string;
  /** RRGGBB */
  readonly fill?: string;
  /** Wrap long text within the column (table headers over narrow number columns). */
  readonly wrap?: boolean;
  /** Right-aligned (headers over columns of numbers, which Excel aligns right). */
  readonly alignRight?: boolean;
}

export const inputFontColor = '0000FF';
export const inputFill = 'FFF2CC';

export const looks: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, fontColor: '595959' },
  section: { bold: true, fill: 'D9E1F2' },
  label: {},
  unit: { fontColor: '595959' },
  source: { italic: true, size: 9, fontColor: '7F7F7F' },
  input: { fontColor: inputFontColor, fill: inputFill },
  output: { fontColor: '000000' },
  result: { bold: true, fontColor: '000000', fill: 'E2EFDA' },
  outputFigure: { fontColor: '000000', alignRight: true },
  resultFigure: { bold: true, fontColor: '000000', fill: 'E2EFDA', alignRight: true },
  tableHeader: { bold: true, fill: 'F2F2F2', wrap: true, alignRight: true },
  legendInput: { fontColor: inputFontColor, fill: inputFill },
  legendOutput: { bold: true, fontColor: '000000', fill: 'E2EFDA' },
};
