/**
 * Units, kept in one place: the unit suffixes that quantity names carry across the project
 * (`hashrateEhs`, `network_hashrate_ehs`, `powerPriceUsdPerKwh`) with the unit each stands
 * for, and the unit families CONVERT converts within, with exact factors.
 */
import { Exact } from './arithmetic/exact';
import { quotientValue } from './arithmetic/quotient';
import { notFound, quoteText } from './errors';
import { ChoiceSet, required, requiredText } from './params';

export interface UnitSuffix {
  /** The camelCase suffix of a TypeScript name: `Ehs` in `hashrateEhs`. */
  readonly suffix: string;
  /** The snake_case suffix of a public parameter name: `ehs` in `network_hashrate_ehs`. */
  readonly snake: string;
  /** The unit as the user reads it: `EH/s`. */
  readonly unit: string;
}

function suffix(camel: string, unit: string): UnitSuffix {
  return { suffix: camel, snake: camel.replace(/(?<=.)([A-Z])/g, '_$1').toLowerCase(), unit };
}

/** Every unit suffix used in names in this project, and its unit. */
export const unitSuffixes: readonly UnitSuffix[] = [
  suffix('Hs', 'H/s'),
  suffix('Ths', 'TH/s'),
  suffix('Phs', 'PH/s'),
  suffix('Ehs', 'EH/s'),
  suffix('W', 'W'),
  suffix('Kw', 'kW'),
  suffix('Mw', 'MW'),
  suffix('Gw', 'GW'),
  suffix('Wh', 'Wh'),
  suffix('Kwh', 'kWh'),
  suffix('Mwh', 'MWh'),
  suffix('Gwh', 'GWh'),
  suffix('Btc', 'BTC'),
  suffix('Sats', 'sats'),
  suffix('Usd', 'USD'),
  suffix('UsdPerKwh', 'USD/kWh'),
  suffix('UsdPerMwh', 'USD/MWh'),
  suffix('UsdPerThDay', 'USD/TH/day'),
  suffix('UsdPerPhDay', 'USD/PH/day'),
  suffix('UsdPerEhDay', 'USD/EH/day'),
  suffix('BtcPerPhDay', 'BTC/PH/day'),
  suffix('BtcPerBlock', 'BTC/block'),
  suffix('JPerTh', 'J/TH'),
  suffix('UsdPerMwYear', 'USD/MW/year'),
  suffix('UsdPerKwMonth', 'USD/kW/month'),
  suffix('UsdPerGpuHour', 'USD/GPU/hour'),
  suffix('KwPerGpu', 'kW/GPU'),
  suffix('UsdPerMw', 'USD/MW'),
  suffix('Years', 'years'),
  suffix('Months', 'months'),
];

export interface ConvertibleUnit {
  /** The canonical spelling, used in messages. */
  readonly unit: string;
  /** Other spellings accepted (matching also ignores case and surrounding spaces). */
  readonly aliases: readonly string[];
  /** The unit in the family's base unit, exactly. */
  readonly factor: Exact;
}

export interface UnitFamily {
  readonly family: string;
  readonly base: string;
  readonly units: readonly ConvertibleUnit[];
}

function family(name: string, base: string, units: Array<[string, string, string[]?]>): UnitFamily {
  return {
    family: name,
    base,
    units: units.map(([unit, factor, aliases = []]) => ({ unit, aliases, factor: Exact.of(Number(factor)) })),
  };
}

/** The families CONVERT converts within; factors are exact decimals in the base unit. */
export const unitFamilies: readonly UnitFamily[] = [
  family('hashrate', 'H/s', [['H/s', '1'], ['TH/s', '1e12'], ['PH/s', '1e15'], ['EH/s', '1e18']]),
  family('power', 'W', [['W', '1'], ['kW', '1e3'], ['MW', '1e6'], ['GW', '1e9']]),
  family('energy', 'Wh', [['Wh', '1'], ['kWh', '1e3'], ['MWh', '1e6'], ['GWh', '1e9']]),
  family('bitcoin amount', 'sats', [['BTC', '1e8'], ['sats', '1', ['sat', 'satoshi', 'satoshis']]]),
  family('power price', 'USD/Wh', [['USD/kWh', '1e-3'], ['USD/MWh', '1e-6']]),
  family('hashprice', 'USD per H/s per day', [['USD/TH/day', '1e-12'], ['USD/PH/day', '1e-15'], ['USD/EH/day', '1e-18']]),
];

interface FoundUnit {
  readonly family: UnitFamily;
  readonly unit: ConvertibleUnit;
}

const unitsByKey = new Map<string, FoundUnit>();
for (const f of unitFamilies) {
  for (const u of f.units) {
    for (const spelling of [u.unit, ...u.aliases]) unitsByKey.set(spelling.toLowerCase(), { family: f, unit: u });
  }
}

/** The canonical spellings of every convertible unit, in family order. */
export const convertibleUnits: readonly string[] = unitFamilies.flatMap((f) => f.units.map((u) => u.unit));

/** The convertible units, each with its other spellings. */
const convertUnits: ChoiceSet = {
  id: 'Unit',
  values: () => unitFamilies.flatMap((f) => f.units.map((u) => ({ value: u.unit, ...(u.aliases.length > 0 ? { aliases: u.aliases } : {}) }))),
};

export const convertParams = [required('value'), requiredText('from_unit', convertUnits), requiredText('to_unit', convertUnits)] as const;

function findUnit(parameter: string, text: string): FoundUnit {
  const found = unitsByKey.get(text.trim().toLowerCase());
  if (!found) throw notFound(`${parameter}: unknown unit ${quoteText(text)}; units: ${convertibleUnits.join(', ')}`);
  return found;
}

/**
 * Converts a value between two units of one family: value × from factor / to factor, with
 * exact decimal factors (1 USD/TH/day = 1,000 USD/PH/day; 1 BTC = 100,000,000 sats).
 *
 * Units are matched ignoring case and surrounding spaces; "sat", "sats", "satoshi" and
 * "satoshis" all mean sats.
 *
 * @param value the quantity in fromUnit, any finite number
 * @param fromUnit one of convertibleUnits
 * @param toUnit one of convertibleUnits, of the same family as fromUnit
 * @returns the quantity in toUnit
 * @throws invalid_input when value is not a finite number
 * @throws not_found for an unknown unit (naming it and listing the units) or units of two
 *   families (naming both)
 * @throws not_finite when the result overflows a double
 * @example convertUnit(39.33, 'USD/PH/day', 'USD/TH/day') === 0.03933
 */
export function convertUnit(value: number, fromUnit: string, toUnit: string): number {
  const from = findUnit(convertParams[1].name, fromUnit);
  const to = findUnit(convertParams[2].name, toUnit);
  if (from.family !== to.family) {
    throw notFound(
      `cannot convert ${from.unit.unit} (${from.family.family}) to ${to.unit.unit} (${to.family.family}): ` +
        'units convert only within a family',
    );
  }
  return quotientValue({ numerator: Exact.of(value).times(from.unit.factor), denominator: to.unit.factor }, 'the converted value');
}
