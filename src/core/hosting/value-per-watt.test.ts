import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { valuePerWattParams, valuePerWattUsd } from './value-per-watt';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedValuePerWattUsd = checkedCore(valuePerWattParams, valuePerWattUsd);

// Reconstruction in companies.md ("Valuation anchors"): NOI ≈ $150/kW-month × 85% ≈ $1.53M per
// MW-year, capitalised at 7–8%, less ~$10M/MW of capex ≈ $9–11/W before financing and delay.
describe('valuePerWattUsd', () => {
  it('gives $10.4/W at $150/kW-month, 85% NOI, 7.5% cap rate, $10M/MW capex', () => {
    // 150 × 12,000 × 0.85 = 1,530,000; / 0.075 = 20,400,000; − 10,000,000 = 10.4M per MW
    expectClose(valuePerWattUsd(150, 0.85, 0.075, 10_000_000), 10.4, 1e-15);
  });

  it('gives $7.0/W at a 9% cap rate (17.0M − 10M per MW)', () => {
    expectClose(valuePerWattUsd(150, 0.85, 0.09, 10_000_000), 7, 1e-15);
  });

  it('is negative when the capex exceeds the capitalised NOI, and −capex with no NOI', () => {
    expect(valuePerWattUsd(150, 0.85, 0.2, 10_000_000)).toBeLessThan(0);
    expect(valuePerWattUsd(150, 0, 0.075, 9_000_000)).toBe(-9);
    expect(valuePerWattUsd(0, 0.85, 0.075, 0)).toBe(0);
  });

  it('falls as the cap rate rises and as the capex rises', () => {
    expect(valuePerWattUsd(150, 0.85, 0.08, 1e7)).toBeLessThan(valuePerWattUsd(150, 0.85, 0.07, 1e7));
    expectClose(valuePerWattUsd(150, 0.85, 0.08, 11e6), valuePerWattUsd(150, 0.85, 0.08, 10e6) - 1, 1e-14);
  });

  it('stays finite where the capitalised NOI per MW would not fit a double but the value per watt does', () => {
    // 1e300 × 12,000 × 0.075 = 9e302 per MW-year, / 1e-9 = 9e311 per MW: 9e305 per watt
    expectClose(valuePerWattUsd(1e300, 0.075, 1e-9, 1_900_000), 9e305, 1e-15);
  });

  it('rejects a cap rate typed as a percentage', () => {
    expect(() => checkedValuePerWattUsd(150, 0.85, 7.5, 1e7)).toThrow('cap_rate must be between 0 and 1 (a share: 8% is 0.08) (got 7.5)');
  });
});
