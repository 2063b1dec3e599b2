// The sample register in its own layout (examples/make-foreign-sample.ts): with its Correspondances
// sheet it gives exactly the sample's planted findings, at the register's cells and in its words;
// without it, the missing sheets; the suggestions find every correspondence.

import * as fs from 'fs';
import * as path from 'path';
import {
  buildForeignSample,
  FOREIGN_FILE,
  FOREIGN_SHEETS,
  foreignMappingRows,
  MAPPING_SHEET,
} from '../../examples/make-foreign-sample';
import { buildSample, SAMPLE_REFERENCE_DATE, type PlantedFinding } from '../../examples/make-sample';
import { validate } from '../../core/index';
import type { Cell, Finding, WorkbookSnapshot } from '../../core/types';
import { proposedRows, suggestMapping } from '../../core/workbook/suggest';
import { splitToolName, toolColumn, toolSheet } from '../../core/workbook/mapping';
import { readXlsx } from '../../cli/xlsx/read';
import { writeXlsx } from '../../cli/xlsx/write';

const foreign = buildForeignSample();
const snap = (sheets: { name: string; rows: Cell[][] }[]): WorkbookSnapshot => ({
  name: FOREIGN_FILE,
  sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })),
});
const key = (f: PlantedFinding | Finding) => `${f.ruleId} ${f.sheet ?? '-'}!${f.cell ?? '-'}${f.waived ? ' (waived)' : ''}`;
const sorted = (list: (PlantedFinding | Finding)[]) => list.map(key).sort();

describe('the sample register in its own layout', () => {
  const report = validate(snap(foreign.sheets), { today: '2027-06-30' });

  it('with its Correspondances sheet gives exactly the planted findings, at the register’s cells', () => {
    expect(report.referenceDate).toBe(SAMPLE_REFERENCE_DATE);
    expect(sorted(report.findings)).toEqual(sorted(foreign.planted));
    expect(foreign.planted.some((p) => p.sheet === 'Liste des membres')).toBe(true);
  });

  it('gives the findings the tool’s own layout gives, message for message but the register’s words', () => {
    const sample = buildSample();
    const own = validate(snap(sample.sheets), { today: '2027-06-30' });
    const rename = (m: string) => m.replace(/Co-pilote sortant/g, 'Coordination - sortant').replace(/marquée Faite/g, 'marquée Réalisée');
    expect(report.findings.map((f) => [f.ruleId, f.cell, f.severity, f.waived, rename(f.message)])).toEqual(
      own.findings.map((f) => [f.ruleId, f.cell, f.severity, f.waived, f.message]),
    );
    expect(report.findings.map((f) => f.sheet)).toEqual(own.findings.map((f) => (f.sheet === null ? null : FOREIGN_SHEETS[f.sheet] ?? f.sheet)));
    // The register's words: its role and status words in the messages.
    expect(report.findings.find((f) => f.ruleId === 'membership/tripartite')!.message).toContain('Co-pilote sortant');
    expect(report.findings.find((f) => f.ruleId === 'decisions/closure-date')!.message).toContain('marquée Faite');
    expect(report.summary.gts.map((g) => g.score)).toEqual(own.summary.gts.map((g) => g.score));
  });

  it('is the same once written to .xlsx and read back', () => {
    const back = readXlsx(Buffer.from(writeXlsx(foreign.sheets)), FOREIGN_FILE);
    expect(sorted(validate(back, {}).findings)).toEqual(sorted(foreign.planted));
  });

  it('the committed examples/registre-ptf.xlsx is the generator’s output', () => {
    const file = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', FOREIGN_FILE));
    expect(Buffer.from(writeXlsx(foreign.sheets)).equals(file)).toBe(true);
  });

  it('without its Correspondances sheet: the three required sheets are missing, nothing else', () => {
    const bare = validate(snap(buildForeignSample(false).sheets), { today: '2027-06-30' });
    expect(bare.findings.map((f) => [f.ruleId, f.data.sheet])).toEqual([
      ['data/missing-sheet', 'Groupes'],
      ['data/missing-sheet', 'Membres'],
      ['data/missing-sheet', 'Calendrier'],
    ]);
  });

  it('a mapping row naming a header that is not there: one data/invalid-value at its cell, nothing else changes', () => {
    const sheets = foreign.sheets.map((s) =>
      s.name === MAPPING_SHEET ? { ...s, rows: [...s.rows, ['Colonne', 'Membres › Expert titulaire', 'Expert principal']] } : s,
    );
    const r = validate(snap(sheets), { today: '2027-06-30' });
    const extra = r.findings.filter((f) => !report.findings.some((g) => key(g) === key(f)));
    expect(extra.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ['data/invalid-value', MAPPING_SHEET, `C${foreign.sheets.find((s) => s.name === MAPPING_SHEET)!.rows.length + 1}`],
    ]);
    expect(r.findings.filter((f) => f !== extra[0]).map((f) => f.message)).toEqual(report.findings.map((f) => f.message));
  });

  it('two rows mapping one tool column: data/duplicate', () => {
    const sheets = foreign.sheets.map((s) =>
      s.name === MAPPING_SHEET ? { ...s, rows: [...s.rows, ['Colonne', 'Membres › Expert titulaire', 'Binôme']] } : s,
    );
    const r = validate(snap(sheets), { today: '2027-06-30' });
    const extra = r.findings.filter((f) => !report.findings.some((g) => key(g) === key(f)));
    expect(extra.map((f) => [f.ruleId, f.sheet])).toEqual([['data/duplicate', MAPPING_SHEET]]);
  });
});

describe('suggestions on the register without its Correspondances sheet', () => {
  const bare = snap(buildForeignSample(false).sheets);
  const s = suggestMapping(bare);
  const rows = foreignMappingRows().slice(1);

  it('rank the register’s sheet first for every tool sheet it renames', () => {
    const wanted = rows.filter((r) => r[0] === 'Feuille');
    expect(wanted.length).toBe(6);
    for (const [, tool, user] of wanted) {
      const x = s.sheets.find((y) => y.sheet === toolSheet(tool as string)!.key);
      expect([tool, x?.candidates[0]?.name, x?.proposed]).toEqual([tool, user, user]);
    }
    // Paramètres keeps its name: nothing to suggest for it.
    expect(s.sheets.map((x) => x.sheet).sort()).toEqual(wanted.map((r) => toolSheet(r[1] as string)!.key).sort());
  });

  it('rank the register’s header first for every tool column it renames', () => {
    const wanted = rows.filter((r) => r[0] === 'Colonne');
    expect(wanted.length).toBeGreaterThan(40);
    for (const [, tool, user] of wanted) {
      const [sheet, column] = splitToolName(tool as string);
      const spec = toolSheet(sheet)!;
      const x = s.columns.find((y) => y.sheet === spec.key && y.field === toolColumn(spec, column)!.field);
      expect([tool, x?.candidates[0]?.name, x?.proposed]).toEqual([tool, user, user]);
    }
    expect(s.columns).toHaveLength(wanted.length);
  });

  it('list each unknown role and status word with the tool’s values, the right one proposed', () => {
    const wanted = rows.filter((r) => r[0] === 'Valeur');
    for (const [, tool, user] of wanted) {
      const [sheet, column, value] = splitToolName(tool as string);
      const spec = toolSheet(sheet)!;
      const field = toolColumn(spec, column)!.field;
      const x = s.values.find((y) => y.sheet === spec.key && y.field === field && y.value === user)!;
      expect(x.toolValues.map((v) => v.fr)).toContain(value);
      expect(x.toolValues.find((v) => v.value === x.proposed)?.fr).toBe(value);
    }
    expect(s.values).toHaveLength(wanted.length);
  });

  it('pasted as the Correspondances sheet, the proposed rows give exactly the planted findings', () => {
    const sheets = [...bare.sheets, { name: 'Correspondances', rows: proposedRows(s, 'fr') }];
    expect(sorted(validate({ ...bare, sheets }, {}).findings)).toEqual(sorted(foreign.planted));
  });

  it('once the sheets are mapped, only the columns and values remain suggested', () => {
    const sheetRows = [foreignMappingRows()[0], ...rows.filter((r) => r[0] === 'Feuille')];
    const partial = suggestMapping({ ...bare, sheets: [...bare.sheets, { name: 'Correspondances', rows: sheetRows }] });
    expect(partial.sheets).toEqual([]);
    expect(partial.columns.map((c) => [c.tool.fr, c.candidates[0].name])).toEqual(s.columns.map((c) => [c.tool.fr, c.candidates[0].name]));
  });

  it('on the tool’s own layout there is nothing to suggest', () => {
    const own = suggestMapping(snap(buildSample().sheets));
    expect(own).toEqual({ sheets: [], columns: [], values: [] });
  });
});
