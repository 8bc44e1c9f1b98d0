/**
 * The Office add-in tools that `npm start`, `npm stop`, `npm run validate` and the certificate
 * set-up run (office-addin-debugging, -manifest, -dev-certs and the office-addin-* packages they
 * load) start on a clean install. Each is loaded as a user's machine loads it, in a fresh Node
 * process outside Jest's module system: its command-line entry point (the `bin` that npx runs)
 * with --help, and its main module with require(). Every require() in their code must resolve
 * too, also those only reached by a command run later (office-addin-cli once required a package
 * it did not declare, which npm nested where it could not be found: every command crashed with
 * "Cannot find module 'office-addin-usage-data'").
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';

const repoRoot = path.join(__dirname, '..');

interface Manifest {
  name: string;
  main?: string;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface Tool {
  dir: string;
  manifest: Manifest;
}

const isTool = (name: string): boolean => name.startsWith('office-addin-');

function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The directory Node loads a package from when `from` requires it. */
function packageDir(name: string, from: string): string {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
}

/**
 * The office-addin-* packages the project depends on, and those they depend on in turn; and
 * each such dependency that is declared but cannot be found.
 */
function tools(): { found: Tool[]; notInstalled: string[] } {
  const found = new Map<string, Tool>();
  const notInstalled: string[] = [];
  const visit = (names: string[], from: string): void => {
    for (const name of names.filter(isTool)) {
      let dir: string;
      try {
        dir = packageDir(name, from);
      } catch {
        notInstalled.push(`${name} (a dependency of ${path.relative(repoRoot, from) || 'the project'})`);
        continue;
      }
      if (found.has(dir)) continue;
      const manifest = readManifest(dir);
      found.set(dir, { dir, manifest });
      visit(Object.keys(manifest.dependencies ?? {}), dir);
    }
  };
  const project = readManifest(repoRoot);
  visit([...Object.keys(project.dependencies ?? {}), ...Object.keys(project.devDependencies ?? {})], repoRoot);
  return { found: [...found.values()], notInstalled };
}

/** Each command a package installs, as npx runs it: its name and the script its bin names. */
function commands(tool: Tool): { name: string; script: string }[] {
  const { bin, name } = tool.manifest;
  const entries = typeof bin === 'string' ? { [name]: bin } : (bin ?? {});
  return Object.entries(entries).map(([command, script]) => ({ name: command, script: path.join(tool.dir, script) }));
}

/** What went wrong in a Node process, with the missing module and who required it named first. */
function failure(run: ReturnType<typeof spawnSync>): string {
  const output = `${run.stderr}${run.stdout}`;
  const missing = /Cannot find module '([^']+)'[\s\S]*?Require stack:\s*\n- (.+)/.exec(output);
  if (missing) return `cannot find module '${missing[1]}' (required by ${path.relative(repoRoot, missing[2])})`;
  return `exit status ${run.status}${run.signal ? ` (${run.signal})` : ''}: ${output.trim().split('\n').slice(0, 5).join(' | ')}`;
}

function runNode(args: string[]): string | null {
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 });
  return run.status === 0 ? null : failure(run);
}

/** The JavaScript files of a package, its own nested node_modules left out. */
function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules') return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scripts(full);
    return /\.c?js$/.test(entry.name) ? [full] : [];
  });
}

/** Each require('x') in a file whose module cannot be found from that file. */
function unresolvedRequires(file: string): string[] {
  const specifiers = [...fs.readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  return specifiers
    .filter((spec) => !builtinModules.includes(spec.replace(/^node:/, '')))
    .filter((spec) => {
      try {
        require.resolve(spec, { paths: [path.dirname(file)] });
        return false;
      } catch {
        return true;
      }
    });
}

const { found, notInstalled } = tools();
const names = found.map((tool) => tool.manifest.name);

describe('the Office add-in tools load on a clean install', () => {
  it('finds the tools the npm scripts run, and more than those', () => {
    expect(names).toEqual(expect.arrayContaining(['office-addin-debugging', 'office-addin-manifest', 'office-addin-dev-certs', 'office-addin-cli']));
    const scripted = readManifest(repoRoot) as Manifest & { scripts: Record<string, string> };
    for (const script of Object.values(scripted.scripts)) {
      const command = /^(office-addin-[\w-]+)/.exec(script)?.[1];
      if (command) expect(found.flatMap(commands).map((entry) => entry.name)).toContain(command);
    }
  });

  it('every office-addin-* package they declare is installed', () => {
    expect(notInstalled).toEqual([]);
  });

  it.each(found.filter((tool) => commands(tool).length > 0).map((tool) => [path.relative(repoRoot, tool.dir), tool] as const))(
    '%s: every command-line entry point answers --help',
    (_name, tool) => {
      const problems = commands(tool).flatMap(({ name, script }) => {
        const problem = runNode([script, '--help']);
        return problem ? [`${name} --help: ${problem}`] : [];
      });
      expect(problems).toEqual([]);
    },
  );

  it.each(found.filter((tool) => tool.manifest.main).map((tool) => [path.relative(repoRoot, tool.dir), tool] as const))('%s: require() of its main module', (_dir, tool) => {
    const problem = runNode(['-e', `require(${JSON.stringify(tool.dir)})`]);
    expect(problem ? `require('${tool.manifest.name}'): ${problem}` : null).toBeNull();
  });

  it('every require() in their code finds its module, also on paths --help does not reach', () => {
    const problems = found.flatMap((tool) =>
      scripts(tool.dir).flatMap((file) => unresolvedRequires(file).map((spec) => `${path.relative(repoRoot, file)}: cannot find module '${spec}'`)),
    );
    expect(problems).toEqual([]);
  });

  it('names a missing module and the file that required it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-tools-'));
    try {
      fs.writeFileSync(path.join(dir, 'cli.js'), "require('office-addin-no-such-package');\n");
      expect(runNode([path.join(dir, 'cli.js'), '--help'])).toBe(`cannot find module 'office-addin-no-such-package' (required by ${path.relative(repoRoot, path.join(dir, 'cli.js'))})`);
      expect(unresolvedRequires(path.join(dir, 'cli.js'))).toEqual(['office-addin-no-such-package']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
