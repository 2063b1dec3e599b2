#!/usr/bin/env node
// Validates an Office add-in manifest against Microsoft's schemas, offline: the schemas are in
// excel-addin/manifest-schemas/ (see its README for their source and licence) and the validator is
// libxml2 compiled to WebAssembly (the npm package xmllint-wasm), so neither the network nor
// Debian's xmllint is needed.
//
//   npm run validate:manifest                  the project's manifest.xml
//   npm run validate:manifest -- other.xml     any other manifest (dist/excel-addin/manifest.xml)
//
// Exit code 0 when valid; 1 with xmllint's messages otherwise.

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SCHEMAS = path.join(ROOT, 'excel-addin', 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/**
 * Validates manifest text. Resolves with { valid, errors } where errors are xmllint's lines
 * (file:line: message).
 * @param {string} xml
 * @param {string} [fileName]
 */
async function validateManifest(xml, fileName = 'manifest.xml') {
  const { validateXML } = require('xmllint-wasm');
  const files = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    // The main schema imports the others by file name.
    preload: files.filter((f) => f !== MAIN_SCHEMA).map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage.trim()) };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`Impossible de lire ${file} / Cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  const { valid, errors } = await validateManifest(xml, path.basename(file));
  if (valid) {
    console.log(`${path.relative(process.cwd(), file) || file} : conforme aux schémas Office / valid against the Office schemas`);
    return;
  }
  for (const line of errors) console.error(line);
  process.exit(1);
}

module.exports = { validateManifest, SCHEMAS };

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(2);
  });
}
