/**
 * The model workbooks, opened as a user's Excel would read them (exceljs, from the bytes
 * `npm run templates` writes): every MINER formula names a function of functions.json with
 * a valid number of arguments and is spelled as Excel stores custom functions; every cached
 * value is what the add-in's function gives for the cached values it refers to; spilled
 * tables are dynamic arrays whose cells hold the whole result; inputs are styled and labelled
 * with their units; the charts' parts are in the package; the Japanese files differ from the
 * English ones only in their text.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, columnIndex } from '../../src/sheet/a1';
import { sheetPrefix } from '../../src/sheet/formula-tree';
import { generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { inputFill } from '../../src/models/styles';
import { expectClose } from '../helpers/tolerance';
import { evaluateFormula, excelValue, minerCalls, Result, Value } from './formula-eval';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { generateMetadata } = require('../../scripts/metadata.js');

interface FunctionMeta {
  id: string;
  parameters: { name: string; optional?: boolean }[];
}

interface Opened {
  generated: GeneratedWorkbook;
  workbook: ExcelJS.Workbook;
  zip: JSZip;
}

function parseA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
}

function lookup(workbook: ExcelJS.Workbook) {
  return (sheet: string, row: number, col: number): Value => {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`no sheet ${sheet}`);
    const cell = worksheet.getCell(row + 1, col + 1);
    // ExcelJS leaves a cached 0 out of a formula's cell.value (a spill anchor's first figure); cell.result keeps it.
    return cell.formula ? excelValue(cell.result) : excelValue(cell.value);
  };
}

function expectSameValue(actual: Value, expected: Result, where: string): void {
  if (Array.isArray(expected)) throw new Error(`${where}: a table where one value was expected`);
  if (typeof expected === 'number' && typeof actual === 'number') {
    try {
      expectClose(actual, expected, 1e-12);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    return;
  }
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${where}: cached ${JSON.stringify(actual)}, the function gives ${JSON.stringify(expected)}`);
  }
}

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  result: Value;
  arrayRef?: string;
}

function formulaCells(workbook: ExcelJS.Workbook): FormulaCell[] {
  const found: FormulaCell[] = [];
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; shareType?: string; ref?: string; result?: unknown } | null;
        if (value && typeof value === 'object' && 'formula' in value && value.formula) {
          found.push({
            sheet: worksheet.name,
            address: cell.address,
            formula: value.formula,
            // ExcelJS leaves a cached 0 out of cell.value (a falsy copy); cell.result keeps it.
            result: excelValue(value.result ?? cell.result),
            arrayRef: value.shareType === 'array' ? value.ref : undefined,
          });
        }
      }),
    );
  });
  return found;
}

describe('model workbooks', () => {
  let opened: Opened[] = [];
  let metadata: Map<string, FunctionMeta>;

  beforeAll(async () => {
    const generated = await generateWorkbooks();
    metadata = new Map(((await generateMetadata()).functions as FunctionMeta[]).map((fn) => [fn.id, fn]));
    opened = await Promise.all(
      generated.map(async (g) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(g.bytes as unknown as ArrayBuffer);
        return { generated: g, workbook, zip: await JSZip.loadAsync(g.bytes) };
      }),
    );
  }, 120000);

  it('are the eight models, each in English and Japanese', () => {
    expect(opened.map((o) => o.generated.fileName).sort()).toEqual(
      [
        'breakeven-grid.xlsx',
        'breakeven-grid_ja.xlsx',
        'company-comparison.xlsx',
        'company-comparison_ja.xlsx',
        'contract-underwriting.xlsx',
        'contract-underwriting_ja.xlsx',
        'fleet-payback.xlsx',
        'fleet-payback_ja.xlsx',
        'halving-path.xlsx',
        'halving-path_ja.xlsx',
        'lease-financing.xlsx',
        'lease-financing_ja.xlsx',
        'mining-vs-ai.xlsx',
        'mining-vs-ai_ja.xlsx',
        'sotp.xlsx',
        'sotp_ja.xlsx',
      ].sort(),
    );
  });

  it('name only functions of functions.json, with a valid number of arguments, spelled as Excel stores them', () => {
    for (const { generated, workbook } of opened) {
      const cells = formulaCells(workbook);
      expect(cells.length).toBeGreaterThan(3);
      for (const cell of cells) {
        const where = `${generated.fileName} ${cell.sheet}!${cell.address}`;
        expect({ where, typed: /MINER\./.test(cell.formula) }).toEqual({ where, typed: false });
        for (const call of minerCalls(cell.formula)) {
          const fn = metadata.get(call.id);
          if (!fn) throw new Error(`${where}: MINER.${call.id} is not in functions.json`);
          const required = fn.parameters.filter((p) => !p.optional).length;
          if (call.argCount < required || call.argCount > fn.parameters.length) {
            throw new Error(`${where}: MINER.${call.id} takes ${required} to ${fn.parameters.length} arguments, got ${call.argCount}`);
          }
        }
      }
    }
  });

  it('cache, in every formula cell, what the function gives for the cached values it refers to', () => {
    let checked = 0;
    for (const { generated, workbook } of opened) {
      const cell = lookup(workbook);
      for (const f of formulaCells(workbook)) {
        const where = `${generated.fileName} ${f.sheet}!${f.address}`;
        const result = evaluateFormula(f.formula, f.sheet, cell);
        if (f.arrayRef) {
          const [from, to] = f.arrayRef.split(':').map(parseA1);
          if (!Array.isArray(result)) throw new Error(`${where}: the spilled function returned ${JSON.stringify(result)}`);
          expect({ where, rows: result.length, cols: result[0].length }).toEqual({ where, rows: to.row - from.row + 1, cols: to.col - from.col + 1 });
          result.forEach((row, r) => row.forEach((value, c) => expectSameValue(cell(f.sheet, from.row + r, from.col + c), value, `${where} [${r},${c}]`)));
        } else {
          expectSameValue(f.result, result, where);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('show numbers, not errors, in every MINER formula of the prefilled models', () => {
    for (const { generated, workbook } of opened) {
      for (const f of formulaCells(workbook)) {
        const error = typeof f.result === 'object' && f.result !== null ? f.result.error : undefined;
        expect({ where: `${generated.fileName} ${f.sheet}!${f.address}`, error }).toEqual({ where: `${generated.fileName} ${f.sheet}!${f.address}`, error: undefined });
      }
    }
  });

  it('write each spilled table as a dynamic array: cm="1" on the anchor and the XLDAPR metadata part', async () => {
    const spilling = opened.filter((o) => formulaCells(o.workbook).some((f) => f.arrayRef));
    expect(spilling.map((o) => o.generated.model.id).sort()).toEqual(
      [
        'company-comparison',
        'company-comparison',
        'contract-underwriting',
        'contract-underwriting',
        'fleet-payback',
        'fleet-payback',
        'halving-path',
        'halving-path',
        'lease-financing',
        'lease-financing',
        'sotp',
        'sotp',
      ].sort(),
    );
    for (const { zip, workbook } of spilling) {
      const metadataXml = await zip.file('xl/metadata.xml')?.async('string');
      expect(metadataXml).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
      expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('spreadsheetml.sheetMetadata+xml');
      expect(await zip.file('xl/_rels/workbook.xml.rels')?.async('string')).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
      for (const f of formulaCells(workbook).filter((c) => c.arrayRef)) {
        // exceljs writes the worksheets in their order as sheet1.xml, sheet2.xml, …
        const sheetNumber = workbook.worksheets.findIndex((worksheet) => worksheet.name === f.sheet) + 1;
        const sheetXml = (await zip.file(`xl/worksheets/sheet${sheetNumber}.xml`)?.async('string')) as string;
        expect(sheetXml).toMatch(new RegExp(`<c r="${f.address}" cm="1"[^>]*><f t="array" ref="${f.arrayRef}">`));
      }
    }
  });

  it('carry a line chart of the halving path and of the hashprice fan, a bar-and-line chart of the contract cash flows and line charts of the lease debt, and the sum-of-the-parts football field, over numeric ranges', async () => {
    for (const { generated, zip, workbook } of opened) {
      const chartFiles = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
      const expected = { 'halving-path': 1, 'contract-underwriting': 1, 'lease-financing': 2, 'fleet-payback': 1, sotp: 1 }[generated.model.id] ?? 0;
      expect({ file: generated.fileName, charts: chartFiles.length }).toEqual({ file: generated.fileName, charts: expected });
      for (const name of chartFiles) {
        const xml = (await zip.file(name)?.async('string')) as string;
        expect(xml).toContain('<c:lineChart>');
        if (generated.model.id === 'contract-underwriting' || generated.model.id === 'sotp') expect(xml).toContain('<c:barChart>');
        const sheet = workbook.worksheets[0];
        // Values over numbers; the football field's categories are text (a strRef).
        for (const m of xml.matchAll(/<c:numRef><c:f>([^<]+)<\/c:f>/g)) {
          const [from, to] = m[1].replace(/^.*!/, '').replace(/\$/g, '').split(':').map(parseA1);
          for (let r = from.row; r <= to.row; r++) expect(typeof lookup(workbook)(sheet.name, r, from.col)).toBe('number');
        }
        expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')?.async('string')).toContain('../charts/chart');
        expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).toMatch(/<drawing r:id="[^"]+"\/>/);
      }
    }
  });

  it('style every input as an input and label it, with its unit', () => {
    for (const { generated, workbook } of opened) {
      expect(generated.plan.sheets[0].inputs.length).toBeGreaterThan(0);
      for (const sheet of generated.plan.sheets) {
        const worksheet = workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        // A sheet that reads every input from another (the lease workbook's sensitivity sheet) has none of its own, and no input-styled cell.
        const styled = sheet.cells.filter((cell) => cell.style === 'input');
        expect({ sheet: sheet.name, inputs: sheet.inputs.length > 0 || styled.length === 0 }).toEqual({ sheet: sheet.name, inputs: true });
        for (const input of sheet.inputs) {
          const where = `${generated.fileName} ${sheet.name} ${input.key}`;
          const cell = worksheet.getCell(input.row + 1, input.col + 1);
          expect({ where, fill: (cell.fill as ExcelJS.FillPattern)?.fgColor?.argb }).toEqual({ where, fill: `FF${inputFill}` });
          const label = String(excelValue(worksheet.getCell(input.labelAt.row + 1, input.labelAt.col + 1).value) ?? '');
          const unit = input.unitAt ? String(excelValue(worksheet.getCell(input.unitAt.row + 1, input.unitAt.col + 1).value) ?? '') : '';
          expect({ where, label: label.trim().length >= 2 }).toEqual({ where, label: true });
          expect({ where, unit: unit.length > 0 || /[(（][^)）]+[)）]/.test(label) }).toEqual({ where, unit: true });
        }
      }
    }
  });

  it('hold the same formulas in the Japanese files, with Japanese labels (each spilled table called without its header row, one row lower, under Japanese names)', () => {
    for (const ja of opened.filter((o) => o.generated.locale === 'ja')) {
      const en = opened.find((o) => o.generated.locale === 'en' && o.generated.model.id === ja.generated.model.id) as Opened;
      const key = (cells: FormulaCell[]) => cells.map((c) => `${c.address} ${c.formula}`);
      // The English anchor's call with its one headers=TRUE turned FALSE, one row lower, as the Japanese sheet holds it.
      const headless = (c: FormulaCell): string[] => {
        const { row, col } = parseA1(c.address);
        const at = a1(row + 1, col);
        return [...c.formula.matchAll(/\bTRUE\b/g)].map((m) => `${at} ${c.formula.slice(0, m.index)}FALSE${c.formula.slice((m.index as number) + 4)}`);
      };
      // A reference to another sheet names it in the file's language: read the Japanese names as the English ones, sheet by sheet.
      const enSheets = en.generated.plan.sheets.map((sheet) => sheetPrefix(sheet.name));
      const inEnglish = (text: string) =>
        ja.generated.plan.sheets.reduce((written, sheet, i) => written.split(sheetPrefix(sheet.name)).join(enSheets[i]), text);
      const jaKeys = key(formulaCells(ja.workbook)).map(inEnglish);
      const expected = formulaCells(en.workbook).map((c) => (c.arrayRef ? headless(c).find((k) => jaKeys.includes(k)) ?? `${c.address} ${c.formula} (no headless twin)` : key([c])[0]));
      expect(jaKeys.sort()).toEqual(expected.sort());
      expect(formulaCells(en.workbook).filter((c) => c.arrayRef).every((c) => /\bTRUE\b/.test(c.formula))).toBe(true);
      const title = String(excelValue(ja.workbook.worksheets[0].getCell('A1').value));
      expect(title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('prefill the contract model with IREN–Microsoft and cite the source', () => {
    const { workbook, generated } = opened.find((o) => o.generated.fileName === 'contract-underwriting.xlsx') as Opened;
    const sheet = workbook.worksheets[0];
    const byKey = (key: string) => {
      const input = generated.plan.sheets[0].inputs.find((i) => i.key === key);
      if (!input) throw new Error(`no input ${key}`);
      return { value: excelValue(sheet.getCell(input.row + 1, input.col + 1).value), source: sheet.getCell(input.row + 1, 4) };
    };
    expect(byKey('contract_value_usd').value).toBe(9.7e9);
    expect(byKey('term_years').value).toBe(5);
    expect(byKey('it_load_mw').value).toBe(200);
    expect(byKey('prepayment_share').value).toBe(0.2);
    expect(JSON.stringify(byKey('contract_value_usd').source.value)).toContain('marketchameleon.com/articles/b/2025/11/03/iren-inks-9-7-billion');
  });
});
