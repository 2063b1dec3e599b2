#!/usr/bin/env node
'use strict';
// `npm run bench [-- --json]`: compiles core, cli, examples and bench (tsconfig.build.json, the
// same as `npm run build:cli`) into build/, then runs build/bench/bench.js. The compiler's output
// goes to standard error, so that `--json` prints one JSON object and nothing else.
//
// Run with --expose-gc (it re-executes itself so) so that each timed run starts after a full
// garbage collection.

const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);

if (typeof global.gc !== 'function' && !process.env.TDR_BENCH_CHILD) {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, TDR_BENCH_CHILD: '1' },
  });
  process.exit(r.status === null ? 1 : r.status);
}

if (!argv.includes('--no-build')) {
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.stderr.write('bench: the build failed (tsc -p tsconfig.build.json)\n');
    process.exit(2);
  }
}

require(path.join(root, 'build', 'bench', 'bench.js'))
  .main(argv, root)
  .then((code) => process.exit(code))
  .catch((e) => {
    process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
    process.exit(2);
  });
