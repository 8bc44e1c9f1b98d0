/**
 * Every MINER.* function by ID, for the CLI and the tests: the same exported functions the
 * add-in registers with Excel. The section modules are listed in src/functions/sections.ts.
 */
import { sections } from '../functions/sections';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExcelFunction = (...args: any[]) => unknown;

export function functionsById(): Map<string, ExcelFunction> {
  const byId = new Map<string, ExcelFunction>();
  for (const section of sections) {
    for (const [name, value] of Object.entries(section)) {
      if (typeof value === 'function' && /^[A-Z][A-Z0-9_]*$/.test(name)) byId.set(name, value as ExcelFunction);
    }
  }
  return byId;
}
