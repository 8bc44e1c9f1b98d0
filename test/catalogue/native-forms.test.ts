/**
 * The lists of native forms (src/catalogue/natives/) name functions by id: an id that names no
 * function, or a formula listed for a spilled table (or a table row for a number), would be
 * looked up by nothing and leave a function without its native form. Each list names existing
 * functions of the right kind, once, in the order of functions.json.
 */
import { catalogue } from '../../src/catalogue';
import { nativeFormula, nativeFormulaIds, nativeTable, nativeTableIds } from '../../src/catalogue/native-forms';
import type { FunctionDeclaration } from '../../src/catalogue/types';

const byId = new Map(catalogue.map((entry) => [entry.declaration.id, entry.declaration]));
const shippingOrder = catalogue.map((entry) => entry.declaration.id);

function declarationOf(id: string): FunctionDeclaration {
  const declaration = byId.get(id);
  if (!declaration) throw new Error(`no function ${id} in the catalogue`);
  return declaration;
}

describe('the native forms, by function id', () => {
  it('lists formulas for functions of one result, and rows for spilled tables', () => {
    expect(nativeFormulaIds.length).toBeGreaterThan(25);
    expect(nativeTableIds.length).toBeGreaterThan(5);
    for (const id of nativeFormulaIds) expect([id, declarationOf(id).result]).not.toEqual([id, 'table']);
    for (const id of nativeTableIds) expect([id, declarationOf(id).result]).toEqual([id, 'table']);
  });

  it('names each function once, in the order of functions.json', () => {
    for (const ids of [nativeFormulaIds, nativeTableIds]) {
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort((a, b) => shippingOrder.indexOf(a) - shippingOrder.indexOf(b))).toEqual(ids);
    }
    expect(nativeFormulaIds.filter((id) => nativeTableIds.includes(id))).toEqual([]);
  });

  it('finds a listed function by its id, and gives nothing for one not listed', () => {
    expect(nativeFormula(declarationOf('IT_LOAD_MW'), ['B2', 'B3'])).toBe('=B2/B3');
    expect(nativeFormula(declarationOf('COMPANY'), ['"MARA"', '"hashrate_ehs"'])).toBeUndefined();
    expect(nativeTable(declarationOf('LEASE_CASHFLOWS'), ['B1', 'B2', 'B3'])?.formula(0, 0, () => 'A1')).toBe('=IF(0>=B3,"",1)');
    expect(nativeTable(declarationOf('HASHPRICE_FAN'), [])).toBeUndefined();
    expect(nativeFormulaIds).toEqual(expect.arrayContaining(['HASHVALUE', 'CONVERSION_NPV', 'DEBT_SIZE', 'ASIC_PAYBACK_MONTHS', 'NOTE_SHARES']));
    expect(nativeTableIds).toEqual(expect.arrayContaining(['HASHPRICE_PATH', 'ASIC_CASHFLOWS', 'LEASE_FINANCING', 'SOTP']));
  });
});
