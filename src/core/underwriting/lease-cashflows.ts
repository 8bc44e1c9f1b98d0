import { kwPerMw, monthsPerYear } from '../constants';
import { notFinite } from '../errors';
import { ddOne, ddProduct, ddTimes } from '../arithmetic/double-double';
import { growth } from '../finance/growth';
import { checkParams, optional } from '../params';
import { shareInclusive } from '../rules';
import { exactProduct } from './exact-product';
import {
  annualEscalatorRules,
  headersParam,
  itLoadMwParam,
  noiMarginRules,
  rentUsdPerKwMonthParam,
  termYearsParam,
} from './shared-params';

export const leaseCashflowsParams = [
  itLoadMwParam,
  rentUsdPerKwMonthParam,
  termYearsParam,
  optional('annual_escalator', 0, ...annualEscalatorRules),
  optional('noi_margin', 1, ...noiMarginRules),
  optional('occupancy', 1, shareInclusive),
  headersParam,
] as const;

export const leaseCashflowsHeaders = ['year', 'rent_usd', 'noi_usd'] as const;

/** A lease's rent and NOI, USD, for lease years 1 … term (index 0 = year 1). */
export interface LeaseYears {
  readonly rentUsd: readonly number[];
  readonly noiUsd: readonly number[];
}

/** A lease's terms in their Excel order: it_load_mw … occupancy (see leaseCashflows). */
export type LeaseTerms = [
  itLoadMw: number,
  rentUsdPerKwMonth: number,
  termYears: number,
  annualEscalator: number,
  noiMargin: number,
  occupancy: number,
];

/** 1,000 kW/MW × 12 months: kW-months in a MW-year. */
const kwMonthsPerMwYear = kwPerMw * monthsPerYear;

/**
 * The rent and NOI of each lease year, after validating the lease terms (see leaseCashflows):
 * rent_1 = IT load × 1,000 × rent × 12 × occupancy and NOI_1 = rent_1 × margin, exact (products
 * of the inputs); year y is year 1 × (1 + escalator)^(y − 1), the growth factor compounded year
 * by year in double-double and the product rounded once (+, −, ×, ÷ alone: the same in every
 * engine; see src/core/arithmetic/README.md).
 *
 * @example leaseYears(10, 100, 2, 0.03, 0.9, 1).noiUsd ≈ [10_800_000, 11_124_000]
 */
export function leaseYears(...terms: LeaseTerms): LeaseYears {
  const [itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, occupancy] = terms;
  checkParams(leaseCashflowsParams, terms);
  const firstRent = exactProduct(itLoadMw, kwMonthsPerMwYear, rentUsdPerKwMonth, occupancy);
  const firstNoi = exactProduct(itLoadMw, kwMonthsPerMwYear, rentUsdPerKwMonth, occupancy, noiMargin);
  const yearGrowth = growth(annualEscalator);
  const rentUsd: number[] = new Array(termYears);
  const noiUsd: number[] = new Array(termYears);
  let grown = ddOne; // (1 + escalator)^y
  for (let y = 0; y < termYears; y++) {
    if (y > 0) grown = ddProduct(grown, yearGrowth);
    rentUsd[y] = ddTimes(grown, firstRent).hi;
    noiUsd[y] = ddTimes(grown, firstNoi).hi;
    if (!Number.isFinite(rentUsd[y])) throw notFinite('the rent is not a finite number');
  }
  return { rentUsd, noiUsd };
}

/**
 * A lease's cash flows, one row a lease year 1 … term: year, rent, NOI.
 *
 * rent_y = it_load_mw × 1,000 × rent × 12 × occupancy × (1 + escalator)^(y − 1);
 * noi_y = rent_y × noi_margin. Data-center rent is quoted per kW of critical IT load per month
 * (CBRE's market reports); a triple-net lease passes operating costs to the tenant, so its NOI
 * margin is near 1. Year 1 is exact; later years carry a growth factor rounded once (leaseYears).
 *
 * @param itLoadMw critical IT load leased, MW, > 0
 * @param rentUsdPerKwMonth first-year rent in USD per kW of IT load per month, >= 0
 * @param termYears lease term in years, a whole number from 1 to 100
 * @param annualEscalator rent growth a year as a fraction (3% is 0.03), > −1 (default 0)
 * @param noiMargin NOI as a share of rent, 0 to 1 (default 1)
 * @param occupancy share of the IT load leased, 0 to 1 (default 1)
 * @param headers TRUE (the default) to put a header row first
 * @returns a table of term rows (term + 1 with headers) and three columns, amounts in USD
 * @throws invalid_input for an argument outside its rule
 * @throws not_finite when an amount overflows a double
 * @example leaseCashflows(245, 128, 15, 0.03, 1, 1, false)[0] = [1, 376_320_000, 376_320_000]
 */
export function leaseCashflows(
  itLoadMw: number, rentUsdPerKwMonth: number, termYears: number, annualEscalator: number, noiMargin: number, occupancy: number,
  headers: boolean,
): (number | string)[][] {
  const { rentUsd, noiUsd } = leaseYears(itLoadMw, rentUsdPerKwMonth, termYears, annualEscalator, noiMargin, occupancy);
  const table: (number | string)[][] = headers ? [[...leaseCashflowsHeaders]] : [];
  rentUsd.forEach((rent, index) => table.push([index + 1, rent, noiUsd[index]]));
  return table;
}
