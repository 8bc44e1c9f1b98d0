import { figureAge, isoDay, staleAfterDays } from './data-age';

describe('figureAge', () => {
  it('counts whole days to today; past 90 days is stale, 90 itself is not', () => {
    expect(staleAfterDays).toBe(90);
    expect(figureAge('2026-10-05', '2026-12-07')).toEqual({ days: 63, stale: false });
    expect(figureAge('2026-09-08', '2026-12-07')).toEqual({ days: 90, stale: false });
    expect(figureAge('2026-09-07', '2026-12-07')).toEqual({ days: 91, stale: true });
    expect(figureAge('2026-01-12', '2026-12-07')).toEqual({ days: 329, stale: true });
  });

  it('reads the day of a longer ISO time, and says when a figure is dated after today', () => {
    expect(figureAge('2026-01-12 12:00:00', '2026-01-12')).toEqual({ days: 0, stale: false });
    expect(figureAge('2026-12-08', '2026-12-07')).toEqual({ days: -1, stale: false });
  });

  it('refuses a date that is not one, naming it', () => {
    expect(() => figureAge('2026-02-30', '2026-12-07')).toThrow('2026-02-30');
  });
});

describe('isoDay', () => {
  it('is the UTC day of the moment', () => {
    expect(isoDay(new Date('2026-12-07T23:59:59.999Z'))).toBe('2026-12-07');
    expect(isoDay(new Date('2026-12-08T00:00:00.000Z'))).toBe('2026-12-08');
  });
});
