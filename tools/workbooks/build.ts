/**
 * Generates the model workbooks: every model of src/models in English and Japanese,
 * computed with the add-in's own MINER.* functions, as .xlsx files.
 *
 *   node scripts/templates.js [outDir]     (default dist/templates)
 *
 * generateWorkbooks() returns the files without writing them (the tests use it);
 * workbookFiles() adds each one's portable variant (the webpack build emits them all).
 */
import * as fs from 'fs';
import * as path from 'path';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { functionsById } from '../../src/functions/registry';
import { computePlan, Registry } from './calc';
import { models } from '../../src/models';
import { ModelDefinition } from '../../src/models/common';
import { Locale, locales } from '../../src/sheet/locale';
import { WorkbookPlan } from '../../src/models/plan';
import { portableWorkbooks, WorkbookFile } from './portable';
import { writeWorkbook } from './xlsx/write-workbook';

export interface GeneratedWorkbook {
  readonly fileName: string;
  readonly model: ModelDefinition;
  readonly locale: Locale;
  readonly plan: WorkbookPlan;
  readonly bytes: Buffer;
}

export function workbookFileName(model: ModelDefinition, locale: Locale): string {
  return `${model.fileName}${locale === 'en' ? '' : `_${locale}`}.xlsx`;
}

/** The add-in's functions by ID, as the calculation looks them up. */
export function functionRegistry(): Registry {
  installCustomFunctionsShim();
  const byId = functionsById();
  return (id) => byId.get(id);
}

export async function generateWorkbooks(): Promise<GeneratedWorkbook[]> {
  const registry = functionRegistry();
  const generated: GeneratedWorkbook[] = [];
  for (const model of models) {
    for (const locale of locales) {
      const plan = model.build({ locale });
      const bytes = await writeWorkbook(plan, computePlan(plan, registry));
      generated.push({ fileName: workbookFileName(model, locale), model, locale, plan, bytes });
    }
  }
  return generated;
}

/** Every model workbook and its portable variant (dated today), as files. */
export async function workbookFiles(): Promise<WorkbookFile[]> {
  const workbooks = await generateWorkbooks();
  return [...workbooks, ...(await portableWorkbooks(workbooks, new Date().toISOString().slice(0, 10)))];
}

export async function writeWorkbooks(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const workbook of await workbookFiles()) {
    const file = path.join(outDir, workbook.fileName);
    fs.writeFileSync(file, workbook.bytes);
    written.push(file);
  }
  return written;
}
