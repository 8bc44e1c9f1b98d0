/**
 * Office does not roll back a failed batch, so every writer of the pane is broken at every
 * write point: the fake workbook fails its Nth write operation, for every N of a full write,
 * and the workbook must then be exactly as it was or completely written (every sheet, cell,
 * table and name compared), never anything in between. Each scenario also covers a replace
 * over existing content of the user's.
 */
import { findPreset, Preset } from '../../src/core/data/presets';
import { findModel, ModelDefinition } from '../../src/models';
import { modelsStrings } from '../../src/taskpane/models/strings';
import { insertModel } from '../../src/taskpane/models/write-model';
import { planNetworkSheet } from '../../src/taskpane/network/plan';
import { networkStrings } from '../../src/taskpane/network/strings';
import { writeNetworkInputs } from '../../src/taskpane/network/write-sheet';
import { insertPreset, insertPresetFormula } from '../../src/taskpane/presets/actions';
import { breakevenBtcFormula } from '../../src/taskpane/presets/formulas';
import { FakeWorkbook, FakeWorkbookOptions } from '../helpers/fake-workbook';
import { sampleSnapshot } from '../network/sample-snapshot';

const iren = findPreset('IREN') as Preset;
const networkPlan = planNetworkSheet(sampleSnapshot(), 'en');

interface Scenario {
  /** The workbook before the write (a fresh one each run). */
  setUp(book: FakeWorkbook): void;
  /** The pane action, its outcome's status. */
  write(book: FakeWorkbook): Promise<{ status: string }>;
}

function userWorkbook(book: FakeWorkbook): void {
  book.addSheet('Model', { A1: 'My model', C3: 91_000 });
  book.addName('MY_PRICE', "='Model'!$C$3");
}

const scenarios: Record<string, Scenario> = {
  'preset insert on a new sheet': { setUp: userWorkbook, write: (book) => insertPreset(book.pane(), iren) },
  'preset replace over a sheet, tables and names of the same names': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('IREN', { A1: 'old', B5: 1, Z99: 'the user’s own cell' });
      book.addTable('IREN_Figures', 'IREN', 'A4:F20');
      book.addName('IREN_HASHRATE_EHS', "='IREN'!$B$5", 'older');
      book.addName('IREN_NAME', "='Model'!$A$1");
    },
    write: (book) => insertPreset(book.pane(), iren),
  },
  'ready formula over a cell that holds something': {
    setUp: (book) => {
      userWorkbook(book);
      book.addName('IREN_FLEET_EFFICIENCY_J_PER_TH', "='Model'!$C$3");
      book.addName('IREN_POWER_PRICE_USD_PER_KWH', "='Model'!$C$3");
      book.selectCell('Model', 'D4', '=1+1');
    },
    write: (book) => insertPresetFormula(book.pane(), iren, breakevenBtcFormula('IREN')),
  },
  'network write on a new sheet': { setUp: userWorkbook, write: (book) => writeNetworkInputs(book.pane(), networkPlan, networkStrings('en')) },
  'network replace over the user’s Network sheet and NET_* names': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Network', { A1: 'my notes', B5: 5 });
      book.addTable('Network_Inputs', 'Network', 'A4:E6');
      book.addName('NET_BTC_PRICE_USD', "='Model'!$C$3");
      book.addName('NET_DIFFICULTY', "='Network'!$B$6");
    },
    write: (book) => writeNetworkInputs(book.pane(), networkPlan, networkStrings('en')),
  },
  'network refresh of its own sheet': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Network', { A1: networkPlan.marker, B5: 90_000 });
      book.addTable('Network_Inputs', 'Network', networkPlan.tableAddress);
      for (const entry of networkPlan.names) book.addName(entry.name, entry.formula);
    },
    write: (book) => writeNetworkInputs(book.pane(), networkPlan, networkStrings('en')),
  },
  'model insert replacing a sheet of the same name': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Halving path', { A1: 'an older copy', Q40: 'edited by hand' });
    },
    write: (book) => insertModel(book.pane(), findModel('halving-path') as ModelDefinition, { locale: 'en' }, modelsStrings('en')),
  },
};

function freshBook(scenario: Scenario, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const book = new FakeWorkbook(options);
  scenario.setUp(book);
  return book;
}

describe.each(Object.entries(scenarios))('%s, failing at every write', (_name, scenario) => {
  it('leaves the workbook unchanged or completely written, and says which', async () => {
    const complete = freshBook(scenario);
    const before = complete.snapshot();
    const success = await scenario.write(complete);
    expect(success.status).toMatch(/written|inserted/);
    const after = complete.snapshot();
    const writes = complete.writes;
    expect(writes).toBeGreaterThan(0);

    const endings = { unchanged: 0, written: 0, partial: 0 };
    for (let failAt = 1; failAt <= writes; failAt++) {
      const book = freshBook(scenario, { failAt });
      const outcome = await scenario.write(book);
      const now = book.snapshot();
      const ending = JSON.stringify(now) === JSON.stringify(before) ? 'unchanged' : JSON.stringify(now) === JSON.stringify(after) ? 'written' : 'partial';
      if (ending === 'partial') expect({ failAt, outcome, now }).toEqual({ failAt, outcome, now: after });
      expect(outcome.status === 'failed').toBe(ending === 'unchanged');
      endings[ending] += 1;
    }
    expect(endings.unchanged + endings.written).toBe(writes);
  });
});
