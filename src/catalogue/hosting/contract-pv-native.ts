import type { NativeFormula } from '../../sheet/native-form';

/** CONTRACT_PV's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const contractPvNative: NativeFormula = ([value, term, rate, prepaid, escalator]) => {
  // Growing annual instalments normalised to sum to 1: their PV over their sum.
  const pv = `IF(${rate}=${escalator},${term}/(1+${rate}),(1-((1+${escalator})/(1+${rate}))^${term})/(${rate}-${escalator}))`;
  const sum = `IF(${escalator}=0,${term},((1+${escalator})^${term}-1)/${escalator})`;
  return `${value}*${prepaid}+${value}*(1-${prepaid})*${pv}/${sum}`;
};
