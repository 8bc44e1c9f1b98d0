/**
 * Finding MINER.* calls in a formula's text and rewriting them natively: both spellings,
 * nesting, text and sheet names that contain commas or parentheses, left-out arguments, and the
 * call that keeps a formula from being rewritten.
 */
import { declarations } from '../../src/functions/registrations';
import { minerCalls } from '../../src/portable/formula-calls';
import { rewriteNative } from '../../src/portable/native-rewrite';

const byId = new Map(declarations.map((d) => [d.id, d]));

describe('minerCalls', () => {
  it('finds calls in both spellings, with their arguments as written', () => {
    expect(minerCalls('MINER.HASHPRICE(B5, B6)+_xldudf_MINER_SUBSIDY(840000)')).toEqual([
      { id: 'HASHPRICE', start: 0, end: 23, args: ['B5', ' B6'] },
      { id: 'SUBSIDY', start: 24, end: 53, args: ['840000'] },
    ]);
  });

  it('reads commas and parentheses inside text, sheet names, nested calls and array constants as part of one argument', () => {
    const [call] = minerCalls(`IFERROR(MINER.COMPANY("A,(B", 'My, sheet'!B2, MAX(1,2), {1,2;3,4}),0)`);
    expect(call.id).toBe('COMPANY');
    expect(call.args).toEqual(['"A,(B"', " 'My, sheet'!B2", ' MAX(1,2)', ' {1,2;3,4}']);
  });

  it('ignores a name that only ends in MINER, text that looks like a call, and a call without arguments', () => {
    expect(minerCalls('XMINER.HASHPRICE(1,2)')).toEqual([]);
    expect(minerCalls('"MINER.HASHPRICE(1,2)"')).toEqual([]);
    expect(minerCalls('MINER.COMPANIES()')[0].args).toEqual([]);
  });
});

describe('rewriteNative', () => {
  it('writes the native formula in place of each call, innermost first', () => {
    expect(rewriteNative('MINER.IT_LOAD_MW(MINER.IT_LOAD_MW(130,1.3),1)*2', byId)).toEqual({ formula: '(((130/1.3))/1)*2' });
  });

  it('writes a declared default for a left-out argument and keeps the era subsidy for a left-out height', () => {
    expect(rewriteNative('MINER.HASHPRICE(B5,B6,,)', byId)).toEqual({ formula: '(B5*(3.125+0)*144/(B6*1000))' });
  });

  it('names the call that has no native formula: a spill or a data look-up', () => {
    expect(rewriteNative('MINER.IT_LOAD_MW(MINER.COMPANY("IREN","power_capacity_mw"),1.3)', byId)).toEqual({ frozenBy: 'COMPANY' });
    expect(rewriteNative('MINER.HASHPRICE_PATH(A1,3,1,1,1)', byId)).toEqual({ frozenBy: 'HASHPRICE_PATH' });
    expect(rewriteNative('MINER.CONVERT(1,A1,"W")', byId)).toEqual({ frozenBy: 'CONVERT' });
    expect(rewriteNative('MINER.CONVERT(1,"kW","W")', byId)).toEqual({ formula: '(1*1000)' });
  });
});
