/**
 * Entry of the functions bundle: registers every MINER.* function of the catalogue with
 * Excel under its ID (functions.json, written from the same catalogue, describes them).
 */
import { functionsById } from './registry';

for (const [id, fn] of functionsById()) CustomFunctions.associate(id, fn);
