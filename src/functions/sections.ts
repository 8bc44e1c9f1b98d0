/**
 * The section modules of the Excel layer, for code that needs the functions as values (the
 * CLI, the tests, the benchmark). Each exported UPPER_CASE function is the MINER.* function
 * of the same ID.
 */
import * as data from './data';
import * as hosting from './hosting';
import * as mining from './mining';
import * as protocol from './protocol';
import * as units from './units';

export const sections: readonly Record<string, unknown>[] = [protocol, mining, data, hosting, units];
