#!/usr/bin/env node
// First step of `npm test`: the system packages the tests need are there. When one is missing,
// one line names it and how to install it, and the suite stops before building anything (F1).
//
//   Chromium         the browser tests (task pane, sidebar, HTML report), through playwright-core
//   LibreOffice Calc the round trips of written .xlsx files (`soffice`)
//
// Everything else the tests need comes with `npm ci`.

const fs = require('fs');
const path = require('path');

/** What the tests need: a program found on PATH (or at a usual place) and the Debian package. */
const NEEDED = [
  { name: 'Chromium', programs: ['chromium', 'chromium-browser'], places: ['/usr/bin/chromium'], debian: 'chromium' },
  {
    name: 'LibreOffice Calc (soffice)',
    programs: ['soffice', 'libreoffice'],
    places: ['/usr/lib/libreoffice/program/soffice'],
    debian: 'libreoffice-calc',
  },
];

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The needed packages not found.
 * @param {{ PATH?: string }} env  where to look (process.env by default)
 * @param {boolean} usualPlaces    also look at the usual absolute places
 */
function missingPackages(env = process.env, usualPlaces = true) {
  const dirs = (env.PATH || '').split(path.delimiter).filter(Boolean);
  return NEEDED.filter(
    (p) =>
      !p.programs.some((prog) => dirs.some((d) => executable(path.join(d, prog)))) &&
      !(usualPlaces && p.places.some(executable)),
  );
}

/** One line: what is missing and the command that installs it. */
function missingLine(missing) {
  const names = missing.map((p) => p.name).join(', ');
  const debs = missing.map((p) => p.debian).join(' ');
  return (
    `npm test : il manque ${names} — installez : sudo apt-get install ${debs}` +
    ` / missing ${names} — install: sudo apt-get install ${debs}`
  );
}

module.exports = { missingPackages, missingLine, NEEDED };

if (require.main === module) {
  // `--path-only`: look on PATH only, not at the usual places (the tests use it).
  const missing = missingPackages(process.env, !process.argv.includes('--path-only'));
  if (missing.length > 0) {
    console.error(missingLine(missing));
    process.exit(1);
  }
}
