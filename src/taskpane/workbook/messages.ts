/**
 * The gateway's sentences for the pane: what stops a write, and what a write that Excel
 * broke twice may have left in the workbook. Pure, so each can be checked without Office.
 */
import type { Locale } from '../../sheet/locale';
import { translator } from '../i18n';
import type { Progress } from './apply';
import type { WriteOutcome } from './write-outcome';
import { Blocked, findName, footprint } from './plan';

/** Why nothing was written, naming what stands in the way. */
export function blockedMessage(locale: Locale, blocked: Blocked): string {
  const t = translator(locale);
  switch (blocked.kind) {
    case 'tableElsewhere':
      return t('blockedTable', { table: blocked.table, sheet: blocked.sheet });
    case 'nameHasTableName':
      return t('blockedNameHasTableName', { name: blocked.name });
    case 'tableHasName':
      return t('blockedTableHasName', { name: blocked.name, sheet: blocked.sheet });
    case 'sheetName':
      return t('blockedSheetName', { sheet: blocked.sheet, problem: t(`sheetName.${blocked.problem}`) });
    case 'invalidName':
      return t('blockedInvalidName', { name: blocked.name });
    case 'tableInTheWay':
      return t('blockedTableInTheWay', { table: blocked.table, sheet: blocked.sheet, address: blocked.address });
  }
}

/** Why a write that was neither written nor cancelled left the workbook unwritten, for the pane's status line. */
export function notWrittenMessage(locale: Locale, outcome: Exclude<WriteOutcome, { status: 'written' | 'cancelled' }>): string {
  if (outcome.status === 'failed') return outcome.message;
  if (outcome.status === 'blocked') return blockedMessage(locale, outcome.blocked);
  return translator(locale)('workbookChanged');
}

/**
 * What a write may have left when taking it back failed too, by how far it got: sheets it
 * added, cells it overwrote, tables it placed, names it added or re-pointed, the active cell.
 */
export function leftovers(locale: Locale, progress: Progress): string[] {
  const t = translator(locale);
  const { state, write } = progress;
  if (state === undefined || write === undefined || progress.stage === 'checking' || progress.stage === 'saving' || progress.stage === 'done') return [];
  const items: string[] = [];
  for (const sheet of write.sheets) {
    const existing = findName(state.sheets, sheet.name);
    if (existing === undefined) items.push(t('leftoverSheet', { sheet: sheet.name }));
    else {
      const area = footprint(state, sheet, existing);
      items.push(area.address === 'whole' ? t('leftoverWholeSheet', { sheet: existing }) : t('leftoverCells', { sheet: existing, address: area.address }));
    }
  }
  const tables = write.sheets.flatMap((sheet) => sheet.tables);
  if (tables.length > 0) items.push(t('leftoverTables', { tables: tables.join(', ') }));
  if (write.cell) items.push(t('leftoverCell', { address: write.cell.address }));
  if (progress.stage !== 'writing' && write.names.length > 0) items.push(t('leftoverNames', { names: write.names.map((entry) => entry.name).join(', ') }));
  return items;
}
