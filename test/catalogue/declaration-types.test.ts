/**
 * A declaration's specs are the type of its core function's parameter list (src/catalogue/types.ts):
 * the cases marked @ts-expect-error must not compile, which `npm run lint` checks (an unused
 * @ts-expect-error is itself an error). The runtime assertions only keep the declarations used.
 */
import { defineFunction } from '../../src/catalogue/types';
import { optional, optionalRange, required, requiredText } from '../../src/core/params';
import { dilutedSharesParams } from '../../src/core/valuation/diluted-shares';
import { greaterThanZero } from '../../src/core/rules';

const lookup = (ticker: string, sharePriceUsd: number, asOfDate?: number) => `${ticker} ${sharePriceUsd} ${asOfDate}`;

describe('a declaration types its core by its specs', () => {
  it('accepts a core that takes the specs in their order', () => {
    const declaration = defineFunction({ id: 'DILUTED_SHARES', result: 'number', params: dilutedSharesParams, core: lookup });
    expect(declaration.params.map((spec) => spec.name)).toEqual(['ticker', 'share_price_usd', 'as_of_date']);
  });

  it('refuses a core that takes them in another order, or takes as given what may be left out', () => {
    const swapped = defineFunction({
      id: 'DILUTED_SHARES', result: 'number', params: dilutedSharesParams,
      // @ts-expect-error the ticker (text) comes first, the share price (a number) second
      core: (sharePriceUsd: number, ticker: string, asOfDate?: number) => lookup(ticker, sharePriceUsd, asOfDate),
    });
    const leftOut = defineFunction({
      id: 'X', result: 'number', params: [required('x', greaterThanZero), optional('as_of_date', undefined)] as const,
      // @ts-expect-error as_of_date has no default, so the core must take undefined too
      core: (x: number, asOfDate: number) => x + asOfDate,
    });
    const range = defineFunction({
      id: 'Y', result: 'number', params: [requiredText('name'), optionalRange('figures')] as const,
      // @ts-expect-error a range is rows of numbers, not one number
      core: (name: string, figures?: number) => `${name}${figures}`,
    });
    expect([swapped.id, leftOut.id, range.id]).toEqual(['DILUTED_SHARES', 'X', 'Y']);
  });
});
