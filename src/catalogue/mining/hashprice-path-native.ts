import { blocksPerDay, blocksPerHalving } from '../../core/constants';
import { needed, subsidyBtcFormula } from '../native';
import { withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';

/**
 * Month `row`, as the core computes it: its date by EDATE from the start, its first block
 * height 144 a day on from the start's, the subsidy averaged over its blocks (a month holds at
 * most one halving: the blocks before it at one subsidy, those after at half), hashrate and
 * price compounded monthly, and the hashprice of that row's cells.
 */
export const hashpricePathRow: NativeTableRow = (operands, row, cell) => {
  const [start, months, price, hashrate, height, hashrateGrowth, priceGrowth, fees] = operands.map(needed);
  const [date, first, subsidy, rowHashrate, rowPrice] = [0, 1, 2, 3, 4].map((column) => cell(column));
  const day0 = `INT(${start})`;
  const next = `(${height}+${blocksPerDay}*(EDATE(${day0},${row + 1})-${day0}))`;
  const halving = `((INT(${first}/${blocksPerHalving})+1)*${blocksPerHalving})`;
  const blended = `((${halving}-${first})*${subsidyBtcFormula(first)}+(${next}-${halving})*${subsidyBtcFormula(halving)})/(${next}-${first})`;
  return [
    withinRows(row, months, `EDATE(${day0},${row})`),
    `IF(${date}="","",${height}+${blocksPerDay}*(${date}-${day0}))`,
    `IF(${date}="","",IF(${next}<=${halving},${subsidyBtcFormula(first)},${blended}))`,
    withinRows(row, months, `${hashrate}*(1+${hashrateGrowth})^${row}`),
    withinRows(row, months, `${price}*(1+${priceGrowth})^${row}`),
    `IF(${date}="","",(${subsidy}+${fees})*${blocksPerDay}*${rowPrice}/(${rowHashrate}*1000))`,
  ];
};
