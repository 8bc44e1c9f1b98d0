/**
 * COMPANY_CARD through the registered Excel functions: the entity a data-types host gets, each
 * figure with its value, unit, as-of date and source as COMPANY gives them; the card standing
 * for its ticker in COMPANY, CONTRACTS, NOTES, DILUTED_SHARES and SOTP; the company's name
 * where the host shows no data types.
 */
import { presetFields } from '../../src/core/data/presets';
import { miner } from '../helpers/miner';
import { excelError } from '../helpers/excel';
import { installExcelHost, removeExcelHost } from '../helpers/office-requirements';
import { serial } from '../helpers/data-files';

const { COMPANY, COMPANY_CARD, CONTRACTS, NOTES, DILUTED_SHARES, SOTP } = miner;

type Property = Excel.DoubleCellValue & Excel.EntityPropertyExtraProperties;

afterEach(removeExcelHost);

describe('COMPANY_CARD in an Excel that shows data types', () => {
  beforeEach(() => installExcelHost(true));

  it('returns an entity whose text is the name and whose every figure has value, unit, as_of and source as COMPANY gives them', () => {
    const card = COMPANY_CARD('IREN') as Excel.EntityCellValue;
    expect(card.type).toBe('Entity');
    expect(card.text).toBe(COMPANY('IREN', 'name'));
    const numberFields = presetFields.filter((field) => field !== 'name' && (() => { try { return typeof COMPANY('IREN', field) === 'number'; } catch { return false; } })());
    expect(numberFields.length).toBeGreaterThan(5);
    for (const field of numberFields) {
      const property = card.properties?.[field] as Property;
      expect(property.type).toBe('Double');
      expect(property.basicValue).toBe(COMPANY('IREN', field));
      const unit = COMPANY('IREN', field, null, 'unit') as string;
      const asOf = COMPANY('IREN', field, null, 'as_of') as number;
      expect(property.propertyMetadata?.sublabel).toBe(`${unit}, as of ${new Date(Date.UTC(1899, 11, 30) + asOf * 86400000).toISOString().slice(0, 10)}`);
      expect(property.propertyMetadata?.attribution?.[0].sourceAddress).toBe(COMPANY('IREN', field, null, 'source'));
      expect(property.numberFormat).toBeTruthy();
    }
    expect(card.layouts?.card?.sections?.[0].properties).toContain('hashrate_ehs');
  });

  it('holds the contracts and notes as arrays, the rows CONTRACTS and NOTES spill', () => {
    const card = COMPANY_CARD('IREN') as Excel.EntityCellValue;
    const cells = (name: string) => (card.properties?.[name] as Excel.ArrayCellValue).elements.map((row) => row.map((cell) => (cell as { basicValue: unknown }).basicValue));
    expect(cells('contracts')).toEqual(CONTRACTS('IREN'));
    expect(cells('notes')).toEqual(NOTES('IREN'));
  });

  it('stands for its ticker wherever a ticker is expected', () => {
    const card = COMPANY_CARD('IREN');
    expect(COMPANY(card, 'hashrate_ehs')).toBe(COMPANY('IREN', 'hashrate_ehs'));
    expect(COMPANY(card, 'ai_contracted_it_mw', null, 'source')).toBe(COMPANY('IREN', 'ai_contracted_it_mw', null, 'source'));
    expect(CONTRACTS(card)).toEqual(CONTRACTS('IREN'));
    expect(NOTES(card)).toEqual(NOTES('IREN'));
    expect(DILUTED_SHARES(card, 40)).toBe(DILUTED_SHARES('IREN', 40));
    expect(SOTP(card, 90000, 40, 1e7, 1e7, 1e6)).toEqual(SOTP('IREN', 90000, 40, 1e7, 1e7, 1e6));
  });

  it('gives the figures as on a date: a figure dated later is not on the card', () => {
    const early = COMPANY_CARD('IREN', serial('2024-01-01')) as Excel.EntityCellValue;
    const latest = COMPANY_CARD('IREN') as Excel.EntityCellValue;
    expect(Object.keys(early.properties ?? {}).length).toBeLessThan(Object.keys(latest.properties ?? {}).length);
    for (const [field, property] of Object.entries(early.properties ?? {})) {
      if ((property as Property).type === 'Double') expect((property as Property).basicValue).toBe(COMPANY('IREN', field, serial('2024-01-01')));
    }
  });

  it('refuses an entity that is no company card, naming the parameter, and an unknown ticker', () => {
    expect(excelError(() => COMPANY({ type: 'Entity', text: 'x', properties: {} }, 'name'))).toEqual({ code: '#VALUE!', message: 'ticker must be text or a company card (COMPANY_CARD) (got a data type (entity))' });
    expect(excelError(() => COMPANY_CARD('NOPE')).code).toBe('#N/A');
    expect(excelError(() => COMPANY_CARD('IREN', -3)).code).toBe('#VALUE!');
  });
});

describe('COMPANY_CARD in an Excel without data types', () => {
  it('returns the company name as text, in a host without ExcelApi 1.16 and outside Office', () => {
    installExcelHost(false);
    expect(COMPANY_CARD('iren')).toBe(COMPANY('IREN', 'name'));
    removeExcelHost();
    expect(COMPANY_CARD('MARA')).toBe(COMPANY('MARA', 'name'));
  });
});
