/**
 * The catalogue: every MINER.* function, each declared once in its own file, in the folder of
 * its reference section. Listed here in the order of functions.json (the order they shipped in),
 * in runs that share a section. Everything else is generated from these declarations (see
 * README.md here).
 */
import * as company from './data/company';
import * as companies from './data/companies';
import * as contracts from './data/contracts';
import * as asic from './data/asic';
import * as network from './data/network';
import * as aiMwRevenue from './hosting/ai-mw-revenue';
import * as gpuMwRevenue from './hosting/gpu-mw-revenue';
import * as coloMwRevenue from './hosting/colo-mw-revenue';
import * as itLoadMw from './hosting/it-load-mw';
import * as contractPv from './hosting/contract-pv';
import * as conversionCashflows from './hosting/conversion-cashflows';
import * as conversionNpv from './hosting/conversion-npv';
import * as conversionPaybackYears from './hosting/conversion-payback-years';
import * as valuePerWatt from './hosting/value-per-watt';
import * as hashvalue from './mining/hashvalue';
import * as hashprice from './mining/hashprice';
import * as breakevenHashprice from './mining/breakeven-hashprice';
import * as breakevenPower from './mining/breakeven-power';
import * as breakevenBtc from './mining/breakeven-btc';
import * as miningRevenuePerMw from './mining/mining-revenue-per-mw';
import * as miningMarginPerMw from './mining/mining-margin-per-mw';
import * as flexMarginPerMw from './mining/flex-margin-per-mw';
import * as flexUptime from './mining/flex-uptime';
import * as hashpricePath from './mining/hashprice-path';
import * as subsidy from './protocol/subsidy';
import * as nextHalvingHeight from './protocol/next-halving-height';
import * as halvingDate from './protocol/halving-date';
import * as networkHashrate from './protocol/network-hashrate';
import * as difficulty from './protocol/difficulty';
import * as convert from './units/convert';
import * as leaseCashflows from './underwriting/lease-cashflows';
import * as debtSize from './underwriting/debt-size';
import * as debtSchedule from './underwriting/debt-schedule';
import * as leaseFinancing from './underwriting/lease-financing';
import * as leaseSummary from './underwriting/lease-summary';
import * as breakevenNetworkHashrate from './fleet/breakeven-network-hashrate';
import * as realizedHashrate from './fleet/realized-hashrate';
import * as hashcost from './fleet/hashcost';
import * as gpuTcoPerHour from './fleet/gpu-tco-per-hour';
import * as asicCashflows from './fleet/asic-cashflows';
import * as asicPaybackMonths from './fleet/asic-payback-months';
import * as hashpriceFan from './fleet/hashprice-fan';
import * as notes from './data/notes';
import * as companyCard from './data/company-card';
import * as noteShares from './valuation/note-shares';
import * as dilutedShares from './valuation/diluted-shares';
import * as sotp from './valuation/sotp';
import { catalogueEntry } from './entry';
import type { Section } from './sections';
import type { CatalogueEntry, CatalogueFile } from './types';

const inShippingOrder: readonly (readonly [Section, readonly CatalogueFile[]])[] = [
  ['data', [company, companies, contracts, asic, network]],
  ['hosting', [aiMwRevenue, gpuMwRevenue, coloMwRevenue, itLoadMw, contractPv, conversionCashflows, conversionNpv, conversionPaybackYears, valuePerWatt]],
  ['mining', [hashvalue, hashprice, breakevenHashprice, breakevenPower, breakevenBtc, miningRevenuePerMw, miningMarginPerMw, flexMarginPerMw, flexUptime, hashpricePath]],
  ['protocol', [subsidy, nextHalvingHeight, halvingDate, networkHashrate, difficulty]],
  ['units', [convert]],
  ['underwriting', [leaseCashflows, debtSize, debtSchedule, leaseFinancing]],
  ['fleet', [breakevenNetworkHashrate, realizedHashrate, hashcost, gpuTcoPerHour, asicCashflows, asicPaybackMonths, hashpriceFan]],
  ['data', [notes]],
  ['valuation', [noteShares, dilutedShares, sotp]],
  ['underwriting', [leaseSummary]],
  ['data', [companyCard]],
];

export const catalogue: readonly CatalogueEntry[] = inShippingOrder.flatMap(([section, files]) => files.map((file) => catalogueEntry(section, file)));
