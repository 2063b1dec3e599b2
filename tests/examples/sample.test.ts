// The sample workbook gives exactly its planted findings, in memory and once written to .xlsx.

import * as fs from 'fs';
import * as path from 'path';
import { buildSample, SAMPLE_FILE, SAMPLE_REFERENCE_DATE, type PlantedFinding } from '../../examples/make-sample';
import { validate } from '../../core/index';
import type { Finding, Report, WorkbookSnapshot } from '../../core/types';
import { readXlsx } from '../../cli/xlsx/read';
import { writeXlsx } from '../../cli/xlsx/write';

const sample = buildSample();
const inMemory: WorkbookSnapshot = {
  name: SAMPLE_FILE,
  sheets: sample.sheets.map((s) => ({ name: s.name, rows: s.rows })),
};
const FILE = path.join(__dirname, '..', '..', 'examples', SAMPLE_FILE);

function key(f: PlantedFinding | Finding): string {
  return `${f.ruleId} ${f.sheet ?? '-'}!${f.cell ?? '-'}${f.waived ? ' (waived)' : ''}`;
}
function sorted(list: (PlantedFinding | Finding)[]): string[] {
  return list.map(key).sort();
}
/** The planted findings split by the severity the report gives their rule. */
function plantedBySeverity(report: Report) {
  const severity = new Map(report.rules.map((r) => [r.ruleId, r.severity]));
  const infos = sample.planted.filter((p) => severity.get(p.ruleId) === 'info');
  const others = sample.planted.filter((p) => severity.get(p.ruleId) !== 'info');
  return { infos, others };
}

function checkReport(report: Report) {
  expect(report.referenceDate).toBe(SAMPLE_REFERENCE_DATE);
  const { infos, others } = plantedBySeverity(report);
  const findingsInfo = report.findings.filter((f) => f.severity === 'info');
  const findingsOther = report.findings.filter((f) => f.severity !== 'info');
  expect(sorted(findingsOther)).toEqual(sorted(others));
  expect(sorted(findingsInfo)).toEqual(sorted(infos));
}

describe('the sample workbook', () => {
  it('plants a handful of gaps in several areas, none of them data/*', () => {
    expect(sample.planted.length).toBeGreaterThanOrEqual(8);
    expect(sample.planted.length).toBeLessThanOrEqual(15);
    const areas = new Set(sample.planted.map((p) => p.ruleId.split('/')[0]));
    expect([...areas].sort()).toEqual(['calendar', 'decisions', 'documents', 'membership']);
    expect(sample.planted.some((p) => p.ruleId.startsWith('data/'))).toBe(false);
    expect(sample.planted.filter((p) => p.waived)).toHaveLength(1);
    // Each planted finding is distinct.
    expect(new Set(sample.planted.map(key)).size).toBe(sample.planted.length);
  });

  it('is deterministic', () => {
    const again = buildSample();
    expect(again.planted).toEqual(sample.planted);
    expect(Buffer.from(writeXlsx(again.sheets)).equals(Buffer.from(writeXlsx(sample.sheets)))).toBe(true);
  });

  it('gives exactly the planted findings (rule, sheet, cell, waived), with D from its Paramètres sheet', () => {
    // `today` is another day: the Paramètres sheet's reference date must win over it.
    const report = validate(inMemory, { today: '2027-06-30' });
    checkReport(report);
    expect(report.summary.waived).toBe(1);
    const waived = report.findings.find((f) => f.waived)!;
    expect(waived.waiver).toMatch(/Commission Mixte/);
  });

  it('gives the same findings in English, with the date given on the command line', () => {
    const report = validate(inMemory, { referenceDate: SAMPLE_REFERENCE_DATE, language: 'en' });
    expect(report.language).toBe('en');
    checkReport(report);
    for (const f of report.findings) expect(f.message).not.toMatch(/\{\w+\}/);
  });

  it('evaluates every non-data rule of the catalogue on it (none skipped or off)', () => {
    const report = validate(inMemory, {});
    const skipped = report.rules.filter((r) => !r.ruleId.startsWith('data/') && r.status !== 'passed' && r.status !== 'failed');
    expect(skipped.map((r) => r.ruleId)).toEqual([]);
    for (const gt of report.summary.gts) expect(gt.score).not.toBeNull();
  });

  it('is committed as examples/secretariat-ptf.xlsx, byte for byte the generator output', () => {
    const bytes = fs.readFileSync(FILE);
    expect(Buffer.from(writeXlsx(sample.sheets)).equals(bytes)).toBe(true);
  });

  it('read back from examples/secretariat-ptf.xlsx, gives the same findings', () => {
    const snapshot = readXlsx(new Uint8Array(fs.readFileSync(FILE)), SAMPLE_FILE);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    const fromFile = validate(snapshot, {});
    checkReport(fromFile);
    const fromMemory = validate(inMemory, {});
    const strip = (r: Report) => r.findings.map((f) => ({ ...f }));
    expect(strip(fromFile)).toEqual(strip(fromMemory));
    expect(fromFile.rules).toEqual(fromMemory.rules);
  });
});
