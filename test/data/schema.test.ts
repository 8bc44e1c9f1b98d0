/**
 * The bundled datasets (data/presets/*.json, data/asics.json, data/network.json) against their
 * JSON Schemas (data/schema/*.schema.json), plus the rules a schema cannot express: ticker =
 * file name, the required companies, source URLs, sorted histories, dates no later than the
 * reference's compile date, finite numbers, and data/README.md regenerated from the data.
 * Negative tests prove the checker rejects what it should, so nothing passes vacuously.
 */
import * as fs from 'fs';
import { presetFields } from '../../src/core/data/presets';
import * as path from 'path';
import { assertSupportedSchema, isIsoDate, JsonSchema, SchemaViolation, validateJson } from './json-schema-check';

const rootDir = path.resolve(__dirname, '..', '..');
const dataDir = path.join(rootDir, 'data');
const presetDir = path.join(dataDir, 'presets');

/** The companies DESIGN.md requires. */
const requiredTickers = [
  'IREN', 'CORZ', 'MARA', 'RIOT', 'HUT', 'CLSK', 'CIFR',
  'WULF', 'BITF', 'BTDR', 'HIVE', 'WYFI', 'GLXY', 'APLD',
];

/** The reference's newest section (its 2026 network data) was added 2026-12-07: no figure can be dated later. */
const latestPossibleDate = '2026-12-07';

const presetScalarFields = presetFields;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

function readSchema(name: string): JsonSchema {
  return readJson(path.join(dataDir, 'schema', name)) as JsonSchema;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function describeViolations(violations: SchemaViolation[]): string {
  return violations.map((v) => `${v.path}: ${v.message}`).join('\n');
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value under `node` with the JSON-pointer path to it. */
function walk(node: Json, at: string, visit: (key: string, value: Json, where: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      visit(String(i), item, `${at}/${i}`);
      walk(item, `${at}/${i}`, visit);
    });
  } else if (isObject(node)) {
    for (const key of Object.keys(node)) {
      visit(key, node[key], `${at}/${key}`);
      walk(node[key], `${at}/${key}`, visit);
    }
  }
}

/** Problems a schema cannot express, shared by the real files and the negative tests. */
function crossFieldProblems(doc: Json, label: string): string[] {
  const problems: string[] = [];
  walk(doc, label, (key, value, where) => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${where}: number is not finite`);
    if (key === 'source' && (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value))) {
      problems.push(`${where}: source is not an http(s) URL`);
    }
    if (['as_of', 'signed', 'date'].includes(key) && typeof value === 'string') {
      if (!isIsoDate(value)) problems.push(`${where}: ${value} is not a date YYYY-MM-DD`);
      else if (value > latestPossibleDate) problems.push(`${where}: ${value} is after ${latestPossibleDate}`);
    }
  });
  return problems;
}

/** A history (a list of entries) must be strictly ascending by as_of. */
function historyProblems(preset: JsonObject, label: string): string[] {
  const problems: string[] = [];
  for (const field of presetScalarFields) {
    const value = preset[field];
    if (!Array.isArray(value)) continue;
    for (let i = 1; i < value.length; i++) {
      const prev = (value[i - 1] as JsonObject).as_of as string;
      const cur = (value[i] as JsonObject).as_of as string;
      if (!(prev < cur)) problems.push(`${label}/${field}: as_of ${cur} does not follow ${prev}`);
    }
  }
  return problems;
}

const presetSchema = readSchema('preset.schema.json');
const asicsSchema = readSchema('asics.schema.json');
const networkSchema = readSchema('network.schema.json');

const presetFiles = fs
  .readdirSync(presetDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const presets: Array<{ file: string; data: JsonObject }> = presetFiles.map((file) => ({
  file,
  data: readJson(path.join(presetDir, file)) as JsonObject,
}));
const asics = readJson(path.join(dataDir, 'asics.json')) as JsonObject;
const network = readJson(path.join(dataDir, 'network.json')) as JsonObject;
const iren = presets.find((p) => p.file === 'IREN.json');

describe('schema files', () => {
  it.each([
    ['preset.schema.json', presetSchema],
    ['asics.schema.json', asicsSchema],
    ['network.schema.json', networkSchema],
  ])('%s is a draft 2020-12 schema using only keywords the checker implements', (_name, schema) => {
    expect((schema as JsonObject).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => assertSupportedSchema(schema)).not.toThrow();
  });

  it('the checker refuses a schema keyword it does not implement', () => {
    expect(() => assertSupportedSchema({ type: 'object', patternProperties: {} })).toThrow(/patternProperties/);
    expect(() => validateJson({ type: 'string', maxLength: 3 }, 'abcd')).toThrow(/maxLength/);
    expect(() => assertSupportedSchema({ type: 'string', format: 'email' })).toThrow(/format/);
  });
});

describe('company presets', () => {
  it('include every required ticker, one file each, named <TICKER>.json', () => {
    for (const file of presetFiles) expect(file).toMatch(/^[A-Z]{2,5}\.json$/);
    const tickers = presetFiles.map((f) => f.replace(/\.json$/, ''));
    for (const ticker of requiredTickers) expect(tickers).toContain(ticker);
    expect(presets.length).toBeGreaterThanOrEqual(requiredTickers.length);
  });

  describe.each(presetFiles)('%s', (file) => {
    const preset = (presets.find((p) => p.file === file) as { data: JsonObject }).data;

    it('matches preset.schema.json', () => {
      const violations = validateJson(presetSchema, preset);
      expect(describeViolations(violations)).toBe('');
    });

    it('has the ticker of its file name', () => {
      expect(preset.ticker).toBe(file.replace(/\.json$/, ''));
    });

    it('has http(s) sources, finite numbers, real dates no later than the reference', () => {
      expect(crossFieldProblems(preset, file)).toEqual([]);
    });

    it('keeps every history sorted ascending by as_of', () => {
      expect(historyProblems(preset, file)).toEqual([]);
    });

    it('carries at least one sourced figure beyond its name', () => {
      const figures = presetScalarFields.filter((f) => f !== 'name' && preset[f] !== undefined);
      const contracts = preset.contracts as Json[];
      expect(figures.length + contracts.length).toBeGreaterThan(0);
    });
  });
});

describe('asics.json', () => {
  it('matches asics.schema.json', () => {
    expect(describeViolations(validateJson(asicsSchema, asics))).toBe('');
  });

  it('has http(s) sources, finite numbers, real dates no later than the reference', () => {
    expect(crossFieldProblems(asics, 'asics.json')).toEqual([]);
  });

  it('lists each model once', () => {
    const models = (asics.machines as JsonObject[]).map((m) => m.model);
    expect(new Set(models).size).toBe(models.length);
    expect(models.length).toBeGreaterThan(0);
  });
});

describe('network.json', () => {
  const rows = network.rows as JsonObject[];
  const halvings = network.halvings as JsonObject[];

  it('matches network.schema.json', () => {
    expect(describeViolations(validateJson(networkSchema, network))).toBe('');
  });

  it('has http(s) sources, finite numbers, real dates no later than the reference', () => {
    expect(crossFieldProblems(network, 'network.json')).toEqual([]);
  });

  it('has rows strictly ascending by date', () => {
    for (let i = 1; i < rows.length; i++) expect((rows[i - 1].date as string) < (rows[i].date as string)).toBe(true);
  });

  it('has block heights that never decrease with date', () => {
    const heights = rows.filter((r) => isObject(r.block_height)).map((r) => (r.block_height as JsonObject).value as number);
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThan(heights[i - 1]);
  });

  it('holds the two complete 2026 snapshots, each figure a spot capture from one time', () => {
    const complete = rows.filter((r) => ['block_height', 'difficulty', 'btc_price_usd', 'fees_btc_per_block'].every((f) => isObject(r[f])));
    const latest = complete.slice(-2);
    expect(latest.map((r) => r.date)).toEqual(['2026-09-15', '2026-10-05']);
    // mining.md, "2026 network data": 2026-10-05 09:39 UTC, blockchain.info market_price_usd and the retarget of 2026-10-03.
    expect((latest[1].btc_price_usd as JsonObject).value).toBe(86303.18);
    expect((latest[1].difficulty as JsonObject).value).toBe(132716002350731);
    for (const row of latest) {
      expect(row.note).toMatch(/spot .*not a daily close/i);
      expect((row.btc_price_usd as JsonObject).note).toMatch(/spot .*not a daily close/i);
      expect((row.fees_btc_per_block as JsonObject).note).toMatch(/\[D\]/);
      expect((row.observed_hashrate_ehs as JsonObject).unit).toBe('EH/s');
    }
  });

  it('has one difficulty-only row per 2026 epoch at its epoch start height, window dates on their last day', () => {
    const epochs = rows.filter((r) => /^Difficulty adjustment \(difficulty only\)/.test(String(r.note)));
    expect(epochs).toHaveLength(21); // 929,376 (2025-12-25) to 969,696 (2026-10-03)
    epochs.forEach((row, i) => {
      expect((row.block_height as JsonObject).value).toBe(929376 + 2016 * i);
      expect(row.btc_price_usd).toBeUndefined();
      expect(row.fees_btc_per_block).toBeUndefined();
      const window = /window (\d{4}-\d{2})-\d{2}\.\.(\d{2})/.exec(String(row.note));
      if (window) expect(row.date).toBe(`${window[1]}-${window[2]}`);
    });
    expect(epochs.filter((r) => /window/.test(String(r.note)))).toHaveLength(8);
  });

  it('marks every derived figure [D] in its note', () => {
    const derived = rows.filter((r) => isObject(r.block_height) && /linear in date/.test(String((r.block_height as JsonObject).note)));
    expect(derived.map((r) => r.date)).toEqual(['2024-12-23', '2025-03-03', '2025-11-03']);
    for (const r of derived) expect((r.block_height as JsonObject).note).toMatch(/^≈ \[D\]/);
  });

  it('has halvings every 210,000 blocks with the subsidy halving each time, dated in order', () => {
    halvings.forEach((h, i) => {
      expect(h.number).toBe(i + 1);
      expect(h.height).toBe(210000 * (i + 1));
      expect(h.subsidy_btc).toBe(50 / 2 ** (i + 1));
    });
    const dates = halvings.filter((h) => typeof h.date === 'string').map((h) => h.date as string);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1] < dates[i]).toBe(true);
  });
});

describe('the checker rejects bad data (so the tests above cannot pass vacuously)', () => {
  const base = (iren as { data: JsonObject }).data;

  it('starts from a valid preset', () => {
    expect(validateJson(presetSchema, base)).toEqual([]);
  });

  it('rejects a figure without a source', () => {
    const bad = clone(base);
    delete (bad.name as JsonObject).source;
    expect(describeViolations(validateJson(presetSchema, bad))).toMatch(/missing the required property "source"/);
  });

  it('rejects a history entry without a source', () => {
    const bad = clone(base);
    delete ((bad.power_capacity_mw as Json[])[0] as JsonObject).source;
    expect(describeViolations(validateJson(presetSchema, bad))).toMatch(/source/);
  });

  it('rejects a contract without a source, and a source that is not a URL', () => {
    const bad = clone(base);
    delete ((bad.contracts as Json[])[0] as JsonObject).source;
    expect(describeViolations(validateJson(presetSchema, bad))).toMatch(/source/);

    const notUrl = clone(base);
    (notUrl.name as JsonObject).source = 'IREN press release';
    expect(describeViolations(validateJson(presetSchema, notUrl))).toMatch(/pattern/);
    expect(crossFieldProblems(notUrl, 'x').join('\n')).toMatch(/not an http\(s\) URL/);
  });

  it.each(['2025-13-01', '2025-02-30', '2025-11', 'Nov-25', '2025-1-05'])('rejects the bad date %s', (date) => {
    const bad = clone(base);
    (bad.name as JsonObject).as_of = date;
    expect(describeViolations(validateJson(presetSchema, bad))).toMatch(/date|pattern/);
    const badSigned = clone(base);
    ((badSigned.contracts as Json[])[0] as JsonObject).signed = date;
    expect(validateJson(presetSchema, badSigned).length).toBeGreaterThan(0);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects an unknown field at the top, in a figure and in a contract', () => {
    const top = clone(base);
    top.ceo = 'someone';
    expect(describeViolations(validateJson(presetSchema, top))).toMatch(/unknown property "ceo"/);

    const inFigure = clone(base);
    (inFigure.ai_contracted_it_mw as JsonObject).estimate = true;
    expect(describeViolations(validateJson(presetSchema, inFigure))).toMatch(/estimate/);

    const inContract = clone(base);
    ((inContract.contracts as Json[])[0] as JsonObject).irr = 0.1;
    expect(describeViolations(validateJson(presetSchema, inContract))).toMatch(/unknown property "irr"/);
  });

  it('rejects a convertible note without a source or conversion price, or with an unknown field', () => {
    for (const field of ['source', 'conversion_price_usd', 'principal_usd']) {
      const bad = clone(base);
      delete ((bad.convertible_notes as Json[])[0] as JsonObject)[field];
      expect(describeViolations(validateJson(presetSchema, bad))).toMatch(new RegExp(field));
    }
    const unknown = clone(base);
    ((unknown.convertible_notes as Json[])[0] as JsonObject).delta = 0.5;
    expect(describeViolations(validateJson(presetSchema, unknown))).toMatch(/unknown property "delta"/);
  });

  it('rejects a contract kind outside gpu_cloud | colocation | powered_shell | lease', () => {
    const bad = clone(base);
    ((bad.contracts as Json[])[0] as JsonObject).kind = 'hosting';
    expect(describeViolations(validateJson(presetSchema, bad))).toMatch(/must be one of/);
  });

  it('rejects a contract missing its IT MW, value or term', () => {
    for (const field of ['it_load_mw', 'contract_value_usd', 'term_years']) {
      const bad = clone(base);
      delete ((bad.contracts as Json[])[0] as JsonObject)[field];
      expect(describeViolations(validateJson(presetSchema, bad))).toMatch(new RegExp(field));
    }
  });

  it('rejects a wrong unit, a null or zero figure, a text value where a number belongs', () => {
    const unit = clone(base);
    (unit.ai_contracted_it_mw as JsonObject).unit = 'GW';
    expect(validateJson(presetSchema, unit).length).toBeGreaterThan(0);

    const nul = clone(base);
    nul.btc_holdings = null;
    expect(validateJson(presetSchema, nul).length).toBeGreaterThan(0);

    const zero = clone(base);
    (zero.ai_contracted_it_mw as JsonObject).value = 0;
    expect(validateJson(presetSchema, zero).length).toBeGreaterThan(0);

    const text = clone(base);
    (text.ai_contracted_it_mw as JsonObject).value = '200';
    expect(validateJson(presetSchema, text).length).toBeGreaterThan(0);
  });

  it('rejects a one-entry history and catches an unsorted one', () => {
    const single = clone(base);
    single.power_capacity_mw = [(single.power_capacity_mw as Json[])[0]];
    expect(validateJson(presetSchema, single).length).toBeGreaterThan(0);

    const unsorted = clone(base);
    (unsorted.power_capacity_mw as Json[]).reverse();
    expect(validateJson(presetSchema, unsorted)).toEqual([]);
    expect(historyProblems(unsorted, 'x').length).toBe(1);
  });

  it('catches a date after the reference and a non-finite number', () => {
    const future = clone(base);
    (future.name as JsonObject).as_of = '2027-01-01';
    expect(crossFieldProblems(future, 'x').join('\n')).toMatch(/after 2026-12-07/);
    const infinite = { value: Number.POSITIVE_INFINITY } as unknown as Json;
    expect(crossFieldProblems(infinite, 'x').join('\n')).toMatch(/not finite/);
  });

  it('rejects bad ASIC and network documents', () => {
    const asicBad = clone(asics);
    delete ((asicBad.machines as Json[])[0] as JsonObject).efficiency_j_per_th;
    expect(describeViolations(validateJson(asicsSchema, asicBad))).toMatch(/efficiency_j_per_th/);

    const rowNoSource = clone(network);
    delete ((rowNoSource.rows as Json[])[0] as JsonObject).source;
    expect(describeViolations(validateJson(networkSchema, rowNoSource))).toMatch(/source/);

    const rowEmpty = clone(network);
    rowEmpty.rows = [{ date: '2025-01-01', source: 'https://example.org/' }];
    expect(describeViolations(validateJson(networkSchema, rowEmpty))).toMatch(/anyOf/);

    const heightFraction = clone(network);
    (((heightFraction.rows as Json[])[0] as JsonObject).block_height as JsonObject).value = 838656.5;
    expect(validateJson(networkSchema, heightFraction).length).toBeGreaterThan(0);
  });
});

describe('data/README.md', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const generator = require('../../scripts/data-readme.js') as {
    renderDataReadme: (dataDir?: string) => string;
    GENERATED_LINE: string;
  };

  it('says on its first line that it is generated', () => {
    const text = fs.readFileSync(path.join(dataDir, 'README.md'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '<!-- Generated by node scripts/data-readme.js from data/*.json. Do not edit by hand. -->',
    );
  });

  it('is up to date with the data (run `node scripts/data-readme.js` after editing data/)', () => {
    const onDisk = fs.readFileSync(path.join(dataDir, 'README.md'), 'utf8');
    expect(onDisk).toBe(generator.renderDataReadme(dataDir));
  });

  it('lists every preset figure and every contract', () => {
    const text = generator.renderDataReadme(dataDir);
    for (const { data } of presets) {
      for (const field of presetScalarFields) {
        const value = data[field];
        if (value === undefined) continue;
        const count = Array.isArray(value) ? value.length : 1;
        const rowStart = `| ${data.ticker as string} | \`${field}\` |`;
        expect(text.split(rowStart).length - 1).toBe(count);
      }
      for (const c of data.contracts as JsonObject[]) expect(text).toContain(c.source as string);
    }
  });
});
