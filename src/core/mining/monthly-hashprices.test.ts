import { monthlyHashpriceParam, monthlyHashprices } from './monthly-hashprices';

const blank = null as unknown as number;

describe('monthlyHashprices', () => {
  it('reads the months asked for and ignores what a longer range holds past them, blanks included', () => {
    // A path cut from 3 months to 2 spills a row fewer: the column read keeps its third cell, now blank.
    const read = monthlyHashprices(monthlyHashpriceParam, [[40], [38], [blank]], 2);
    expect([read.at(0), read.at(1), read.flat]).toEqual([40, 38, false]);
  });

  it('refuses a blank or text within the months asked for, naming the month', () => {
    expect(() => monthlyHashprices(monthlyHashpriceParam, [[40], [blank], [36]], 3)).toThrow('hashprice_usd_per_ph_day must be a number >= 0 in every month (month 2 is blank)');
    expect(() => monthlyHashprices(monthlyHashpriceParam, [[40, 'n/a' as unknown as number]], 2)).toThrow('(month 2 is "n/a")');
    expect(() => monthlyHashprices(monthlyHashpriceParam, [[blank]], 2)).toThrow('hashprice_usd_per_ph_day must be a number >= 0');
  });

  it('still refuses a range with fewer figures than months, and a negative figure', () => {
    expect(() => monthlyHashprices(monthlyHashpriceParam, [[40], [38]], 3)).toThrow('must hold a figure for each of the 3 months (it holds 2)');
    expect(() => monthlyHashprices(monthlyHashpriceParam, [[40], [-1]], 2)).toThrow('(month 2 is -1)');
  });
});
