import { serial } from '../../../test/helpers/data-files';
import { notesTable } from '../data/notes';
import { checkedCore } from '../params';
import { dilutedShares, dilutedSharesParams } from './diluted-shares';
import { noteShares, noteSharesParams } from './note-shares';

const checkedNoteShares = checkedCore(noteSharesParams, noteShares);

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedDilutedShares = checkedCore(dilutedSharesParams, dilutedShares);

// data/presets/IREN.json: basic shares 270.7M (2025-09-30), 298.0M (2025-12-31), 333.7M
// (2026-03-31). Notes on 2026-03-31: 3.50% 2029s $183.4M at $13.64, cap $20.98; 3.25% 2030s
// $172.3M at $16.81, cap $25.86; 0% 2031s $1,000M at $85.63; 0.25% 2032s and 1.00% 2033s
// $1,150M each at $51.40, cap $82.24.
describe('dilutedShares', () => {
  it('is the basic count at a price below every conversion price', () => {
    expect(dilutedShares('IREN', 10, serial('2026-03-31'))).toBe(333_700_000);
    expect(dilutedShares('IREN', 13.64, serial('2026-03-31'))).toBe(333_700_000);
  });

  it('adds each note NOTES lists on the date, physical settlement net of its capped call', () => {
    // At $40 only the 2029s and 2030s are in the money, both above their caps:
    // 183.4M × (40 − 20.98 + 13.64) / (13.64 × 40) = 10,978,453.08…
    // 172.3M × (40 − 25.86 + 16.81) / (16.81 × 40) = 7,930,937.54…
    const notes2029 = (183_400_000 * 32.66) / 545.6;
    const notes2030 = (172_300_000 * 30.95) / 672.4;
    expect(dilutedShares('IREN', 40, serial('2026-03-31'))).toBeCloseTo(333_700_000 + notes2029 + notes2030, 4);
  });

  it('takes the notes of that date: before the 2025-12-08 repurchase and the 2025-10-09 issue', () => {
    // 2025-09-30: basic 270.7M; 2029s $500M, 2030s $400M; the 2031s not yet issued.
    // At $100: 2029s 500M × (100 − 20.98 + 13.64) / (13.64 × 100); 2030s 400M × (100 − 25.86 + 16.81) / (16.81 × 100)
    const expected = 270_700_000 + (500_000_000 * 92.66) / 1364 + (400_000_000 * 90.95) / 1681;
    expect(dilutedShares('IREN', 100, serial('2025-09-30'))).toBeCloseTo(expected, 4);
  });

  it('equals the basic count plus NOTE_SHARES of each row of NOTES', () => {
    const date = serial('2026-03-31');
    const rows = notesTable('IREN', date, false);
    const notes = rows.reduce((sum, row) => sum + checkedNoteShares(row[1] as number, row[4] as number, 100, row[5] === '' ? undefined : (row[5] as number)), 0);
    expect(dilutedShares('IREN', 100, date)).toBeCloseTo(333_700_000 + notes, 4);
  });

  it('is the basic count for a company without notes', () => {
    expect(dilutedShares('HUT', 50)).toBe(111_000_000);
  });

  it('is #N/A without a sourced share count, #VALUE! for a price <= 0', () => {
    expect(() => checkedDilutedShares('CIFR', 10)).toThrow('CIFR has no sourced figure for shares_outstanding');
    expect(() => checkedDilutedShares('IREN', 0)).toThrow('share_price_usd must be > 0');
  });
});
