// Parity: the workbook as Excel gives it to the add-in (serial dates, strings, error text, blank
// cells as '', used ranges that need not start at A1) yields exactly the JSON findings the command
// line gives for the same file.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../cli/main';
import { writeXlsx } from '../../cli/xlsx/write';
import { buildSample } from '../../examples/make-sample';
import { jsonReport } from '../../cli/json-report';
import { validateWorkbook } from '../../core';
import { readWorkbook } from '../../excel-addin/src/office/read';
import { fakeFromSnapshot, readSnapshot, ROOT, SAMPLE, TODAY } from './support/workbooks';

const FILES = [
  SAMPLE,
  path.join(ROOT, 'tests', 'fixtures', 'lo-basic.xlsx'),
  path.join(ROOT, 'tests', 'fixtures', 'lo-1904.xlsx'),
  path.join(ROOT, 'tests', 'fixtures', 'lo-notes-merged.xlsx'),
  path.join(ROOT, 'tests', 'fixtures', 'lo-table.xlsx'),
];

function commandLine(file: string, lang?: 'en'): string {
  let out = '';
  const code = main(['--json', '-', ...(lang ? ['--lang', lang] : []), file], {
    stdout: (s) => (out += s),
    stderr: (s) => {
      throw new Error(s);
    },
    env: {},
    isTTY: false,
    today: TODAY,
  });
  expect([0, 1]).toContain(code);
  return out;
}

async function addIn(file: string, lang?: 'en'): Promise<string> {
  const wb = fakeFromSnapshot(readSnapshot(file));
  const read = await wb.run((ctx) => readWorkbook(ctx));
  const { report } = validateWorkbook(read.snapshot, { today: TODAY, language: lang });
  return jsonReport(report);
}

describe('the add-in finds what the command line finds', () => {
  it.each(FILES.map((f) => [path.basename(f), f]))('%s', async (_name, file) => {
    const cli = commandLine(file);
    expect(JSON.parse(cli).findings.length).toBeGreaterThan(0);
    expect(await addIn(file)).toBe(cli);
  });

  it('in English too', async () => {
    expect(await addIn(SAMPLE, 'en')).toBe(commandLine(SAMPLE, 'en'));
  });

  describe('a workbook in the 1904 date system (the sample saved that way)', () => {
    let dir: string;
    let file: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-excel-1904-'));
      file = path.join(dir, 'secretariat-1904.xlsx');
      fs.writeFileSync(file, writeXlsx(buildSample().sheets, { date1904: true }));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('gives the command line’s findings, which are the 1900 sample’s', async () => {
      const cli = commandLine(file);
      expect(await addIn(file)).toBe(cli);
      const same = (json: string) => JSON.stringify({ ...JSON.parse(json), workbook: '' });
      expect(same(cli)).toBe(same(commandLine(SAMPLE)));
    });

    it('would not, had the date system been missed (the comparison can fail)', async () => {
      const wb = fakeFromSnapshot(readSnapshot(file));
      wb.date1904 = false;
      const read = await wb.run((ctx) => readWorkbook(ctx));
      const { report } = validateWorkbook(read.snapshot, { today: TODAY });
      expect(jsonReport(report)).not.toBe(commandLine(file));
    });
  });
});
