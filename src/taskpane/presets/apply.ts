/**
 * A preset's insert as a gateway write: its own sheet, built whole (title, the figures and
 * contracts tables, source links), and one workbook name per figure. The gateway builds the
 * sheet beside any sheet it replaces and swaps it in only once it is complete, so "Replace"
 * gives a fresh sheet with none of the old cells mixed in; existing names are re-pointed, not
 * deleted, so formulas that use them keep working.
 */
import { boxAddress, columnLetters, parseAddress } from '../../models/a1';
import type { WorkbookWrite } from '../workbook/plan';
import { PresetInsertPlan, TablePlan, formulaColumnWrites, tableNumberFormats, tableValues } from './plan';

const titleFontSize = 14;
const subtitleColor = '#616161';

/** Writes one table: number formats first (so text stays text), values, the table, then its calculated columns. */
function writeTable(sheet: Excel.Worksheet, plan: TablePlan, tableName: string): void {
  const range = sheet.getRange(plan.address);
  range.numberFormat = tableNumberFormats(plan);
  range.values = tableValues(plan);
  // Structured references need the table: the calculated columns are written after it exists.
  sheet.tables.add(plan.address, true).name = tableName;
  for (const write of formulaColumnWrites(plan)) sheet.getRange(write.address).formulas = write.formulas;
  const left = parseAddress(plan.address).left;
  plan.columnWidths.forEach((width, offset) => {
    const column = columnLetters(left + offset);
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  });
}

function buildPresetSheet(sheet: Excel.Worksheet, plan: PresetInsertPlan, tableName: (finalName: string) => string): void {
  for (const heading of plan.headings) {
    const cell = sheet.getRange(heading.address);
    // The ticker is text before it is written, so a ticker such as "1234" stays the text a function looks up.
    if (heading.style === 'ticker') cell.numberFormat = [['@']];
    cell.values = [[heading.text]];
    if (heading.style === 'title') {
      cell.format.font.bold = true;
      cell.format.font.size = titleFontSize;
    } else if (heading.style === 'ticker') {
      cell.format.font.bold = true;
    } else {
      cell.format.font.color = subtitleColor;
    }
  }
  for (const table of plan.tables) writeTable(sheet, table, tableName(table.name));
  for (const link of plan.links) sheet.getRange(link.address).hyperlink = { address: link.url, textToDisplay: link.url };
}

export function presetWrite(plan: PresetInsertPlan): WorkbookWrite {
  return {
    sheets: [{ name: plan.sheetName, tables: plan.tables.map((table) => table.name), build: (sheet, tableName) => buildPresetSheet(sheet, plan, tableName) }],
    names: plan.names.map((name) => ({ name: name.name, sheet: plan.sheetName, address: boxAddress(parseAddress(name.reference.replace(/^=/, ''))), comment: name.comment })),
    activate: plan.sheetName,
  };
}
