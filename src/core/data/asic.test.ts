import { readDataFile } from '../../../test/helpers/data-files';
import { asicFigure, asicParams } from './asic';

type Spec = { value: number };
const file = readDataFile<{ machines: Record<string, unknown>[] }>('asics.json');
const models = file.machines.map((m) => m.model as string);
const fields = ['hashrate_ths', 'power_w', 'efficiency_j_per_th', 'released'];

describe('asicFigure', () => {
  // data/asics.json, Antminer S21: 200 TH/s, 3,500 W, 17.5 J/TH (d-central.tech).
  it.each([
    ['hashrate_ths', 200],
    ['power_w', 3500],
    ['efficiency_j_per_th', 17.5],
  ])('gives the Antminer S21 %s as %p', (field, value) => {
    expect(asicFigure('Antminer S21', field)).toBe(value);
  });

  it.each(['antminer s21', '  ANTMINER   S21 ', 'Antminer\tS21'])('matches the model %p', (model) => {
    expect(asicFigure(model, 'EFFICIENCY_J_PER_TH ')).toBe(17.5);
  });

  it('does not match a model by prefix', () => {
    expect(asicFigure('Antminer S21 Pro', 'efficiency_j_per_th')).toBe(15);
    expect(() => asicFigure('Antminer S2', 'power_w')).toThrow('unknown ASIC model "Antminer S2"');
  });

  it('agrees with every figure in data/asics.json', () => {
    for (const machine of file.machines) {
      for (const field of fields) {
        const spec = machine[field] as Spec | undefined;
        if (spec) expect(asicFigure(machine.model as string, field)).toBe(spec.value);
        else expect(() => asicFigure(machine.model as string, field)).toThrow(`${machine.model} has no sourced figure for ${field}; it has: `);
      }
    }
  });

  it('names the models for an unknown model', () => {
    expect(() => asicFigure('Whatsminer M50S', 'power_w')).toThrow(
      `unknown ASIC model "Whatsminer M50S"; available: ${models.join(', ')}`,
    );
  });

  // data/asics.json: Antminer S21, 17.5 J/TH (d-central.tech); Whatsminer M60S, 17.5 J/TH (tech4u.app).
  it('resolves a name without its maker when exactly one model has it', () => {
    expect(asicFigure('S21', 'efficiency_j_per_th')).toBe(17.5);
    expect(asicFigure(' s21  xp ', 'hashrate_ths')).toBe(270);
    expect(asicFigure('M60S', 'released')).toBe(2023);
  });

  it('refuses a name that begins several models, listing them, and one that begins a different model', () => {
    expect(() => asicFigure('Antminer', 'power_w')).toThrow(
      `ASIC model "Antminer" names no single model; candidates: ${models.filter((m) => m.startsWith('Antminer ')).join(', ')}`,
    );
    // "S23" is not the S23 Hydro: the air-cooled S23 is another machine.
    expect(() => asicFigure('S23', 'hashrate_ths')).toThrow('ASIC model "S23" names no single model; candidates: Antminer S23 Hydro');
  });

  it('names the fields for an unknown field', () => {
    expect(() => asicFigure('Antminer S21', 'price_usd')).toThrow(`unknown field "price_usd"; available: ${fields.join(', ')}`);
  });

  // data/asics.json notes: no power is published for the S23 Hydro, and no release year for any machine.
  it('names the figures a machine has when the field is missing', () => {
    expect(() => asicFigure('Antminer S23 Hydro', 'power_w')).toThrow(
      'Antminer S23 Hydro has no sourced figure for power_w; it has: hashrate_ths, efficiency_j_per_th',
    );
    expect(() => asicFigure('Antminer S21', 'released')).toThrow(
      'Antminer S21 has no sourced figure for released; it has: hashrate_ths, power_w, efficiency_j_per_th',
    );
  });

  it('declares model and field as required text', () => {
    expect(asicParams.map((p) => [p.name, p.kind, p.optional])).toEqual([
      ['model', 'text', false],
      ['field', 'text', false],
    ]);
  });
});
