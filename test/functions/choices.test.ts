/**
 * The custom enums (Excel's AutoComplete) are generated from the data and the catalogue, and
 * every member they offer is text the function takes, in any case: an enum never suggests a
 * value that answers #N/A, and nothing a workbook typed before the enums stops working.
 */
import { catalogueMetadata } from '../../src/catalogue/metadata';
import { miner } from '../helpers/miner';
import { readDataFile, readPresetFiles } from '../helpers/data-files';

const { ASIC, COMPANY, CONVERT, NETWORK } = miner;
const metadata = catalogueMetadata();
const members = (id: string): string[] => {
  const found = metadata.enums.find((e) => e.id === id);
  if (!found) throw new Error(`no enum ${id}`);
  return found.values.map((v) => v.stringValue);
};

describe('the custom enums', () => {
  it('offer every bundled ticker and every bundled ASIC model, read from the data files', () => {
    const tickers = readPresetFiles<{ ticker: string }>().map((p) => p.ticker).sort();
    expect(members('Ticker')).toEqual(tickers);
    const models = readDataFile<{ machines: { model: string }[] }>('asics.json').machines.map((m) => m.model);
    expect(members('AsicModel')).toEqual(models);
  });

  it('point every parameter with a closed set to its enum, and every enum is used', () => {
    const used = new Set(metadata.functions.flatMap((fn) => fn.parameters.map((p) => p.customEnumId).filter(Boolean)));
    expect([...used].sort()).toEqual(metadata.enums.map((e) => e.id).sort());
    const enumOf = (id: string, name: string) => metadata.functions.find((fn) => fn.id === id)?.parameters.find((p) => p.name === name)?.customEnumId;
    expect(['COMPANY', 'CONTRACTS', 'NOTES', 'DILUTED_SHARES', 'SOTP'].map((id) => enumOf(id, 'ticker'))).toEqual(Array(5).fill('Ticker'));
    expect([enumOf('COMPANY', 'field'), enumOf('NETWORK', 'field'), enumOf('ASIC', 'field'), enumOf('ASIC', 'model')]).toEqual(['CompanyField', 'NetworkField', 'AsicField', 'AsicModel']);
    expect([enumOf('COMPANY', 'part'), enumOf('NETWORK', 'part'), enumOf('CONVERT', 'from_unit'), enumOf('CONVERT', 'to_unit')]).toEqual(['FigurePart', 'FigurePart', 'Unit', 'Unit']);
    expect([enumOf('DEBT_SCHEDULE', 'profile'), enumOf('LEASE_FINANCING', 'debt_profile'), enumOf('LEASE_SUMMARY', 'debt_profile')]).toEqual(['DebtProfile', 'DebtProfile', 'DebtProfile']);
    expect(members('DebtProfile')).toEqual(['sculpted', 'level', 'bullet', 'balloon']);
  });

  it('give an ASIC model its short name as a tooltip, and a ticker its company name, in both languages', () => {
    const s21 = catalogueMetadata('ja').enums.find((e) => e.id === 'AsicModel')?.values.find((v) => v.stringValue === 'Antminer S21');
    expect(s21?.tooltip).toBe('別名: S21');
    const iren = metadata.enums.find((e) => e.id === 'Ticker')?.values.find((v) => v.stringValue === 'IREN');
    expect(iren?.tooltip).toBe(COMPANY('IREN', 'name'));
  });

  it('offer only text the functions take, in lower and upper case alike', () => {
    for (const ticker of members('Ticker')) {
      for (const spelled of [ticker.toLowerCase(), ticker]) expect(COMPANY(spelled, 'name')).toBe(COMPANY(ticker, 'name'));
    }
    for (const field of members('CompanyField')) {
      for (const part of members('FigurePart')) {
        const answer = (spelled: string) => { try { return COMPANY('IREN', spelled, null, part.toUpperCase()); } catch (error) { return (error as { code: string }).code; } };
        expect(answer(field.toUpperCase())).toEqual(answer(field));
      }
    }
    for (const field of members('NetworkField')) expect(typeof NETWORK(field.toUpperCase())).toMatch(/number|string/);
    for (const model of members('AsicModel')) expect(ASIC(model.toLowerCase(), 'hashrate_ths')).toBeGreaterThan(0);
    for (const field of members('AsicField')) expect(() => { try { ASIC('Antminer S21', field.toUpperCase()); } catch (error) { if ((error as { message: string }).message.includes('unknown field')) throw error; } }).not.toThrow();
    for (const profile of members('DebtProfile')) {
      const schedule = miner.DEBT_SCHEDULE(1000, 0.05, 4, [[100], [200], [300], [400]], false, profile.toUpperCase()) as unknown[][];
      expect(schedule).toEqual(miner.DEBT_SCHEDULE(1000, 0.05, 4, [[100], [200], [300], [400]], false, profile));
    }
    const units = members('Unit');
    for (const unit of units) expect(CONVERT(1, unit.toLowerCase(), unit)).toBe(1);
  });
});
