/**
 * The pane's writes as the workbook tests break them: each scenario sets up a workbook of the
 * user's and runs one pane action on it, through the pane given (one that agrees to every
 * question unless told otherwise).
 */
import { findPreset, Preset } from '../../src/core/data/presets';
import { findModel, ModelDefinition } from '../../src/models';
import { provenanceHeader } from '../../src/portable/provenance';
import { makePortableCopy } from '../../src/taskpane/models/make-portable';
import { modelsStrings } from '../../src/taskpane/models/strings';
import { insertModel } from '../../src/taskpane/models/write-model';
import { planNetworkSheet } from '../../src/taskpane/network/plan';
import { networkStrings } from '../../src/taskpane/network/strings';
import { writeNetworkInputs } from '../../src/taskpane/network/write-sheet';
import { insertPreset, insertPresetFormula } from '../../src/taskpane/presets/actions';
import { breakevenBtcFormula } from '../../src/taskpane/presets/formulas';
import type { PaneContext } from '../../src/taskpane/pane-context';
import { FakeWorkbook } from '../helpers/fake-workbook';
import { sampleSnapshot } from '../network/sample-snapshot';

const iren = findPreset('IREN') as Preset;
const networkPlan = planNetworkSheet(sampleSnapshot(), 'en');

export interface Scenario {
  /** The workbook before the write (a fresh one each run). */
  setUp(book: FakeWorkbook): void;
  /** The pane action (through `pane`, by default one that agrees to every question), its outcome. */
  write(book: FakeWorkbook, pane?: PaneContext): Promise<{ status: string; message?: string }>;
}

function userWorkbook(book: FakeWorkbook): void {
  book.addSheet('Model', { A1: 'My model', C3: 91_000 });
  book.addName('MY_PRICE', "='Model'!$C$3");
}

export const scenarios: Record<string, Scenario> = {
  'preset insert on a new sheet': { setUp: userWorkbook, write: (book, pane = book.pane()) => insertPreset(pane, iren) },
  'preset replace over a sheet, tables and names of the same names': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('IREN', { A1: 'old', B5: 1, Z99: 'the user’s own cell' });
      book.addTable('IREN_Figures', 'IREN', 'A4:F20');
      book.addName('IREN_HASHRATE_EHS', "='IREN'!$B$5", 'older');
      book.addName('IREN_NAME', "='Model'!$A$1");
    },
    write: (book, pane = book.pane()) => insertPreset(pane, iren),
  },
  'ready formula over a cell that holds something': {
    setUp: (book) => {
      userWorkbook(book);
      book.addName('IREN_FLEET_EFFICIENCY_J_PER_TH', "='Model'!$C$3");
      book.addName('IREN_POWER_PRICE_USD_PER_KWH', "='Model'!$C$3");
      book.selectCell('Model', 'D4', '=1+1');
    },
    write: (book, pane = book.pane()) => insertPresetFormula(pane, iren, breakevenBtcFormula('IREN')),
  },
  'network write on a new sheet': { setUp: userWorkbook, write: (book, pane = book.pane()) => writeNetworkInputs(pane, networkPlan, networkStrings('en')) },
  'network replace over the user’s Network sheet and NET_* names': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Network', { A1: 'my notes', B5: 5 });
      book.addTable('Network_Inputs', 'Network', 'A4:E6');
      book.addName('NET_BTC_PRICE_USD', "='Model'!$C$3");
      book.addName('NET_DIFFICULTY', "='Network'!$B$6");
    },
    write: (book, pane = book.pane()) => writeNetworkInputs(pane, networkPlan, networkStrings('en')),
  },
  'network refresh of its own sheet': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Network', { A1: networkPlan.marker, B5: 90_000 });
      book.addTable('Network_Inputs', 'Network', networkPlan.tableAddress);
      for (const entry of networkPlan.names) book.addName(entry.name, entry.formula);
    },
    write: (book, pane = book.pane()) => writeNetworkInputs(pane, networkPlan, networkStrings('en')),
  },
  'model insert replacing a sheet of the same name': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Halving path', { A1: 'an older copy', Q40: 'edited by hand' });
    },
    write: (book, pane = book.pane()) => insertModel(pane, findModel('halving-path') as ModelDefinition, { locale: 'en' }, modelsStrings('en')),
  },
  'portable copy made again over an earlier copy': {
    setUp: (book) => {
      userWorkbook(book);
      book.addSheet('Model (portable)', { A1: 'an earlier copy', Q40: 'left from before' });
      // An earlier copy's list: the header a copy writes (its last cell the marker), then a row.
      const header = Object.fromEntries(provenanceHeader.map((title, i) => [`${String.fromCharCode(65 + i)}1`, title]));
      book.addSheet('Provenance', { ...header, A2: 'an earlier list' });
    },
    write: (book, pane = book.pane()) => makePortableCopy(pane, modelsStrings('en'), '1.0.0'),
  },
};

