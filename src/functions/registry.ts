/**
 * Every MINER.* function by ID, made from the catalogue's declarations (registrations.ts):
 * what the add-in registers with Excel, and what the CLI, the tests and the benchmark call.
 */
import { ExcelFunction, excelFunction } from './excel-function';
import { declarations } from './registrations';

export function functionsById(): Map<string, ExcelFunction> {
  return new Map(declarations.map((declaration) => [declaration.id, excelFunction(declaration)]));
}
