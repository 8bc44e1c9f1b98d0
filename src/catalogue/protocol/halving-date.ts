import { halvingDateParams, halvingDateSerial } from '../../core/protocol/halving-date';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HALVING_DATE', result: 'number', unit: 'date', params: halvingDateParams, core: halvingDateSerial,
});

export const docs: FunctionDocs = [
  'Estimated date of the Nth halving after a block height, counting from the date that height was the tip.',
  'そのブロック高が最新だった日から数えた、N回先の半減期の推定日。',
  { returns: 'Excel date serial, with the time of day as a fraction; format the cell as a date.', returnsDate: true, example: [941472, { date: '2026-03-20' }] },
  {
    block_height: ['Block height (blocks) of the tip on as_of_date, a whole number >= 0.', 'as_of_date 時点の最新ブロック高（ブロック）。0以上の整数。', [0, 3000000]],
    as_of_date: ['Date (Excel date serial) when block_height was the tip.', 'block_height が最新だった日付（Excelの日付シリアル値）。', [39816, 73051]],
  },
];
