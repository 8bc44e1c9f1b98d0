import { FakeWorkbook } from '../../../test/network/fake-workbook';
import { sampleSnapshot } from '../../../test/network/sample-snapshot';
import { planNetworkSheet } from './plan';
import { networkStrings } from './strings';
import { decideNetworkWrite, NetworkWorkbookState, writeNetworkInputs } from './write-sheet';

const plan = planNetworkSheet(sampleSnapshot(), 'en');
const strings = networkStrings('en');
const ourNames = Object.fromEntries(plan.names.map((n) => [n.name, n.formula]));

describe('decideNetworkWrite (pure)', () => {
  const empty: NetworkWorkbookState = { sheetExists: false, sheetIsOurs: false, existingNames: {} };

  it('an untouched workbook: create the sheet, the table and every name, asking nothing', () => {
    expect(decideNetworkWrite(plan, empty)).toEqual({
      kind: 'write',
      sheet: 'create',
      addTable: true,
      namesToReplace: [],
      namesToAdd: plan.names.map((n) => n.name),
    });
  });

  it('its own sheet: refresh in place, keep table and names, asking nothing', () => {
    const state = { sheetExists: true, sheetIsOurs: true, existingNames: ourNames, tableSheet: 'Network' };
    expect(decideNetworkWrite(plan, state)).toEqual({ kind: 'write', sheet: 'refresh', addTable: false, namesToReplace: [], namesToAdd: [] });
  });

  it('its own sheet whose table was removed: adds the table again', () => {
    const decision = decideNetworkWrite(plan, { sheetExists: true, sheetIsOurs: true, existingNames: ourNames });
    expect(decision).toMatchObject({ sheet: 'refresh', addTable: true });
  });

  it('reads a quoted sheet name in a formula as the same reference', () => {
    const quoted = Object.fromEntries(plan.names.map((n) => [n.name, n.formula.replace('=Network!', "='Network'!")]));
    const decision = decideNetworkWrite(plan, { sheetExists: true, sheetIsOurs: true, existingNames: quoted, tableSheet: 'Network' });
    expect(decision).not.toHaveProperty('confirm');
  });

  it('a "Network" sheet it did not write: replace only after asking, and re-add names that pointed at it', () => {
    const state = { sheetExists: true, sheetIsOurs: false, existingNames: { NET_DIFFICULTY: '=Network!$B$6' }, tableSheet: 'Network' };
    expect(decideNetworkWrite(plan, state)).toMatchObject({
      kind: 'write',
      sheet: 'replace',
      addTable: true,
      namesToReplace: ['NET_DIFFICULTY'],
      confirm: { sheet: 'Network', names: [] },
    });
  });

  it('a NET_* name that refers elsewhere: asks, naming it', () => {
    const state = { sheetExists: true, sheetIsOurs: true, existingNames: { ...ourNames, NET_BTC_PRICE_USD: '=Model!$C$3' }, tableSheet: 'Network' };
    expect(decideNetworkWrite(plan, state)).toMatchObject({
      sheet: 'refresh',
      namesToReplace: ['NET_BTC_PRICE_USD'],
      confirm: { sheet: undefined, names: ['NET_BTC_PRICE_USD'] },
    });
  });

  it('a table named Network_Inputs on another sheet: blocked, as other sheets are never touched', () => {
    expect(decideNetworkWrite(plan, { ...empty, tableSheet: 'Model' })).toEqual({ kind: 'blocked', tableSheet: 'Model' });
  });
});

describe('writeNetworkInputs against a workbook (office-addin-mock)', () => {
  function bookWithModel(): FakeWorkbook {
    const book = new FakeWorkbook();
    book.addSheet('Model', { A1: 'My model', C3: 91000 });
    book.names.set('MY_PRICE', { sheet: book.sheet('Model')!, address: 'C3' });
    return book;
  }

  function modelPart(book: FakeWorkbook): unknown {
    const picture = book.snapshot() as { sheets: { name: string }[]; names: [string, string][] };
    return { sheets: picture.sheets.filter((s) => s.name === 'Model'), names: picture.names.filter(([n]) => !n.startsWith('NET_')) };
  }

  it('creates the Network sheet, its table and names in one batch, touching nothing else', async () => {
    const book = bookWithModel();
    const before = modelPart(book);
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({ status: 'written' });

    expect(confirm).not.toHaveBeenCalled();
    expect(book.syncsPerBatch).toEqual([2, 1]); // two reads, then the write in a single sync
    expect(book.cell('Network', 'A1')).toBe('Hashwatt network inputs');
    expect(book.sheet('Network')!.bold.has('A1')).toBe(true);
    expect(book.cell('Network', 'A4')).toBe('field');
    expect(book.cell('Network', 'B5')).toBe(91_132);
    expect(book.cell('Network', 'B8')).toBe(931_958);
    expect(book.cell('Network', 'A10')).toBe('fetched_at');
    expect(book.sheet('Network')!.formats.get('B10')).toBe('yyyy-mm-dd hh:mm:ss');
    expect([...book.tables]).toEqual([['Network_Inputs', { sheet: book.sheet('Network'), address: 'A4:E10' }]]);
    for (const entry of plan.names) expect(book.formulaOf(entry.name)).toBe(entry.formula);
    expect(book.formulaOf('NET_BTC_PRICE_USD')).toBe('=Network!$B$5');
    expect(modelPart(book)).toEqual(before);
  });

  it('refreshes its own sheet in place without asking: same sheet, table and names, new values', async () => {
    const book = bookWithModel();
    await writeNetworkInputs(book.pane(), plan, strings);
    const sheet = book.sheet('Network');
    const later = planNetworkSheet(sampleSnapshot('2026-01-13T08:30:00.000Z', 95_000), 'en');
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), later, strings)).resolves.toEqual({ status: 'written' });

    expect(confirm).not.toHaveBeenCalled();
    expect(book.sheet('Network')).toBe(sheet); // not deleted and re-created
    expect(book.sheets.map((s) => s.name)).toEqual(['Model', 'Network']);
    expect(book.cell('Network', 'B5')).toBe(95_000);
    expect(book.cell('Network', 'D5')).toBe('2026-01-13T08:30:00.000Z');
    expect(book.tables.size).toBe(1);
    expect(book.formulaOf('NET_FETCHED_AT')).toBe('=Network!$B$10');
  });

  it('asks before replacing a "Network" sheet it did not write; declining changes nothing', async () => {
    const book = bookWithModel();
    book.addSheet('Network', { A1: 'My own network notes', B2: 42 });
    const before = book.snapshot();
    const confirm = jest.fn(async () => false);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({ status: 'cancelled' });

    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]).toEqual([expect.stringContaining('"Network"'), 'Replace']);
    expect(book.syncsPerBatch).toHaveLength(1); // only the read ran
    expect(book.snapshot()).toEqual(before);
  });

  it('replaces it once the user agrees, even when it is the workbook\'s only sheet', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Network', { A1: 'My own network notes', B2: 42 });
    await expect(writeNetworkInputs(book.pane({ confirm: async () => true }), plan, strings)).resolves.toEqual({ status: 'written' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Network']);
    expect(book.cell('Network', 'A1')).toBe('Hashwatt network inputs');
    expect(book.cell('Network', 'B2')).toBeUndefined();
  });

  it('asks before re-pointing a NET_* name the user made, and names it', async () => {
    const book = bookWithModel();
    book.names.set('NET_BTC_PRICE_USD', '=Model!$C$3');
    const confirm = jest.fn(async () => true);
    await writeNetworkInputs(book.pane({ confirm }), plan, strings);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('NET_BTC_PRICE_USD'), 'Replace');
    expect(book.formulaOf('NET_BTC_PRICE_USD')).toBe('=Network!$B$5');
  });

  it('stops, writing nothing, when a table named Network_Inputs stands on another sheet', async () => {
    const book = bookWithModel();
    book.tables.set('Network_Inputs', { sheet: book.sheet('Model')!, address: 'A1:B2' });
    const before = book.snapshot();
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({ status: 'blocked', tableSheet: 'Model' });
    expect(confirm).not.toHaveBeenCalled();
    expect(book.snapshot()).toEqual(before);
  });

  it('reports an Excel failure as a result, not an exception', async () => {
    const book = new FakeWorkbook({ failOnTableAdd: 'The range overlaps another table.' });
    book.addSheet('Model');
    await expect(writeNetworkInputs(book.pane(), plan, strings)).resolves.toEqual({ status: 'failed', message: 'The range overlaps another table.' });
    const pane = book.pane({
      runExcel: async () => {
        throw new Error('Excel is not available');
      },
    });
    await expect(writeNetworkInputs(pane, plan, strings)).resolves.toEqual({ status: 'failed', message: 'Excel is not available' });
  });
});
