/** MINER.LEASE_CASHFLOWS: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { leaseCashflows, leaseCashflowsParams } from '../../core/underwriting/lease-cashflows';
import { defineFunction, FunctionDocs } from '../types';
import { leaseTermYearsText, rentEscalatorText } from './lease-text';

export const declaration = defineFunction({
  id: 'LEASE_CASHFLOWS',
  result: 'table',
  params: leaseCashflowsParams,
  core: leaseCashflows,
});

export const docs: FunctionDocs = {
  section: 'underwriting',
  description: {
    en: 'Yearly rent and NOI of an AI/HPC lease with an escalator: year, rent, NOI.',
    ja: 'エスカレーター付きAI/HPCリースの年次賃料とNOI：年、賃料、NOI。',
  },
  returns: 'A table in USD, one row a lease year from year 1.',
  parameters: {
    term_years: leaseTermYearsText,
    annual_escalator: { ...rentEscalatorText, en: `${rentEscalatorText.en} Default 0.`, ja: `${rentEscalatorText.ja}既定値 0。` },
    noi_margin: {
      en: 'Net operating income as a share of rent, 0 to 1 (near 1 for a triple-net lease). Default 1.',
      ja: '賃料に対する営業純利益（NOI）の割合。0から1（トリプルネット・リースでは1に近い）。既定値 1。',
    },
  },
  example: [245, 128, 15, 0.03, 0.986],
};
