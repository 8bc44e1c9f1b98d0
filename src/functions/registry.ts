/**
 * Every MINER.* function by ID, made from the catalogue's declarations (registrations.ts):
 * what the add-in registers with Excel, and what the CLI, the tests and the benchmark call.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { ExcelFunction, excelFunction } from './excel-function';
import { declarations } from './registrations';

/** Every declaration by ID, as portable copies and "the math behind a cell" look them up. */
export const declarationsById: ReadonlyMap<string, FunctionDeclaration> = new Map(declarations.map((declaration) => [declaration.id, declaration]));

export function functionsById(): Map<string, ExcelFunction> {
  return new Map(declarations.map((declaration) => [declaration.id, excelFunction(declaration)]));
}
