/**
 * MINER.* unit conversion: a thin declared wrapper over src/core/units.
 */
import { convertParams, convertUnit } from '../core/units';
import { callNumber } from './invoke';

/**
 * Converts a value between units of one family: hashrate, power, energy, bitcoin, power price or hashprice.
 * @customfunction CONVERT
 * @param value The quantity to convert, in from_unit.
 * @param from_unit Its unit: H/s, TH/s, PH/s, EH/s; W, kW, MW, GW; Wh, kWh, MWh, GWh; BTC, sats; USD/kWh, USD/MWh; USD/TH/day, USD/PH/day, USD/EH/day.
 * @param to_unit The unit wanted, of the same family as from_unit.
 * @returns The quantity in to_unit.
 * @helpurl https://localhost:3000/docs/functions.html#convert
 */
export function CONVERT(value: number, from_unit: string, to_unit: string): number {
  return callNumber(convertParams, [value, from_unit, to_unit], convertUnit);
}
