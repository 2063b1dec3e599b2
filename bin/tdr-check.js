#!/usr/bin/env node
'use strict';
// The command line, compiled from cli/ by `npm run build:cli` (run by `npm ci` / `npm install`).
let cli;
try {
  cli = require('../build/cli/main.js');
} catch (e) {
  process.stderr.write(
    'tdr-check : la version compilée manque ; lancez « npm run build:cli » / the compiled CLI is missing; run "npm run build:cli".\n',
  );
  process.exit(2);
}
process.exitCode = cli.main(process.argv.slice(2));
