/**
 * `hashwatt FUNCTION args...`: evaluates a MINER.* function with the very code Excel runs and
 * prints the value, a spilled table as tab-separated rows, or the Excel error and its message
 * (exit status 1). `hashwatt list` shows every function and its parameters.
 */
import { catalogueMetadata, MetadataFunction } from '../catalogue/metadata';
import { installCustomFunctionsShim } from '../functions/host-shim';
import { functionsById } from '../functions/registry';
import { formatError, formatResult } from './format-result';
import type { CliOutcome } from './outcome';
import { parseArg } from './parse-arg';
import { portableUsage, runPortable } from './portable-command';

installCustomFunctionsShim();

type FunctionMetadata = Pick<MetadataFunction, 'id' | 'description' | 'parameters'>;

export type { CliOutcome };

function signature(fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${fn.id}(${params.join(', ')})`;
}

const usage = [
  'usage: hashwatt FUNCTION [args...]     evaluate MINER.FUNCTION',
  '       hashwatt list                   list the functions and their parameters',
  `       ${portableUsage}`,
  'Arguments: numbers (-5, 0.0173), TRUE/FALSE, ISO dates (2026-01-12), ranges ([[1,2],[3,4]]),',
  'text (IREN); an empty argument ("") leaves an optional parameter blank.',
].join('\n');

export function run(argv: readonly string[], metadata: readonly FunctionMetadata[] = catalogueMetadata().functions): CliOutcome {
  const [first, ...rest] = argv;
  if (!first || first === '--help' || first === '-h') return { stdout: usage + '\n', stderr: '', status: first ? 0 : 1 };
  if (first.toLowerCase() === 'list') {
    const lines = metadata.map((fn) => `${signature(fn)}\t${fn.description}`);
    return { stdout: lines.join('\n') + '\n', stderr: '', status: 0 };
  }
  const id = first.toUpperCase().replace(/^=?MINER\./, '').replace(/\(\)$/, '');
  const meta = metadata.find((fn) => fn.id === id);
  const fn = functionsById().get(id);
  if (!meta || !fn) {
    return { stdout: '', stderr: `#NAME? unknown function ${first}; \`hashwatt list\` shows them all\n`, status: 1 };
  }
  const requiredCount = meta.parameters.filter((p) => !p.optional).length;
  if (rest.length > meta.parameters.length || rest.length < requiredCount) {
    const expected = requiredCount === meta.parameters.length ? `${requiredCount}` : `${requiredCount} to ${meta.parameters.length}`;
    return {
      stdout: '',
      stderr: `#VALUE! ${id} takes ${expected} arguments (got ${rest.length}): ${signature(meta)}\n`,
      status: 1,
    };
  }
  try {
    const result = fn(...rest.map(parseArg));
    return { stdout: formatResult(result) + '\n', stderr: '', status: 0 };
  } catch (error) {
    return { stdout: '', stderr: formatError(error as { code?: string; message?: string }) + '\n', status: 1 };
  }
}

/** Every command: `portable` (asynchronous, it reads and writes files) and the synchronous rest. */
export async function main(argv: readonly string[]): Promise<CliOutcome> {
  return argv[0]?.toLowerCase() === 'portable' ? runPortable(argv.slice(1)) : run(argv);
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((outcome) => {
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.status;
  });
}
