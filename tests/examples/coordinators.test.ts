// scope.md: the five coordinators' workbooks, cut from the sample by its generator, each with its
// Périmètre, check clean; without the Périmètre, the same workbook reports the missing GT.

import * as fs from 'fs';
import * as path from 'path';
import {
  buildCoordinatorWorkbook,
  COORDINATOR_FOLDER,
  COORDINATOR_GTS,
  coordinatorFile,
  SAMPLE_REFERENCE_DATE,
} from '../../examples/make-sample';
import { validate } from '../../core/index';
import type { WorkbookSnapshot } from '../../core/types';
import { readXlsx } from '../../cli/xlsx/read';
import { writeXlsx } from '../../cli/xlsx/write';

const FOLDER = path.join(__dirname, '..', '..', 'examples', COORDINATOR_FOLDER);

describe.each(COORDINATOR_GTS)('the coordinator workbook of %s', (gt) => {
  const file = path.join(FOLDER, coordinatorFile(gt));

  it('is the generator’s output, byte for byte', () => {
    expect(Buffer.from(writeXlsx(buildCoordinatorWorkbook(gt))).equals(fs.readFileSync(file))).toBe(true);
  });

  it('checks clean with its own scope: no finding but a waived one, one row in the per-GT table', () => {
    const snapshot = readXlsx(fs.readFileSync(file), coordinatorFile(gt));
    const report = validate(snapshot, { today: '2030-01-01' });
    expect(report.referenceDate).toBe(SAMPLE_REFERENCE_DATE);
    expect(report.scope).toEqual([gt]);
    expect(report.findings.filter((f) => !f.waived).map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    expect(report.summary.gts.map((g) => g.gt)).toEqual([gt]);
    expect(report.summary.gts[0].score).toBe(100);
  });
});

describe('a coordinator workbook without its Périmètre', () => {
  it('still reports the four missing GT and the other GT’s dialogue groups', () => {
    const sheets = buildCoordinatorWorkbook('GT2').map((s) =>
      s.name === 'Paramètres' ? { ...s, rows: s.rows.filter((r) => r[0] !== 'Périmètre') } : s,
    );
    const snapshot: WorkbookSnapshot = { name: 'gt2.xlsx', sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) };
    const report = validate(snapshot);
    expect('scope' in report).toBe(false);
    const missing = report.findings.filter((f) => f.ruleId === 'structure/gt-set').map((f) => f.data.gt);
    expect(missing).toEqual(['GT1', 'GT3', 'GT4', 'GT5']);
    expect(report.findings.filter((f) => f.ruleId === 'structure/gd-missing')).toHaveLength(9);
    expect(report.summary.gts.filter((g) => g.score === null).map((g) => g.gt)).toEqual(['GT1', 'GT3', 'GT4', 'GT5']);
  });
});
