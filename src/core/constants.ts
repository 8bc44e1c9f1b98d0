/**
 * Protocol and calendar constants, named `<unit>Per<unit>`. Sources: Bitcoin Core
 * (src/kernel/chainparams.cpp, src/validation.cpp GetBlockSubsidy) and the MINER.* contract.
 */
/** Target spacing of 600 s gives 144 blocks a day. */
export const secondsPerBlockTarget = 600;
export const blocksPerDay = 144;
export const blocksPerHalving = 210_000;
export const satsPerBtc = 100_000_000;
/** 50 BTC, the subsidy of the first era. */
export const initialSubsidySats = 5_000_000_000;
/** From halving 33 (height 6,930,000) the shifted subsidy is 0 sats. */
export const halvingsToZeroSubsidy = 33;
/** Expected hashes per block = difficulty × 2^32. */
export const hashesPerDifficultyUnit = 4_294_967_296;
export const hashesPerSecondPerEhs = 1e18;
export const hashesPerSecondPerPhs = 1e15;
export const hoursPerDay = 24;
export const daysPerYear = 365;
export const hoursPerYear = 8_760;
export const monthsPerYear = 12;
export const minutesPerDay = 1_440;
export const kwPerMw = 1_000;
/**
 * The longest horizon a formula may ask for: 1,200 months (100 years). It bounds the work
 * one cell can demand of Excel's single-threaded runtime (HASHPRICE_PATH rows, conversion
 * and contract terms).
 */
export const maxHorizonMonths = 1_200;
export const maxHorizonYears = maxHorizonMonths / monthsPerYear;
/** 1 MW of machines at e J/TH runs 1,000 / e PH/s. */
export const thsPerPhs = 1_000;
export const phsPerEhs = 1_000;
