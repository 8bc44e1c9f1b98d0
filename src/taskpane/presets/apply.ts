/**
 * A preset's insert as a gateway write: its own sheet (title, the figures and contracts
 * tables, source links) and one workbook name per figure. When the sheet exists it is
 * updated in place: the earlier tables' cells are cleared and the tables resized to the
 * current figures, so formulas, names and charts that refer to the sheet keep working and
 * the sheet's other cells stay; existing names are re-pointed, never deleted.
 */
import { boxAddress, columnLetters, parseAddress } from '../../sheet/a1';
import type { PlaceTable, WorkbookWrite } from '../workbook/plan';
import { PresetInsertPlan, TablePlan, formulaColumnWrites, tableNumberFormats, tableValues } from './plan';

const titleFontSize = 14;
const subtitleColor = '#616161';

/** Writes one table: number formats first (so text stays text), values, the table, then its calculated columns. */
function writeTable(sheet: Excel.Worksheet, plan: TablePlan, placeTable: PlaceTable): void {
  const range = sheet.getRange(plan.address);
  range.numberFormat = tableNumberFormats(plan);
  range.values = tableValues(plan);
  // Structured references need the table: the calculated columns are written after it exists.
  placeTable(plan.name, plan.address);
  for (const write of formulaColumnWrites(plan)) sheet.getRange(write.address).formulas = write.formulas;
}

function buildPresetSheet(sheet: Excel.Worksheet, plan: PresetInsertPlan, placeTable: PlaceTable): void {
  for (const heading of plan.headings) {
    const cell = sheet.getRange(heading.address);
    // The ticker is text before it is written, so a ticker such as "1234" stays the text a function looks up.
    if (heading.style === 'ticker') cell.numberFormat = [['@']];
    cell.values = [[heading.text]];
  }
  for (const table of plan.tables) writeTable(sheet, table, placeTable);
}

function stylePresetSheet(sheet: Excel.Worksheet, plan: PresetInsertPlan): void {
  for (const heading of plan.headings) {
    const font = sheet.getRange(heading.address).format.font;
    if (heading.style === 'title') {
      font.bold = true;
      font.size = titleFontSize;
    } else if (heading.style === 'ticker') {
      font.bold = true;
    } else {
      font.color = subtitleColor;
    }
  }
  for (const table of plan.tables) {
    const left = parseAddress(table.address).left;
    table.columnWidths.forEach((width, offset) => {
      const column = columnLetters(left + offset);
      sheet.getRange(`${column}:${column}`).format.columnWidth = width;
    });
  }
  for (const link of plan.links) sheet.getRange(link.address).hyperlink = { address: link.url, textToDisplay: link.url };
}

export function presetWrite(plan: PresetInsertPlan): WorkbookWrite {
  return {
    sheets: [
      {
        name: plan.sheetName,
        tables: plan.tables.map((table) => table.name),
        ranges: [...plan.headings.map((heading) => heading.address), ...plan.tables.map((table) => table.address)],
        build: (sheet, placeTable) => buildPresetSheet(sheet, plan, placeTable),
        style: (sheet) => stylePresetSheet(sheet, plan),
      },
    ],
    names: plan.names.map((name) => ({ name: name.name, sheet: plan.sheetName, address: boxAddress(parseAddress(name.reference.replace(/^=/, ''))), comment: name.comment })),
    activate: plan.sheetName,
  };
}
