/**
 * How a later "Write to workbook" knows which cells of its Network sheet the user changed:
 * each NET_* name's comment keeps a short fingerprint of every cell of its row as written
 * (and NET_FETCHED_AT's, of the caption too). A cell whose content no longer matches its
 * fingerprint was changed by someone else, and the write asks before overwriting it. A name
 * without a record (written by an earlier version, or edited) tells nothing, and asks nothing.
 */
import { columnLetters, parseAddress } from '../../sheet/a1';
import type { NetworkName, NetworkSheetPlan } from './plan';

const captionAddress = 'A2';
const recordPattern = / \(written ((?:[0-9a-f]{6} ?)+)\)$/;

/** The cells of a name's row (A to E), and the caption for the last row, with what the plan puts there. */
export function recordedCells(plan: NetworkSheetPlan, entry: NetworkName): { address: string; value: unknown }[] {
  const table = parseAddress(plan.tableAddress);
  const row = parseAddress(entry.address).top;
  const values = plan.values[row - table.top];
  const cells = values.map((value, column) => ({ address: `${columnLetters(table.left + column)}${row}`, value: value as unknown }));
  const last = plan.names[plan.names.length - 1] === entry;
  return last ? [...cells, { address: captionAddress, value: plan.caption }] : cells;
}

/** The comment of a name: what it is, and the fingerprints of its row as this plan writes it. */
export function recordComment(plan: NetworkSheetPlan, entry: NetworkName): string {
  return `${plan.tableName}: ${entry.name} (written ${recordedCells(plan, entry).map((cell) => fingerprint(cell.value)).join(' ')})`;
}

/**
 * The cells whose content differs from what the previous write recorded in `comment`:
 * `read(address)` is what the sheet holds now.
 */
export function changedCells(plan: NetworkSheetPlan, entry: NetworkName, comment: string, read: (address: string) => unknown): { address: string; content: string }[] {
  const match = recordPattern.exec(comment);
  if (!match) return [];
  const recorded = match[1].trim().split(' ');
  const cells = recordedCells(plan, entry);
  if (recorded.length !== cells.length) return [];
  return cells
    .map((cell, index) => ({ address: cell.address, now: read(cell.address), recorded: recorded[index] }))
    .filter((cell) => fingerprint(cell.now) !== cell.recorded)
    .map((cell) => ({ address: cell.address, content: String(cell.now ?? '') }));
}

/**
 * Six hex digits of FNV-1a over the cell's content; a number by its first 15 significant
 * digits, as Excel keeps it.
 */
export function fingerprint(value: unknown): string {
  const text = typeof value === 'number' ? `n${Number(value.toPrecision(15))}` : `s${String(value ?? '')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 8).toString(16).padStart(6, '0');
}
