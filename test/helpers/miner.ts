/**
 * The MINER.* functions by ID, as Excel calls them (made from the catalogue by
 * src/functions/registry.ts), for tests that read like a worksheet: `miner.HASHPRICE(91132, 1048.5)`.
 */
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { functionsById } from '../../src/functions/registry';

installCustomFunctionsShim();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const miner: Readonly<Record<string, (...args: any[]) => any>> = Object.fromEntries(functionsById());
