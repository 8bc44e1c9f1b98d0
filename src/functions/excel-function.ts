/**
 * The Excel function of a declaration: the arguments Excel passes, shaped and checked by the
 * declared parameter specs, handed to the core function, the result checked and any error
 * mapped to an Excel error (invoke.ts). Every MINER.* function is made here, none by hand.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { formattedResult } from './formatted-results';
import { callEntity, callNumber, callTable, callValue } from './invoke';

export type ExcelFunction = (...args: unknown[]) => unknown;

const callByResult = { number: callNumber, value: callValue, table: callTable, entity: callEntity } as const;

export function excelFunction(declaration: FunctionDeclaration): ExcelFunction {
  const { params, core } = declaration;
  const checkRules = declaration.rulesCheckedByCore !== true;
  const call = callByResult[declaration.result] as (specs: typeof params, args: readonly unknown[], fn: typeof core, checkRules: boolean) => unknown;
  const { unit } = declaration;
  // A number with a unit answers a formatted number when the workbook asks for one.
  const fn =
    declaration.result === 'number' && unit !== undefined
      ? (...args: unknown[]) => formattedResult(call(params, args, core, checkRules) as number, unit)
      : (...args: unknown[]) => call(params, args, core, checkRules);
  // Named after its ID, so a stack trace or a profile says which MINER.* function ran.
  return Object.defineProperty(fn, 'name', { value: declaration.id });
}
