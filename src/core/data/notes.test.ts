import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { notesHeaders, notesParams, notesTable } from './notes';
import { ConvertibleNote } from './presets';
import { checkedCore } from '../params';

const checkedNotesTable = checkedCore(notesParams, notesTable);

const presetFiles = readPresetFiles<{ ticker: string; convertible_notes?: ConvertibleNote[] }>();

describe('notesTable', () => {
  // data/presets/CORZ.json: 3.00% due 2029-09-01, $400M, conversion $11.00 (bithubi.com, 2024-08-14);
  // 0% due 2031-06-15, $625M, conversion $22.49 [D] (1000 / 44.4587), holder put 2027-12-15
  // (stockhouse.com, 2024-12-03). No capped-call cap was found for either.
  it('gives Core Scientific its two converts, blanks where a term is not published', () => {
    const corz = presetFiles.find((file) => file.ticker === 'CORZ')!.convertible_notes!;
    expect(checkedNotesTable('CORZ')).toEqual([
      notesHeaders,
      ['3.00% convertible senior notes due 2029', 400_000_000, 0.03, serial('2029-09-01'), 11, '', '', serial('2024-08-14'), corz[0].source],
      ['0% convertible senior notes due 2031', 625_000_000, 0, serial('2031-06-15'), 22.49, '', serial('2027-12-15'), serial('2024-12-03'), corz[1].source],
    ]);
  });

  // data/presets/IREN.json: the 2029s were $500M (2025-06-13), ≈$183.4M after $316.6M was
  // repurchased on 2025-12-08 (blockspace.media); the 2032s and 2033s were issued that day.
  it('takes each note as outstanding on the date: a repurchase is a later entry, a later issue is not yet there', () => {
    const before = notesTable('IREN', serial('2025-12-07'), false);
    expect(before.map((row) => [row[0], row[1]])).toEqual([
      ['3.50% convertible senior notes due 2029', 500_000_000],
      ['3.25% convertible senior notes due 2030', 400_000_000],
      ['0% convertible senior notes due 2031', 1_000_000_000],
    ]);
    const latest = notesTable('IREN', undefined, false);
    expect(latest.map((row) => [row[0], row[1]])).toEqual([
      ['3.50% convertible senior notes due 2029', 183_400_000],
      ['3.25% convertible senior notes due 2030', 172_300_000],
      ['0% convertible senior notes due 2031', 1_000_000_000],
      ['0.25% convertible senior notes due 2032', 1_150_000_000],
      ['1.00% convertible senior notes due 2033', 1_150_000_000],
    ]);
    // A maturity the reference does not give (the 2030s) is blank; the 2029s' cap is $20.98.
    expect(latest[1][3]).toBe('');
    expect(latest[0][5]).toBe(20.98);
    // Sum of principal after 2025-12-08: 3,655.7M, the debt_usd IREN's preset derives from them.
    expect(latest.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(3_655_700_000);
  });

  it('leaves out a note that has matured by the date', () => {
    expect(notesTable('CORZ', serial('2029-09-01'), false).map((row) => row[0])).toEqual(['0% convertible senior notes due 2031']);
  });

  it('answers #N/A before the first note and for a company without notes', () => {
    expect(() => checkedNotesTable('IREN', serial('2024-12-03'))).toThrow('no IREN convertible notes outstanding on 2024-12-03; the first entry is dated 2024-12-04');
    expect(() => checkedNotesTable('RIOT')).toThrow('RIOT has no convertible notes in the presets');
    expect(() => checkedNotesTable('XYZ')).toThrow('unknown ticker "XYZ"');
  });

  it('lists, for every preset, one row a note name, with nine cells', () => {
    for (const file of presetFiles) {
      const notes = file.convertible_notes ?? [];
      if (notes.length === 0) continue;
      const rows = notesTable(file.ticker, undefined, false);
      expect(rows.map((row) => row[0])).toEqual([...new Set(notes.map((note) => note.name))]);
      for (const row of rows) expect(row).toHaveLength(notesHeaders.length);
    }
  });

  it('declares ticker, an optional as_of_date and headers, default TRUE', () => {
    expect(notesParams.map((p) => [p.name, p.kind, p.optional, p.defaultValue])).toEqual([
      ['ticker', 'text', false, undefined],
      ['as_of_date', 'number', true, undefined],
      ['headers', 'boolean', true, true],
    ]);
  });
});
