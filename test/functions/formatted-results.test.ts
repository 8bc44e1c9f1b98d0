/**
 * Formatted results through the registered Excel functions: off by default; on (the workbook
 * setting the pane writes), a number with a unit comes back as a formatted number in that unit,
 * its value unchanged to the bit; a host without data types keeps plain numbers.
 */
import { numberFormatOf } from '../../src/catalogue/number-format';
import { declarations } from '../../src/functions/registrations';
import { formattedResultsSetting } from '../../src/functions/formatted-results';
import { miner } from '../helpers/miner';
import { installExcelHost, removeExcelHost } from '../helpers/office-requirements';

const { HASHPRICE, FLEX_UPTIME, IT_LOAD_MW, CONTRACT_PV, COMPANY } = miner;
const hashpriceArgs = [91132, 1048.5, 0.0236, 918030] as const;

afterEach(removeExcelHost);

describe('formatted results', () => {
  it('are plain numbers unless the workbook asks for them, and where the host shows no data types', () => {
    const plain = HASHPRICE(...hashpriceArgs);
    expect(typeof plain).toBe('number');
    installExcelHost(true);
    expect(HASHPRICE(...hashpriceArgs)).toBe(plain);
    installExcelHost(false, { [formattedResultsSetting]: true });
    expect(HASHPRICE(...hashpriceArgs)).toBe(plain);
  });

  it('come back as a formatted number in the result unit, the value unchanged', () => {
    const plain = [HASHPRICE(...hashpriceArgs), FLEX_UPTIME(0.04, 0.03, 0.1), IT_LOAD_MW(100, 1.3), CONTRACT_PV(9.7e9, 5, 0.1)];
    installExcelHost(true, { [formattedResultsSetting]: true });
    expect(HASHPRICE(...hashpriceArgs)).toEqual({ type: 'Double', basicValue: plain[0], numberFormat: '"$"#,##0.00###" /PH/day"' });
    expect(FLEX_UPTIME(0.04, 0.03, 0.1)).toEqual({ type: 'Double', basicValue: plain[1], numberFormat: '0.0%' });
    expect(IT_LOAD_MW(100, 1.3)).toEqual({ type: 'Double', basicValue: plain[2], numberFormat: '#,##0.#####" MW"' });
    expect(CONTRACT_PV(9.7e9, 5, 0.1)).toEqual({ type: 'Double', basicValue: plain[3], numberFormat: '"$"#,##0' });
    // A result whose unit follows its arguments stays as it is.
    expect(typeof COMPANY('IREN', 'hashrate_ehs')).toBe('number');
  });

  it('have a unit for every number result but those whose unit follows the arguments', () => {
    const unitless = declarations.filter((d) => d.result === 'number' && d.unit === undefined).map((d) => d.id);
    expect(unitless.sort()).toEqual(['ASIC', 'CONVERT', 'DIFFICULTY']);
  });

  it('write USD in dollars, a fraction as a percentage, a ratio with its x and any other unit after the number', () => {
    expect(numberFormatOf('USD')).toBe('"$"#,##0');
    expect(numberFormatOf('USD/kWh')).toBe('"$"#,##0.00###" /kWh"');
    expect(numberFormatOf('share')).toBe('0.0%');
    expect(numberFormatOf('x')).toBe('0.00"x"');
    expect(numberFormatOf('EH/s')).toBe('#,##0.#####" EH/s"');
    expect(numberFormatOf('date')).toBe('yyyy-mm-dd');
  });
});
