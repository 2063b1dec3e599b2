#!/usr/bin/env node
'use strict';
// `npm start`: the tool on the bundled sample workbook, with a fixed reference date, writing the
// annotated copy and the HTML report under out/. The sample has planted gaps, so the check's own
// exit code would be 1; the demo says so and exits 0.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const { main } = require('../build/cli/main.js');
const sample = path.join(root, 'examples', 'secretariat-ptf.xlsx');
const outDir = path.join(root, 'out');
fs.mkdirSync(outDir, { recursive: true });
const annotated = path.join('out', 'secretariat-ptf-annotated.xlsx');
const html = path.join('out', 'secretariat-ptf.html');
const args = ['--date', '2026-11-15', '--out', annotated, '--html', html, sample, ...process.argv.slice(2)];
const code = main(args);
if (code === 2) process.exit(2);
process.stdout.write(
  `\n(tdr-check a rendu le code ${code} : ${code === 1 ? 'le classeur exemple contient des écarts volontaires' : 'aucune erreur'}.)\n`,
);
