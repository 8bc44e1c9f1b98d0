import { readPresetFiles, serial, shiftDays } from '../../../test/helpers/data-files';
import { companyFigure, companyParams } from './company';
import { Figure, presetFields } from './presets';
import { checkedCore } from '../params';

const checkedCompanyFigure = checkedCore(companyParams, companyFigure);

const presetFiles = readPresetFiles<Record<string, unknown> & { ticker: string }>();
const tickers = presetFiles.map((p) => p.ticker);
const fields = presetFields;

describe('companyFigure', () => {
  // data/presets/IREN.json: Microsoft, 200 MW IT (marketchameleon.com, 2025-11-03).
  it('gives IREN contracted AI IT load of 200 MW', () => {
    expect(checkedCompanyFigure('IREN', 'ai_contracted_it_mw')).toBe(200);
  });

  it('gives text for name', () => {
    expect(checkedCompanyFigure('IREN', 'name')).toBe('IREN');
    expect(checkedCompanyFigure('APLD', 'name')).toBe('Applied Digital');
  });

  it('ignores the case and surrounding spaces of ticker and field', () => {
    expect(checkedCompanyFigure(' iren ', ' AI_Contracted_IT_MW ')).toBe(200);
  });

  // IREN power capacity: 2,910 MW as of 2025-11-30, 4,500 MW as of 2026-02-05.
  it.each([
    ['2025-11-30', 2910],
    ['2025-12-01', 2910],
    ['2026-02-04', 2910],
    ['2026-02-05', 4500],
    ['2026-02-06', 4500],
  ])('IREN power_capacity_mw on %s is %i', (date, mw) => {
    expect(checkedCompanyFigure('IREN', 'power_capacity_mw', serial(date))).toBe(mw);
  });

  it('reads the day of a serial with a time of day', () => {
    expect(checkedCompanyFigure('IREN', 'power_capacity_mw', serial('2026-02-05') + 0.75)).toBe(4500);
    expect(checkedCompanyFigure('IREN', 'power_capacity_mw', serial('2026-02-05') - 0.25)).toBe(2910);
  });

  // An independent oracle: the last figure (in as-of order) dated on or before the day.
  it('agrees with every figure of every preset file the day before, on and after each as_of', () => {
    for (const file of presetFiles) {
      for (const field of fields) {
        const raw = file[field] as Figure | Figure[] | undefined;
        if (raw === undefined) continue;
        const history = ([] as Figure[]).concat(raw).sort((a, b) => a.as_of.localeCompare(b.as_of));
        const ticker = file.ticker as string;
        expect(checkedCompanyFigure(ticker, field)).toBe(history[history.length - 1].value);
        for (const figure of history) {
          for (const day of [shiftDays(figure.as_of, -1), figure.as_of, shiftDays(figure.as_of, 1)]) {
            const eligible = history.filter((f) => f.as_of <= day);
            if (eligible.length > 0) {
              expect(checkedCompanyFigure(ticker, field, serial(day))).toBe(eligible[eligible.length - 1].value);
            } else {
              expect(() => checkedCompanyFigure(ticker, field, serial(day))).toThrow(
                `no ${ticker} ${field} on or before ${day}; the first is ${history[0].as_of}`,
              );
            }
          }
        }
      }
    }
  });

  it('names the tickers for an unknown ticker', () => {
    expect(() => checkedCompanyFigure('XYZ', 'name')).toThrow(`unknown ticker "XYZ"; available: ${tickers.join(', ')}`);
    expect(() => checkedCompanyFigure('Q'.repeat(1_000_000), 'name')).toThrow(`unknown ticker "${'Q'.repeat(60)}"…; available: ${tickers.join(', ')}`);
  });

  it('names the fields for an unknown field', () => {
    expect(() => checkedCompanyFigure('IREN', 'revenue')).toThrow(`unknown field "revenue"; available: ${fields.join(', ')}`);
  });

  // No preset file gives energized_mw; IREN gives no btc_holdings.
  it('says when the company has no sourced figure for the field', () => {
    expect(() => checkedCompanyFigure('IREN', 'energized_mw')).toThrow('IREN has no sourced figure for energized_mw');
    expect(() => checkedCompanyFigure('iren', 'BTC_HOLDINGS')).toThrow('IREN has no sourced figure for btc_holdings');
  });

  it('names the first date when as_of_date is before it', () => {
    expect(() => checkedCompanyFigure('IREN', 'power_capacity_mw', serial('2024-01-01'))).toThrow(
      'no IREN power_capacity_mw on or before 2024-01-01; the first is 2025-11-30',
    );
  });

  it.each([
    [0, 'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got 0)'],
    [2_958_466, 'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got 2958466)'],
    [Number.NaN, 'as_of_date must be a finite number (got NaN)'],
  ])('rejects as_of_date %p', (date, message) => {
    expect(() => checkedCompanyFigure('IREN', 'name', date)).toThrow(message);
  });

  it('declares ticker, field, an optional as_of_date with no default and an optional part, default value', () => {
    expect(companyParams.map((p) => [p.name, p.kind, p.optional, p.defaultValue])).toEqual([
      ['ticker', 'text', false, undefined],
      ['field', 'text', false, undefined],
      ['as_of_date', 'number', true, undefined],
      ['part', 'text', true, 'value'],
    ]);
  });

  // data/presets/IREN.json: power capacity 4,500 MW as of 2026-02-05 (serial 46058), source the
  // Q2 FY26 release on stocktitan.net; 2,910 MW as of 2025-11-30 (serial 45991).
  it('gives the as_of, unit, source and note of the figure it returns with part', () => {
    const release = 'https://www.stocktitan.net/news/IREN/iren-reports-q2-fy26-kw2ckij7k65o.html';
    expect(companyFigure('IREN', 'power_capacity_mw', undefined, 'value')).toBe(4500);
    expect(companyFigure('IREN', 'power_capacity_mw', undefined, 'as_of')).toBe(46058);
    expect(companyFigure('IREN', 'power_capacity_mw', undefined, ' Unit ')).toBe('MW');
    expect(companyFigure('IREN', 'power_capacity_mw', undefined, 'source')).toBe(release);
    expect(companyFigure('IREN', 'power_capacity_mw', undefined, 'note')).toContain('4.5 GW secured');
    expect(companyFigure('IREN', 'power_capacity_mw', serial('2026-01-01'), 'as_of')).toBe(45991);
    // IREN's name has no note: the note part is empty text.
    expect(companyFigure('IREN', 'name', undefined, 'note')).toBe('');
    expect(() => companyFigure('IREN', 'name', undefined, 'date')).toThrow('unknown part "date"; available: value, as_of, unit, source, note');
  });

  // data/presets/IREN.json: weighted basic shares, Q3 FY26, 333.7M [U] (opencapital.sh aggregator).
  it('gives the capital structure where sourced', () => {
    expect(checkedCompanyFigure('IREN', 'shares_outstanding')).toBe(333_700_000);
    expect(companyFigure('IREN', 'shares_outstanding', undefined, 'note')).toContain('[U]');
    // Cash $2.8B company-stated at 2026-01-31 (Q2 FY26 release); $3.26B at 2025-12-31 (nasdaq.com).
    expect(checkedCompanyFigure('IREN', 'cash_usd')).toBe(2_800_000_000);
    expect(checkedCompanyFigure('IREN', 'cash_usd', serial('2025-12-31'))).toBe(3_260_000_000);
    // RIOT: 371,807,186 shares at 2025-10-29 (10-Q cover).
    expect(checkedCompanyFigure('RIOT', 'shares_outstanding')).toBe(371_807_186);
  });
});
