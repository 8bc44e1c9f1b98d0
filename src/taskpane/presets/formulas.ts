/**
 * Ready MINER.* formulas over an inserted preset, for the common questions: AI revenue per
 * MW-year and present value of the first contract (by structured reference into
 * TICKER_Contracts), and the breakeven BTC price of the fleet (from the TICKER_* names). A
 * formula is offered only when the preset has its inputs. Pure.
 */
import { Preset, latestFigure } from '../../core/data/presets';
import { networkInputSpec } from '../network/fields';
import { contractsTableName, figureName } from './plan';

export type FormulaKind = 'aiMwRevenue' | 'contractPv' | 'breakevenBtc' | 'companyCard';

export interface PresetFormula {
  kind: FormulaKind;
  /** The formula as typed in a cell (en-US syntax, which Range.formulas takes in every locale). */
  formula: string;
  /** Workbook names and tables it refers to: they must exist before it is written. */
  names: string[];
  tables: string[];
  /** When the workbook has this name, `formula` there is written instead (a live input over a bundled one). */
  ifName?: { name: string; formula: string };
}

/** The discount rate of the ready CONTRACT_PV formula. */
export const contractDiscountRate = 0.1;
/** The network hashrate the breakeven formula uses when no cell is given: the bundled latest. */
export const latestNetworkHashrate = 'MINER.NETWORK("network_hashrate_ehs")';
/** The cell the Network tab writes the live network hashrate to, when it has. */
export const liveNetworkHashrateName = networkInputSpec('network_hashrate_ehs').name;

/** INDEX(IREN_Contracts[term_years],1): a column of the first contract, by structured reference. */
export function firstContractCell(ticker: string, column: string): string {
  return `INDEX(${contractsTableName(ticker)}[${column}],1)`;
}

/** =MINER.AI_MW_REVENUE(value, term, IT MW) of the first contract. */
export function aiMwRevenueFormula(ticker: string): PresetFormula {
  const cell = (column: string) => firstContractCell(ticker, column);
  return {
    kind: 'aiMwRevenue',
    formula: `=MINER.AI_MW_REVENUE(${cell('contract_value_usd')}, ${cell('term_years')}, ${cell('it_load_mw')})`,
    names: [],
    tables: [contractsTableName(ticker)],
  };
}

/** =MINER.CONTRACT_PV(value, term, rate[, prepayment share]) of the first contract. */
export function contractPvFormula(ticker: string, withPrepayment: boolean, discountRate = contractDiscountRate): PresetFormula {
  const cell = (column: string) => firstContractCell(ticker, column);
  const prepayment = withPrepayment ? `, ${cell('prepayment_share')}` : '';
  return {
    kind: 'contractPv',
    formula: `=MINER.CONTRACT_PV(${cell('contract_value_usd')}, ${cell('term_years')}, ${discountRate}${prepayment})`,
    names: [],
    tables: [contractsTableName(ticker)],
  };
}

/**
 * =MINER.BREAKEVEN_BTC(fleet efficiency, power price, network hashrate): the network hashrate
 * is the given cell, or else the live NET_HASHRATE_EHS when the workbook has it, or else the
 * bundled latest figure.
 */
export function breakevenBtcFormula(ticker: string, networkHashrate?: string): PresetFormula {
  const names = [figureName(ticker, 'fleet_efficiency_j_per_th'), figureName(ticker, 'power_price_usd_per_kwh')];
  const formula = (hashrate: string) => `=MINER.BREAKEVEN_BTC(${names[0]}, ${names[1]}, ${hashrate})`;
  return {
    kind: 'breakevenBtc',
    formula: formula(networkHashrate ?? latestNetworkHashrate),
    names,
    tables: [],
    ...(networkHashrate === undefined ? { ifName: { name: liveNetworkHashrateName, formula: formula(liveNetworkHashrateName) } } : {}),
  };
}

/** The formulas this preset has the inputs for, in a fixed order. */
export function presetFormulas(preset: Preset): PresetFormula[] {
  const formulas: PresetFormula[] = [];
  const first = preset.contracts?.[0];
  if (first) {
    formulas.push(aiMwRevenueFormula(preset.ticker));
    formulas.push(contractPvFormula(preset.ticker, first.prepayment_share !== undefined));
  }
  if (latestFigure(preset.fleet_efficiency_j_per_th) && latestFigure(preset.power_price_usd_per_kwh)) {
    formulas.push(breakevenBtcFormula(preset.ticker));
  }
  return formulas;
}
