import { findMachine, listMachines, machineFields, machineNotes, normaliseModelName } from './asics';

describe('asics', () => {
  it('lists the machines of data/asics.json, each with the required specs', () => {
    expect(listMachines().length).toBeGreaterThanOrEqual(7);
    for (const machine of listMachines()) {
      expect(typeof machine.model).toBe('string');
      expect(machine.hashrate_ths.unit).toBe('TH/s');
      expect(machine.efficiency_j_per_th.unit).toBe('J/TH');
    }
    expect(machineFields).toEqual(['hashrate_ths', 'power_w', 'efficiency_j_per_th', 'released']);
    expect(machineNotes().length).toBeGreaterThan(0);
  });

  it.each([
    ['Antminer S21', 'antminer s21'],
    ['  Antminer \t  S21 XP\n', 'antminer s21 xp'],
  ])('normalises %p to %p', (model, normalised) => {
    expect(normaliseModelName(model)).toBe(normalised);
  });

  it('finds a machine ignoring case and spacing, and nothing for an unknown model', () => {
    expect(findMachine(' antminer  s21 xp ')?.model).toBe('Antminer S21 XP');
    expect(findMachine('Antminer S21XP')).toBeUndefined();
    expect(findMachine('')).toBeUndefined();
  });
});
