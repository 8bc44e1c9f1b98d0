/** The model workbooks, in the order the task pane and the README list them. */
import { breakevenGrid } from './breakeven-grid';
import { ModelDefinition } from './common';
import { companyComparison } from './company-comparison';
import { contractUnderwriting } from './contract-underwriting';
import { fleetPayback } from './fleet-payback';
import { halvingPath } from './halving-path';
import { leaseFinancing } from './lease-financing';
import { miningVsAi } from './mining-vs-ai';
import { sumOfTheParts } from './sotp';

export type { LinkableInput, ModelDefinition, ModelOptions } from './common';

export const models: readonly ModelDefinition[] = [miningVsAi, breakevenGrid, halvingPath, contractUnderwriting, leaseFinancing, companyComparison, fleetPayback, sumOfTheParts];

export function findModel(id: string): ModelDefinition | undefined {
  return models.find((model) => model.id === id);
}
