import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { companiesParams, companiesTable } from './companies';
import { checkedCore } from '../params';

const checkedCompaniesTable = checkedCore(companiesParams, companiesTable);

const presetFiles = readPresetFiles<Record<string, unknown> & { ticker: string }>();

type Dated = { value: unknown; as_of: string };

/** Every date in a preset file: each figure's as_of and each contract's signing date. */
function datesOf(file: Record<string, unknown>): string[] {
  const dates: string[] = [];
  for (const [key, value] of Object.entries(file)) {
    if (key === 'contracts') dates.push(...(value as { signed: string }[]).map((c) => c.signed));
    else if (key !== 'ticker' && key !== 'notes') dates.push(...([] as Dated[]).concat(value as Dated).map((f) => f.as_of));
  }
  return dates.sort();
}

describe('companiesTable', () => {
  it('has a header row by default, then one row a preset sorted by ticker', () => {
    const table = checkedCompaniesTable();
    expect(table[0]).toEqual(['ticker', 'name', 'data_as_of']);
    expect(table.length).toBe(presetFiles.length + 1);
    expect(table.slice(1).map((row) => row[0])).toEqual(presetFiles.map((f) => f.ticker as string).sort());
  });

  it('leaves the header row out with headers FALSE', () => {
    expect(companiesTable(false)).toEqual(companiesTable(true).slice(1));
  });

  it('gives each preset its latest name and the serial of its newest date', () => {
    for (const row of companiesTable(false)) {
      const file = presetFiles.find((f) => f.ticker === row[0])!;
      const names = ([] as Dated[]).concat(file.name as Dated).sort((a, b) => a.as_of.localeCompare(b.as_of));
      const dates = datesOf(file);
      expect(row).toEqual([file.ticker, names[names.length - 1].value, serial(dates[dates.length - 1])]);
    }
  });

  // data/presets/IREN.json: newest figure is the weighted basic share count of Q3 FY26, 2026-03-31 (serial 46112).
  it('dates IREN 2026-03-31', () => {
    expect(companiesTable(false).find((row) => row[0] === 'IREN')).toEqual(['IREN', 'IREN', 46112]);
  });

  it('is rectangular, three columns of text, text and a number', () => {
    for (const row of companiesTable(false)) {
      expect(row.map((cell) => typeof cell)).toEqual(['string', 'string', 'number']);
    }
  });

  it('declares one optional headers flag, default TRUE', () => {
    expect(companiesParams.map((p) => [p.name, p.kind, p.optional, p.defaultValue])).toEqual([['headers', 'boolean', true, true]]);
  });
});
