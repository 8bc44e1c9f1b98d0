import { leaseFinancing, leaseFinancingParams } from '../../core/underwriting/lease-financing';
import { defineFunction, FunctionDocs } from '../types';
import { leaseFinancingParameterTexts } from './lease-text';

export const declaration = defineFunction({ id: 'LEASE_FINANCING', result: 'table', params: leaseFinancingParams, core: leaseFinancing });

export const docs: FunctionDocs = [
  'The whole financing of an AI/HPC lease, year by year from close: the build on the timeline, capitalised interest, the debt by profile, base and downside DSCR, reserve, lock-up, equity and project cash flows, dates.',
  'AI/HPCリースの資金調達全体（クローズからの年次）：時間軸上の建設、資本化される建設期間利息、返済方法別の借入、ベースとダウンサイドのDSCR、返済準備金、ロックアップ、エクイティとプロジェクトのキャッシュフロー、日付。',
  {
    returns: 'A table in USD, one row a year from close (row 0) to the year the lease ends; =IRR() of the equity and project columns, or =XIRR() against the date column, is the equity and the project IRR. With cash_sweep_share > 0 a last column, cash_sweep_usd, shows each year\'s prepayment. A portable copy writes every cell as a plain formula; there a cash sweep computes only with a build of whole years (0, 12, 24 … months), and shows #N/A with another, which splits lease years over two rows.',
    example: [245, 128, 15, 0.03, 0.986, 10000000, 18, 0.85, 0.06192, 1.4],
  },
  {
    ...leaseFinancingParameterTexts,
  },
];
