/**
 * The tree shows what ships: everything under src/ is runtime code, so nothing there may
 * import the build-time generators (tools/, scripts/) or what remains of templates/. And
 * imports go one way: the core is pure economics, so it imports none of the layers built on
 * it (the Excel functions, the task pane, the CLI, the model definitions). And the functions
 * bundle stays small: the native-form builders, which only the portable copies, the pane's Math
 * tab and the CLI use, are reached from src/catalogue/native-forms.ts, never from src/functions.
 * Every relative import is resolved to the file it names, so `../../x` cannot slip past.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');

function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Each relative module a file imports or requires (static, dynamic, re-export), as a path from the root; with valuesOnly, not a type-only one. */
function importedPaths(file: string, valuesOnly = false): string[] {
  const source = fs.readFileSync(file, 'utf8');
  // A type-only import or re-export ships nothing: left out where only what is bundled counts.
  const text = valuesOnly ? source.replace(/^\s*(?:import|export)\s+type\s[^;]*;/gm, '') : source;
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
  return specifiers.filter((spec) => spec.startsWith('.')).map((spec) => path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/'));
}

function offenders(files: readonly string[], forbidden: readonly string[]): string[] {
  return files.flatMap((file) =>
    importedPaths(file)
      .filter((target) => forbidden.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${path.relative(root, file)} -> ${target}`),
  );
}

describe('import direction', () => {
  const sources = typeScriptFiles(path.join(root, 'src'));

  it('finds the sources to check, and sees an import when there is one', () => {
    expect(sources.length).toBeGreaterThan(50);
    const sample = path.join(root, 'src', 'taskpane', 'models', 'office-plan.ts');
    expect(importedPaths(sample)).toContain('src/sheet/formula');
  });

  it('nothing under src/ imports from templates/, scripts/ or tools/', () => {
    expect(offenders(sources, ['templates', 'scripts', 'tools'])).toEqual([]);
  });

  it('src/core imports nothing from the functions, the task pane, the CLI or the models', () => {
    const core = sources.filter((file) => file.startsWith(path.join(root, 'src', 'core') + path.sep));
    expect(core.length).toBeGreaterThan(10);
    expect(offenders(core, ['src/functions', 'src/taskpane', 'src/cli', 'src/models'])).toEqual([]);
  });

  it('src/sheet (formulas, A1 addresses, sheet names, the locale, native-formula shapes) imports nothing above it', () => {
    const sheet = sources.filter((file) => file.startsWith(path.join(root, 'src', 'sheet') + path.sep));
    expect(sheet.length).toBeGreaterThan(4);
    expect(offenders(sheet, ['src/core', 'src/catalogue', 'src/functions', 'src/models', 'src/portable', 'src/taskpane', 'src/cli'])).toEqual([]);
  });

  it('the catalogue imports nothing from the models, portable copies, the task pane or the CLI', () => {
    const catalogue = sources.filter((file) => file.startsWith(path.join(root, 'src', 'catalogue') + path.sep));
    expect(offenders(catalogue, ['src/models', 'src/portable', 'src/taskpane', 'src/cli', 'src/functions'])).toEqual([]);
  });

  it('the functions entry (src/functions) reaches none of the native-form builders, which only native-forms.ts lists', () => {
    // What a bundle holds: the modules reached by imports that are not type-only.
    const reached = (start: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (target: string): void => {
        // A folder's import names its index.ts.
        const module = fs.existsSync(path.join(root, `${target}.ts`)) ? target : `${target}/index`;
        const file = path.join(root, `${module}.ts`);
        if (seen.has(module) || !fs.existsSync(file)) return;
        seen.add(module);
        for (const imported of importedPaths(file, true)) visit(imported);
      };
      visit(start);
      return seen;
    };
    const functionsSide = reached('src/functions/index');
    const nativeSide = [...reached('src/catalogue/native-forms')].filter((module) => module.startsWith('src/catalogue/'));
    expect([...functionsSide]).toEqual(expect.arrayContaining(['src/functions/registrations', 'src/catalogue/underwriting/lease-financing', 'src/core/underwriting/lease-financing']));
    expect(nativeSide).toEqual(expect.arrayContaining(['src/catalogue/native', 'src/catalogue/native-table', 'src/catalogue/natives/tables', 'src/catalogue/underwriting/lease-financing-native', 'src/catalogue/underwriting/cfads-operand']));
    expect(nativeSide.filter((module) => functionsSide.has(module))).toEqual([]);
  });

  it('no source file reaches itself through its imports (type-only imports included)', () => {
    const known = new Map(sources.map((file) => [path.relative(root, file).split(path.sep).join('/').replace(/\.ts$/, ''), file]));
    const edges = new Map([...known].map(([module, file]) => [module, importedPaths(file).filter((target) => known.has(target))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, trail: string[]): void => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(module)), module].join(' -> '));
        return;
      }
      state.set(module, 'open');
      for (const target of edges.get(module) ?? []) visit(target, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of known.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });
});
