/**
 * The models panel in Node (a small fake DOM and the fake workbook): what it lists, what the
 * preview allows, and what an "Insert" click does.
 */
import { fakeContainer, FakeElement } from '../../../test/network/fake-dom';
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { models } from '../../models';
import { createModelsPanel, downloadUrl, mountModelsPanel } from './panel';
import { modelsStrings } from './strings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('models panel', () => {
  it('lists every model with an Insert button and download links to its .xlsx and its portable copy', () => {
    const { container, root } = fakeContainer();
    mountModelsPanel(container, new FakeWorkbook().pane());
    for (const model of models) {
      const item = root.byRole(`model-${model.id}`);
      expect(item.textContent).toContain(model.title.en);
      expect(root.byRole(`insert-${model.id}`).disabled).toBe(false);
      expect(root.byRole(`download-${model.id}`).getAttribute('href')).toBe(`templates/${model.fileName}.xlsx`);
      expect(root.byRole(`download-portable-${model.id}`).getAttribute('href')).toBe(`templates/${model.fileName}.portable.xlsx`);
    }
    expect(downloadUrl(models[0], 'ja')).toBe('templates/mining-vs-ai_ja.xlsx');
    expect(downloadUrl(models[0], 'ja', true)).toBe('templates/mining-vs-ai_ja.portable.xlsx');
  });

  it('in the preview: Insert is disabled and says why; the downloads remain', () => {
    const { container, root } = fakeContainer();
    const strings = modelsStrings('en');
    mountModelsPanel(container, { ...new FakeWorkbook().pane(), excelAvailable: false });
    const insert = root.byRole('insert-halving-path');
    expect(insert.disabled).toBe(true);
    expect(insert.getAttribute('title')).toBe(strings.say('needsExcel'));
    expect(root.byRole('preview-note').textContent).toBe(strings.say('previewNote'));
    expect(root.byRole('download-halving-path').getAttribute('href')).toBe('templates/halving-path.xlsx');
  });

  it('offers to link inputs to the presets whose names are in the workbook', async () => {
    const book = new FakeWorkbook();
    book.addSheet('IREN');
    for (const name of ['IREN_FLEET_EFFICIENCY_J_PER_TH', 'IREN_POWER_PRICE_USD_PER_KWH', 'IREN_ENERGIZED_MW']) book.addName(name, "='IREN'!$B$5");
    const { container, root } = fakeContainer();
    const panel = createModelsPanel(container, book.pane());
    await panel.refreshLinks();
    const link = root.byRole('link') as FakeElement & { value: string };
    expect(link.disabled).toBe(false);
    const strings = modelsStrings('en');
    expect(link.children.map((o) => o.textContent)).toEqual([strings.say('noLink'), strings.say('linkTo', { ticker: 'IREN', count: 3 })]);
    expect(strings.say('linkTo', { ticker: 'IREN', count: 3 })).toBe('Linked to the IREN preset in this workbook (3 inputs)');
  });

  it('inserts on a click, linked to the chosen preset, in the chosen language, and says so', async () => {
    const book = new FakeWorkbook();
    book.addSheet('IREN');
    for (const name of ['IREN_FLEET_EFFICIENCY_J_PER_TH']) book.addName(name, "='IREN'!$B$5");
    const notes: string[] = [];
    const { container, root } = fakeContainer();
    const panel = createModelsPanel(container, book.pane({ notify: (message) => void notes.push(message) }));
    await panel.refreshLinks();
    (root.byRole('link') as unknown as { value: string }).value = 'IREN';
    (root.byRole('language') as unknown as { value: string }).value = 'ja';
    root.byRole('insert-mining-vs-ai').click();
    for (let i = 0; i < 50 && !root.byRole('status').textContent?.startsWith('Inserted'); i++) await settle();
    expect(book.sheet('マイニング対AI')).toBeDefined();
    const status = root.byRole('status').textContent;
    expect(status).toBe('Inserted “マイニング対AI”, linked to IREN: IREN_FLEET_EFFICIENCY_J_PER_TH.');
    expect(notes).toEqual([status]);
    expect(root.byRole('insert-mining-vs-ai').disabled).toBe(false);
  });

  it('speaks Japanese when the pane does', () => {
    const { container, root } = fakeContainer();
    mountModelsPanel(container, { ...new FakeWorkbook().pane(), locale: 'ja' });
    expect(root.byRole('insert-halving-path').textContent).toBe('挿入');
    expect(root.byRole('model-halving-path').textContent).toContain('半減期パス');
    expect(root.byRole('download-halving-path').getAttribute('href')).toBe('templates/halving-path_ja.xlsx');
  });

  it('shows a failure in the status line', async () => {
    const book = new FakeWorkbook({ readOnly: 'The workbook is protected.' });
    const { container, root } = fakeContainer();
    const panel = createModelsPanel(container, book.pane());
    const outcome = await panel.insert('breakeven-grid');
    expect(outcome.status).toBe('failed');
    expect(root.byRole('status').textContent).toBe('The model could not be inserted: The workbook is protected. The workbook is as it was.');
  });

  it('makes a portable copy of every sheet on a click: native formulas, values where none fits, a Provenance sheet, the originals untouched', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Inputs', { B1: 91132, B2: 1048.5 });
    const model = book.addSheet('Model');
    model.cells.set('B3', { formula: '=MINER.HASHPRICE(Inputs!B1,Inputs!B2)', value: 35.2 });
    model.cells.set('B4', { formula: '=MINER.COMPANY("IREN","ai_contracted_it_mw")', value: 200 });
    model.cells.set('B5', { formula: '=B3*2', value: 70.4 });
    const before = JSON.stringify([...model.cells]);
    const notes: string[] = [];
    const { container, root } = fakeContainer();
    const panel = createModelsPanel(container, book.pane({ notify: (message) => void notes.push(message) }));
    root.byRole('make-portable').click();
    for (let i = 0; i < 50 && !root.byRole('status').textContent?.startsWith('Made'); i++) await settle();
    expect(root.byRole('status').textContent).toBe(
      'Made “Inputs (portable)”, “Model (portable)” and “Provenance”: 1 formulas rewritten natively, 1 kept as values (see Provenance).',
    );
    const copy = book.sheet('Model (portable)');
    expect(copy?.cells.get('B3')?.formula).toBe("=('Inputs (portable)'!B1*(3.125+0)*144/('Inputs (portable)'!B2*1000))");
    expect(copy?.cells.get('B4')).toMatchObject({ value: 200 });
    expect(copy?.cells.get('B4')?.formula).toBeUndefined();
    expect(copy?.cells.get('B5')?.formula).toBe('=B3*2');
    expect(book.sheet('Inputs (portable)')?.cells.get('B1')?.value).toBe(91132);
    const provenance = book.sheet('Provenance');
    expect(provenance?.cells.get('C2')?.value).toBe('=MINER.COMPANY("IREN","ai_contracted_it_mw")');
    expect(provenance?.cells.get('E2')?.value).toBe('reads bundled data (COMPANY)');
    expect(provenance?.cells.get('F2')?.value).toMatch(/^https:/);
    expect(JSON.stringify([...model.cells])).toBe(before);
    expect(notes).toEqual([root.byRole('status').textContent]);
    // A second copy replaces the first only when the user agrees.
    const declined = await createModelsPanel(container, book.pane({ confirm: async () => false })).makePortable();
    expect(declined).toEqual({ status: 'cancelled' });
    const replaced = await createModelsPanel(container, book.pane({ confirm: async () => true })).makePortable();
    expect(replaced).toMatchObject({ status: 'made', nativeCells: 1, frozen: 1 });
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Model', 'Inputs (portable)', 'Model (portable)', 'Provenance']);
    void panel;
  });
});
