// The Apps Script project on a fake spreadsheet holding the sample workbook: what "Vérifier",
// "Synthèse GEC" and "Effacer" write, and what they must leave alone (outputs.md §1-2; R1, R2,
// R5, S1).

import { SEVERITY_COLOURS } from '../../core/plan';
import type { PaneResult } from '../../ui/host';
import { addSheet, cellAt, type SpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas, type Gas } from './gas-runtime';
import { cellsOf, digest, isToolRule, markedSheets, sheetNamed, valuesOf } from './inspect';
import { sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';
const INPUT_SHEETS = ['Groupes', 'PTF', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'Paramètres'];

function sample(): { model: SpreadsheetModel; gas: Gas } {
  const model = spreadsheetOf(sampleSheets());
  return { model, gas: loadGas(model, { now: NOW }) };
}

function validate(gas: Gas, request: unknown = { language: null }): PaneResult {
  return acrossScriptRun(gas.run('tdrCheckValidate', request) as PaneResult);
}

/** The input sheets as they are, rules apart. */
function inputsWithoutRules(model: SpreadsheetModel): unknown {
  return (digest(model) as { name: string; rules: unknown }[])
    .filter((s) => INPUT_SHEETS.includes(s.name))
    .map((s) => ({ ...s, rules: undefined }));
}

describe('validate (Vérifier)', () => {
  it('highlights each anchored, non-waived finding with one marked rule per sheet and severity', () => {
    const { model, gas } = sample();
    const result = validate(gas);
    expect(result.counts.errors + result.counts.warnings + result.counts.infos).toBeGreaterThan(0);

    // The cells each severity should colour: the most severe finding of each cell wins.
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const expected = new Map<string, Map<string, keyof typeof rank>>();
    for (const f of result.findings) {
      if (f.waived || f.sheet === null || f.cell === null) continue;
      const key = cellsOf([f.cell])[0];
      const cells = expected.get(f.sheet) ?? new Map<string, keyof typeof rank>();
      expected.set(f.sheet, cells);
      const prev = cells.get(key);
      if (prev === undefined || rank[f.severity] < rank[prev]) cells.set(key, f.severity);
    }
    expect(expected.size).toBeGreaterThan(2);

    for (const name of INPUT_SHEETS) {
      const sheet = sheetNamed(model, name);
      const ours = sheet.rules.filter(isToolRule);
      const wanted = expected.get(name) ?? new Map();
      const severities = new Set(wanted.values());
      expect(ours).toHaveLength(severities.size);
      // Ours first, then the user's two rules, unchanged.
      expect(sheet.rules.slice(0, ours.length).every(isToolRule)).toBe(true);
      expect(sheet.rules.slice(ours.length).map((r) => r.criteria)).toEqual(['TEXT_CONTAINS', 'CUSTOM_FORMULA']);
      for (const rule of ours) {
        const severity = (Object.keys(SEVERITY_COLOURS) as (keyof typeof SEVERITY_COLOURS)[]).find((s) => SEVERITY_COLOURS[s] === rule.background)!;
        expect(severity).toBeDefined();
        const coloured = cellsOf(rule.ranges).sort();
        const want = [...wanted].filter(([, s]) => s === severity).map(([k]) => k).sort();
        expect(coloured).toEqual(want);
      }
    }
  });

  it('writes Constats and the month\'s GEC summary, marked, with links to the cells, a frozen header, a filter and a chart', () => {
    const { model, gas } = sample();
    const result = validate(gas);
    expect(result.sheets).toEqual({ findings: 'Constats', summary: 'Synthèse GEC 2026-11', history: 'Historique' });
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Constats', 'Synthèse GEC 2026-11', 'Historique']);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);

    const constats = sheetNamed(model, 'Constats');
    const values = valuesOf(constats);
    const header = values.findIndex((r) => r[0] === 'Sévérité');
    expect(values[header]).toEqual(['Sévérité', 'Règle', 'Réf. TdR', 'Feuille', 'Cellule', 'Groupe', 'GT', 'Message', 'Suggestion', 'Dérogation', 'Intitulé de la règle', 'Texte des TdR']);
    expect(constats.frozenRows).toBe(header + 1);
    expect(constats.filter).toMatch(new RegExp(`^A${header + 1}:L\\d+$`));
    expect(constats.maxRows).toBe(values.length);
    // Each finding row, in the report's order, with its cell linked to the place in the workbook.
    const ids = new Map(model.sheets.map((s) => [s.name, s.id]));
    result.findings.forEach((f, i) => {
      const row = values[header + 1 + i];
      expect(row.slice(0, 2)).toEqual([expect.any(String), f.ruleId]);
      expect(row[3]).toBe(f.sheet ?? '');
      expect(row[4]).toBe(f.cell ?? '');
      expect(row[7]).toBe(f.message);
      const link = constats.cells[header + 1 + i][4].link;
      expect(link).toBe(f.sheet && f.cell ? `#gid=${ids.get(f.sheet)}&range=${f.cell}` : null);
    });
    // Header rows bold and shaded, the reference date a date.
    expect(constats.cells[header][0].fontWeight).toBe('bold');
    expect(constats.cells[1][1]).toMatchObject({ value: 46341, numberFormat: 'dd/mm/yyyy' });

    const summary = sheetNamed(model, 'Synthèse GEC 2026-11');
    const sv = valuesOf(summary);
    expect(sv[0][0]).toBe('Synthèse pour la réunion mensuelle du GEC – novembre 2026');
    expect(sv.flat()).toContain('15/11/2026 10:32 UTC');
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    expect(chart.type).toBe('COLUMN');
    const gtRow = sv.findIndex((r) => r[0] === 'GT1');
    // Under the table (GT1..GT5, Total, a blank row), from column A, labelled.
    expect(chart.position).toEqual([gtRow + 8, 1, 0, 0]);
    expect(chart.options).toMatchObject({
      title: 'Conformité par GT (%)',
      'vAxis.viewWindow.min': 0,
      'vAxis.viewWindow.max': 100,
      series: { 0: { dataLabel: 'value' } },
      height: 18 * 21,
    });
    // Headers and the message column wrap; the rows are fitted once.
    const gtHeader = sv.findIndex((r) => r[0] === 'GT' && r[1] === 'Groupes de dialogue');
    expect(summary.cells[gtHeader][1].wrap).toBe(true);
    expect(summary.cells[gtRow][3].wrap).toBe(true);
    expect(summary.cells[gtRow][0].wrap).toBe(false);
    expect(summary.resizedRows).toEqual([[1, sv.length]]);
    // The scores, one series per worst finding, in hidden columns right of the table (chart.test.ts).
    expect(chart.ranges).toEqual([`A${gtRow + 1}:A${gtRow + 5}`, `O${gtRow + 1}:Q${gtRow + 5}`]);
    expect(sv.slice(gtRow, gtRow + 5).map((r) => r[0])).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    // "n/N" stays text, not a date.
    expect(sv.slice(gtRow, gtRow + 5).every((r) => typeof r[8] === 'string' && /^\d+\/\d+$/.test(r[8] as string))).toBe(true);
    // Points of attention link to their cells.
    const attention = summary.cells.flatMap((row) => (row ?? []).filter((c) => c?.link?.startsWith('#gid=')));
    expect(attention.length).toBeGreaterThan(5);
  });

  it('keeps the sheet the user was on active; Synthèse GEC shows the summary', () => {
    const { model, gas } = sample();
    const membres = sheetNamed(model, 'Membres');
    model.activeSheetId = membres.id;
    validate(gas);
    expect(model.activeSheetId).toBe(membres.id);
    acrossScriptRun(gas.run('tdrCheckSummary', { language: null }));
    expect(model.activeSheetId).toBe(sheetNamed(model, 'Synthèse GEC 2026-11').id);
    // On a sheet the run replaces, the user lands on its new version.
    model.activeSheetId = sheetNamed(model, 'Constats').id;
    validate(gas);
    expect(model.activeSheetId).toBe(sheetNamed(model, 'Constats').id);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
  });

  it('never writes the input sheets\' cells, formats, notes or validation, and keeps the user\'s rules', () => {
    const { model, gas } = sample();
    const before = inputsWithoutRules(model);
    const rulesBefore = model.sheets.map((s) => s.rules.slice());
    validate(gas);
    expect(inputsWithoutRules(model)).toEqual(before);
    model.sheets.slice(0, INPUT_SHEETS.length).forEach((s, i) => expect(s.rules.filter((r) => !isToolRule(r))).toEqual(rulesBefore[i]));
  });

  it('validate, clear: every input sheet as it was; validate again: as after the first run (R1, R2)', () => {
    const { model, gas } = sample();
    const original = digest(model);
    validate(gas);
    const once = digest(model);
    validate(gas);
    expect(digest(model)).toEqual(once);

    // Effacer keeps the history (presentation.md §1): every input sheet as it was, Historique beside them.
    const cleared = acrossScriptRun(gas.run('tdrCheckClear')) as { rules: number; sheets: string[]; historyKept: string | null };
    expect(cleared.sheets).toEqual(['Constats', 'Synthèse GEC 2026-11']);
    expect(cleared.historyKept).toBe('Historique');
    expect(cleared.rules).toBeGreaterThan(0);
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Historique']);
    expect(digest({ ...model, sheets: model.sheets.filter((s) => s.name !== 'Historique') })).toEqual(original);
    // Asked (the pane's confirmed option), the history goes too.
    const all = acrossScriptRun(gas.run('tdrCheckClear', { history: true })) as { sheets: string[]; historyKept: string | null };
    expect(all.sheets).toEqual(['Historique']);
    expect(all.historyKept).toBe(null);
    expect(digest(model)).toEqual(original);

    validate(gas);
    expect(digest(model)).toEqual(once);
    gas.run('tdrCheckClear', { history: true });
    expect(digest(model)).toEqual(original);
  });

  it('removes its rules from a sheet renamed since, and leaves the user\'s other sheets unwritten', () => {
    const { model, gas } = sample();
    const notes = addSheet(model, 'Notes', [['à faire']]);
    notes.rules.push({ criteria: 'TEXT_CONTAINS', values: ['x'], background: '#00FF00', fontColor: null, bold: null, ranges: ['A1:A9'] });
    validate(gas);
    // The user renames Membres: its rules of the tool stay on it, under a name the core ignores.
    const renamed = sheetNamed(model, 'Membres');
    renamed.name = 'Membres 2025';
    const userRules = renamed.rules.filter((r) => !isToolRule(r));
    expect(renamed.rules.some(isToolRule)).toBe(true);
    gas.resetCalls();
    validate(gas);
    expect(renamed.rules).toEqual(userRules);
    // Written: the six input sheets left and the renamed one; Notes only read.
    expect(gas.calls().filter((c) => c === 'Sheet.setConditionalFormatRules')).toHaveLength(INPUT_SHEETS.length);
    expect(notes.rules).toHaveLength(1);
    expect(notes.rules.every((r) => !isToolRule(r))).toBe(true);
  });

  it('writes in English when asked, and replaces the French sheets it made', () => {
    const { model, gas } = sample();
    validate(gas);
    const r = validate(gas, { language: 'en' });
    expect(r.language).toBe('en');
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Findings', 'GEC summary 2026-11', 'Compliance history']);
    expect(valuesOf(sheetNamed(model, 'Findings')).some((row) => row[0] === 'Severity')).toBe(true);
  });

  it('never replaces or deletes a user\'s sheet that has an output sheet\'s name, nor a copy of the tool\'s sheet (R5)', () => {
    const { model, gas } = sample();
    const mine = addSheet(model, 'Constats', [['Mes constats à moi'], ['=SUM(1,2)']]);
    const mineBefore = JSON.stringify(mine);
    validate(gas);
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Constats', 'Constats (2)', 'Synthèse GEC 2026-11', 'Historique']);
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats (2)', 'Synthèse GEC 2026-11', 'Historique']);

    // The user duplicates the tool's sheet: Sheets copies its developer metadata along.
    const tool = sheetNamed(model, 'Constats (2)');
    const copy = addSheet(model, 'Copie de Constats (2)', valuesOf(tool));
    copy.metadata = tool.metadata.map((m) => ({ ...m, id: model.nextMetadataId++ }));
    const copyBefore = JSON.stringify(copy);

    validate(gas);
    expect(model.sheets.map((s) => s.name)).toEqual([
      ...INPUT_SHEETS, 'Constats', 'Copie de Constats (2)', 'Constats (2)', 'Synthèse GEC 2026-11', 'Historique',
    ]);
    gas.run('tdrCheckClear', { history: true });
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Constats', 'Copie de Constats (2)']);
    expect(JSON.stringify(sheetNamed(model, 'Constats'))).toBe(mineBefore);
    expect(JSON.stringify(sheetNamed(model, 'Copie de Constats (2)'))).toBe(copyBefore);
  });

  it('keeps an earlier month\'s summary and replaces this month\'s', () => {
    const { model, gas } = sample();
    validate(gas);
    // Last month's run, by the tool: renamed as it would have been named then.
    sheetNamed(model, 'Synthèse GEC 2026-11').name = 'Synthèse GEC 2026-10';
    validate(gas);
    expect(model.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Synthèse GEC 2026-10', 'Constats', 'Synthèse GEC 2026-11', 'Historique']);
  });

  it('writes text from the workbook as text, never as a formula (S1)', () => {
    const sheets = sampleSheets();
    const decisions = sheets.find((s) => s.name === 'Décisions')!;
    const [header, first] = decisions.rows;
    const due = header.indexOf('Échéance');
    const overdue = (text: string, owner: string) => {
      const row = first.slice();
      row[0] = `DEC-S1-${decisions.rows.length}`;
      row[header.indexOf('Décision')] = text;
      row[header.indexOf('Responsable')] = owner;
      row[due] = new Date(Date.UTC(2026, 9, 1));
      row[header.indexOf('Statut')] = 'Ouverte';
      row[header.indexOf('Date de réalisation')] = '';
      decisions.rows.push(row);
    };
    const hostile = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '=1+1', "'quoted"];
    overdue(hostile[0], hostile[1]);
    overdue(hostile[2], hostile[4]);
    overdue(hostile[5], 'UE');
    const model = spreadsheetOf(sheets, 'Africa/Bamako', hostile[3]);
    const gas = loadGas(model, { now: NOW });
    validate(gas);

    const outputs = markedSheets(model);
    expect(outputs.map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    for (const s of outputs) for (const row of s.cells) for (const c of row ?? []) expect(c?.formula ?? '').toBe('');
    const written = outputs.flatMap((s) => valuesOf(s).flat());
    for (const text of hostile) expect(written).toContain(text);
  });

  it('answers the pane with plain JSON and selects a finding\'s cell', () => {
    const { model, gas } = sample();
    const r = validate(gas);
    expect(typeof r.generatedAt).toBe('string');
    expect(r.referenceDate).toBe('2026-11-15');
    const f = r.findings.find((x) => x.sheet === 'Membres' && x.cell)!;
    expect(acrossScriptRun(gas.run('tdrCheckSelect', f.sheet, f.cell))).toBe(true);
    expect(model.activeSheetId).toBe(sheetNamed(model, 'Membres').id);
    expect(model.activeRange).toBe(f.cell);
    expect(acrossScriptRun(gas.run('tdrCheckSelect', 'Disparue', 'A1'))).toBe(false);
  });

  it('gives findings, not a failure, on a spreadsheet without the input sheets', () => {
    const model = spreadsheetOf([]);
    addSheet(model, 'Feuille 1', [['rien']]);
    const gas = loadGas(model, { now: NOW });
    // Missing sheets are findings, not failures.
    const r = validate(gas);
    expect(r.findings.some((f) => f.ruleId === 'data/missing-sheet')).toBe(true);
    expect(cellAt(sheetNamed(model, 'Feuille 1'), 0, 0).value).toBe('rien');
  });
});
