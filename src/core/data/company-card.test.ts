import { companyFigure } from './company';
import { companyCard } from './company-card';
import { contractsTable } from './contracts';
import { serialOf } from './lookup';

describe('companyCard', () => {
  it('holds IREN’s 200 MW Microsoft contract figure, as its doc example says', () => {
    const card = companyCard('iren', undefined);
    expect(card.ticker).toBe('IREN');
    expect(card.figures.find((figure) => figure.field === 'ai_contracted_it_mw')?.value).toBe(200);
  });

  it('gives each figure as COMPANY does on the date, and leaves out a field with none (never 0)', () => {
    const date = serialOf('2025-06-30');
    const card = companyCard('IREN', date);
    for (const figure of card.figures) expect(figure.value).toBe(companyFigure('IREN', figure.field, date, 'value'));
    expect(card.figures.some((figure) => figure.value === 0 && companyFigure('IREN', figure.field, date, 'value') !== 0)).toBe(false);
    expect(card.figures.length).toBeLessThan(companyCard('IREN', undefined).figures.length);
  });

  it('keeps the contracts signed by the date, with CONTRACTS’ header row, and none before the first', () => {
    const all = contractsTable('IREN', true);
    expect(companyCard('IREN', undefined).contracts).toEqual(all);
    expect(companyCard('IREN', serialOf('2020-01-01')).contracts).toEqual([]);
  });

  it('refuses a date that is no date serial', () => {
    expect(() => companyCard('IREN', -1)).toThrow('as_of_date');
  });
});
