// `npm run bench`: builds each benchmark with esbuild into a temporary folder and runs it with the
// pinned Node. Figures are printed as ratios measured in the same run; nothing here is asserted.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Inside the repository (out/ is ignored), two levels deep like test/support/, so bundled
// benchmarks resolve node_modules and the repository root as the tests do.
mkdirSync('out/bench', { recursive: true });
const folder = mkdtempSync('out/bench/run-');
try {
  // Bundle sharing: one split build vs. each action bundled on its own.
  const actions = readdirSync('actions', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  let separate = 0;
  for (const name of actions) {
    const out = join(folder, `alone-${name}.js`);
    // The same two-line entry the build generates for each action, bundled on its own.
    const contents = `import { runActionDoor } from './door.ts';\nawait runActionDoor(${JSON.stringify(name)}, new URL('../', import.meta.url));\n`;
    await build({ stdin: { contents, resolveDir: resolve('actions'), loader: 'ts' }, outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node24', logLevel: 'error' });
    separate += statSync(out).size;
  }
  const split = sizeOf('dist', (name) => name.endsWith('.js'));
  console.log('## bundles');
  console.log(`dist/ (all actions + root + CLI, shared chunks): ${(split / 1e6).toFixed(2)} MB; the ${actions.length} actions bundled separately: ${(separate / 1e6).toFixed(2)} MB; ratio ${(split / separate).toFixed(2)}\n`);

  for (const bench of readdirSync('scripts/bench').filter((f) => f.endsWith('.ts'))) {
    const out = join('out/bench', bench.replace(/\.ts$/, '.mjs'));
    await build({ entryPoints: [`scripts/bench/${bench}`], outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node24', logLevel: 'error',
      banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" } });
    execFileSync(process.execPath, [out], { stdio: 'inherit' });
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function sizeOf(dir, keep) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path, keep);
    else if (keep(entry.name)) total += statSync(path).size;
  }
  return total;
}
