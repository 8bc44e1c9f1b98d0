import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { sampleSnapshot } from '../../../test/network/sample-snapshot';
import type { WorkbookState } from '../workbook/state';
import { planNetworkSheet } from './plan';
import { networkStrings } from './strings';
import { foreignConflicts, writeNetworkInputs } from './write-sheet';

const plan = planNetworkSheet(sampleSnapshot(), 'en');
const strings = networkStrings('en');
const ourNames = Object.fromEntries(plan.names.map((n) => [n.name, { formula: n.formula, comment: '' }]));

describe('foreignConflicts (pure): what of the user’s a write would replace', () => {
  const state = (firstCell: unknown, names: WorkbookState['names']): WorkbookState => ({ sheets: ['Network'], names, tables: {}, firstCells: { Network: firstCell } });
  const conflicts = (names: string[]) => ({ sheets: ['Network'], areas: [{ sheet: 'Network', address: 'A1, A2, A4:E10' }], tables: [], names });

  it('nothing on its own sheet, with names that point where the plan puts them (quoted or not)', () => {
    const quoted = Object.fromEntries(plan.names.map((n) => [n.name, { formula: n.formula.replace('=Network!', "='Network'!"), comment: '' }]));
    expect(foreignConflicts(plan, conflicts(Object.keys(ourNames)), state(plan.marker, quoted))).toEqual({ changed: [], names: [] });
  });

  it('a "Network" sheet it did not write, and a NET_* name that refers elsewhere', () => {
    const names = { ...ourNames, NET_BTC_PRICE_USD: { formula: '=Model!$C$3', comment: '' } };
    expect(foreignConflicts(plan, conflicts(['NET_BTC_PRICE_USD']), state('my notes', names))).toEqual({
      sheet: { name: 'Network', address: 'A1, A2, A4:E10', table: 'Network_Inputs', tableAddress: 'A4:E10' },
      changed: [],
      names: ['NET_BTC_PRICE_USD'],
    });
  });
});

describe('writeNetworkInputs against the fake workbook', () => {
  function bookWithModel(): FakeWorkbook {
    const book = new FakeWorkbook();
    book.addSheet('Model', { A1: 'My model', C3: 91000 });
    book.addName('MY_PRICE', '=Model!$C$3');
    return book;
  }

  function modelPart(book: FakeWorkbook): unknown {
    const picture = book.snapshot() as { sheets: { name: string }[]; names: [string, unknown][] };
    return { sheets: picture.sheets.filter((s) => s.name === 'Model'), names: picture.names.filter(([n]) => !n.startsWith('NET_')) };
  }

  it('creates the Network sheet, its table and names, touching nothing else', async () => {
    const book = bookWithModel();
    const before = modelPart(book);
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({ status: 'written' });

    expect(confirm).not.toHaveBeenCalled();
    expect(book.cell('Network', 'A1')).toBe('Hashwatt network inputs');
    expect(book.sheet('Network')!.cells.get('A1')!.format).toEqual({ 'font.bold': true });
    expect(book.cell('Network', 'A4')).toBe('field');
    expect(book.cell('Network', 'B5')).toBe(91_132);
    expect(book.cell('Network', 'B8')).toBe(931_958);
    expect(book.cell('Network', 'A10')).toBe('fetched_at');
    expect(book.sheet('Network')!.cells.get('B10')!.numberFormat).toBe('yyyy-mm-dd hh:mm:ss');
    expect([...book.tables]).toEqual([['Network_Inputs', { sheet: book.sheet('Network'), address: 'A4:E10' }]]);
    for (const entry of plan.names) expect(book.formulaOf(entry.name)).toBe(entry.formula);
    expect(book.formulaOf('NET_BTC_PRICE_USD')).toBe('=Network!$B$5');
    expect(modelPart(book)).toEqual(before);
  });

  it('refreshes its own sheet in place without asking: the same sheet, table and names, new values', async () => {
    const book = bookWithModel();
    await writeNetworkInputs(book.pane(), plan, strings);
    const later = planNetworkSheet(sampleSnapshot('2026-01-13T08:30:00.000Z', 95_000), 'en');
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), later, strings)).resolves.toEqual({ status: 'written' });

    expect(confirm).not.toHaveBeenCalled();
    expect(book.sheets.map((s) => s.name)).toEqual(['Model', 'Network']);
    expect(book.cell('Network', 'B5')).toBe(95_000);
    expect(book.cell('Network', 'D5')).toBe('2026-01-13T08:30:00.000Z');
    expect([...book.tables.keys()]).toEqual(['Network_Inputs']);
    expect(book.formulaOf('NET_FETCHED_AT')).toBe('=Network!$B$10');
  });

  it('keeps every reference into its sheet and the user’s cells outside its range through a re-write', async () => {
    const book = bookWithModel();
    await writeNetworkInputs(book.pane(), plan, strings);
    const network = book.sheet('Network');
    book.sheet('Network')!.cells.set('G2', { value: 'my note' });
    book.addName('MY_PRICE_CELL', '=Network!$B$5');
    book.addName('MY_NOTE', '=Network!$G$2');
    book.sheet('Model')!.cells.set('D1', { formula: '=Network!B5' });
    book.sheet('Model')!.cells.set('D2', { formula: '=NET_BTC_PRICE_USD' });
    book.sheet('Model')!.cells.set('D3', { formula: '=MY_PRICE_CELL' });

    const later = planNetworkSheet(sampleSnapshot('2026-01-13T08:30:00.000Z', 95_000), 'en');
    await expect(writeNetworkInputs(book.pane(), later, strings)).resolves.toEqual({ status: 'written' });
    expect(book.sheet('Network')).toBe(network);
    expect(book.formulaOf('MY_PRICE_CELL')).toBe('=Network!$B$5');
    expect(book.formulaOf('MY_NOTE')).toBe('=Network!$G$2');
    expect(book.cell('Model', 'D1')).toBe('=Network!B5');
    expect(['D1', 'D2', 'D3'].map((address) => book.shown('Model', address))).toEqual([95_000, 95_000, 95_000]);
    expect(book.cell('Network', 'G2')).toBe('my note');
  });

  it('asks before overwriting a cell of its own sheet the user changed, naming the cell and what it holds', async () => {
    const book = bookWithModel();
    await writeNetworkInputs(book.pane(), plan, strings);
    book.sheet('Network')!.cells.set('B5', { value: 100_000 });
    book.sheet('Network')!.cells.set('E7', { value: 'my own source' });
    const before = book.snapshot();
    const later = planNetworkSheet(sampleSnapshot('2026-01-13T08:30:00.000Z', 95_000), 'en');
    const confirm = jest.fn(async () => false);
    await expect(writeNetworkInputs(book.pane({ confirm }), later, strings)).resolves.toEqual({ status: 'cancelled' });
    expect(confirm).toHaveBeenCalledTimes(1);
    const question = (confirm.mock.calls as unknown as string[][])[0][0];
    expect(question).toContain('B5 (now 100000)');
    expect(question).toContain('E7 (now my own source)');
    expect(question).not.toMatch(/B6|C5|D5/);
    expect(book.snapshot()).toEqual(before);

    await expect(writeNetworkInputs(book.pane({ confirm: async () => true }), later, strings)).resolves.toEqual({ status: 'written' });
    expect(book.cell('Network', 'B5')).toBe(95_000);
  });

  it('asks before writing into a "Network" sheet it did not write; declining changes nothing', async () => {
    const book = bookWithModel();
    book.addSheet('Network', { A1: 'My own network notes', B2: 42 });
    const before = book.snapshot();
    const confirm = jest.fn(async () => false);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({ status: 'cancelled' });

    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]).toEqual([expect.stringContaining('its cells A1, A2, A4:E10'), 'Replace']);
    expect(book.syncsPerBatch).toHaveLength(1); // only the read ran
    expect(book.snapshot()).toEqual(before);
  });

  it("writes into it once the user agrees, keeping its cells outside A1:E10, even when it is the workbook's only sheet", async () => {
    const book = new FakeWorkbook();
    book.addSheet('Network', { A1: 'My own network notes', B2: 42, G2: 'kept' });
    await expect(writeNetworkInputs(book.pane({ confirm: async () => true }), plan, strings)).resolves.toEqual({ status: 'written' });
    expect(book.sheets.map((s) => s.name)).toEqual(['Network']);
    expect(book.cell('Network', 'A1')).toBe('Hashwatt network inputs');
    expect(book.cell('Network', 'B2')).toBe(42);
    expect(book.cell('Network', 'G2')).toBe('kept');
  });

  it('asks before re-pointing a NET_* name the user made, names it, and never deletes it', async () => {
    const book = bookWithModel();
    book.addName('NET_BTC_PRICE_USD', '=Model!$C$3');
    const confirm = jest.fn(async () => true);
    await writeNetworkInputs(book.pane({ confirm }), plan, strings);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('NET_BTC_PRICE_USD'), 'Replace');
    expect(book.formulaOf('NET_BTC_PRICE_USD')).toBe('=Network!$B$5');
    expect(book.log.filter((entry) => entry.startsWith('delete name'))).toEqual([]);
  });

  it('stops, writing nothing, when a table named Network_Inputs stands on another sheet', async () => {
    const book = bookWithModel();
    book.addTable('Network_Inputs', 'Model', 'A1:B2');
    const before = book.snapshot();
    const confirm = jest.fn(async () => true);
    await expect(writeNetworkInputs(book.pane({ confirm }), plan, strings)).resolves.toEqual({
      status: 'blocked',
      message: 'A table named Network_Inputs is on the sheet “Model”. Rename or delete it, then try again. Nothing was written.',
    });
    expect(confirm).not.toHaveBeenCalled();
    expect(book.snapshot()).toEqual(before);
  });

  it('reports an Excel failure as a result, not an exception, with the workbook as it was', async () => {
    const book = new FakeWorkbook({ readOnly: 'The workbook is protected.' });
    book.addSheet('Model');
    const before = book.snapshot();
    await expect(writeNetworkInputs(book.pane(), plan, strings)).resolves.toEqual({ status: 'failed', message: 'The workbook is protected. The workbook is as it was.' });
    expect(book.snapshot()).toEqual(before);
    const pane = book.pane({
      runExcel: async () => {
        throw new Error('Excel is not available');
      },
    });
    await expect(writeNetworkInputs(pane, plan, strings)).resolves.toEqual({ status: 'failed', message: 'Excel is not available. The workbook is as it was.' });
  });
});
