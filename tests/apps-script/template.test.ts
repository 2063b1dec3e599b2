// "Modèle" (outputs.md §3): the missing input sheets, added after the existing ones, with headers,
// a frozen header row, date and time formats and drop-down lists; nothing existing is touched,
// and the new sheets are the user's (Effacer leaves them).

import { addSheet, newSpreadsheetModel } from './fake-sheets';
import { acrossScriptRun, loadGas } from './gas-runtime';
import { digest, markedSheets, sheetNamed, valuesOf } from './inspect';

const FR = ['Lisez-moi', 'Groupes', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'PTF', 'Paramètres'];

describe('template (Modèle)', () => {
  it('adds the input sheets to an empty spreadsheet, Groupes pre-filled', () => {
    const model = newSpreadsheetModel('Nouveau classeur');
    addSheet(model, 'Feuille 1', [['mes notes']]);
    const gas = loadGas(model);
    const r = acrossScriptRun(gas.run('tdrCheckTemplate', 'fr')) as { sheets: string[] };
    expect([...r.sheets].sort()).toEqual([...FR].sort());
    expect(model.sheets.map((s) => s.name)).toEqual(['Feuille 1', ...r.sheets]);
    expect(valuesOf(sheetNamed(model, 'Feuille 1'))).toEqual([['mes notes']]);
    expect(model.activeSheetId).toBe(sheetNamed(model, r.sheets[0]).id);

    const groupes = sheetNamed(model, 'Groupes');
    const rows = valuesOf(groupes);
    expect(rows[0].slice(0, 3)).toEqual(['Code', 'Nom', 'Type']);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']));
    // 5 GT, 14 dialogue groups, 12 clusters under the header.
    expect(rows).toHaveLength(1 + 5 + 14 + 12);
    expect(groupes.frozenRows).toBe(1);
    expect(groupes.cells[0][0].fontWeight).toBe('bold');

    const calendrier = sheetNamed(model, 'Calendrier');
    const header = valuesOf(calendrier)[0];
    const dateCol = header.indexOf('Date');
    const typeCol = header.indexOf('Type');
    const groupCol = header.indexOf('Groupe');
    expect(calendrier.cells[1][dateCol].numberFormat).toBe('dd/mm/yyyy');
    expect(calendrier.cells[999][dateCol].numberFormat).toBe('dd/mm/yyyy');
    expect(calendrier.cells[1][header.indexOf('Heure début')].numberFormat).toBe('hh:mm');
    expect(calendrier.cells[1][typeCol].validation).toMatchObject({ kind: 'list', list: expect.arrayContaining(['Coordination GT']) });
    expect(calendrier.cells[1][groupCol].validation).toMatchObject({ kind: 'range', range: "'Groupes'!A2:A1000" });
    // presentation.md §6: GT de rattachement from the GT PTF rows only; Membres › PTF from the PTF
    // sheet, added after Membres (the drop-downs come once every sheet exists).
    expect(groupes.cells[1][3].validation).toMatchObject({ kind: 'range', range: "'Groupes'!A2:A6" });
    const membres = sheetNamed(model, 'Membres');
    expect(membres.cells[1][1].validation).toMatchObject({ kind: 'range', range: "'PTF'!A2:A1000" });
    expect(valuesOf(sheetNamed(model, 'Paramètres'))[0]).toEqual(['Paramètre', 'Valeur', 'Explication']);
    // Headers stay text.
    for (const s of model.sheets) for (const c of s.cells[0] ?? []) expect(c?.formula ?? '').toBe('');
  });

  it('adds only what is missing, in English when asked, and nothing the second time', () => {
    const model = newSpreadsheetModel('Classeur');
    const groups = addSheet(model, 'Groups', [['Code', 'Name', 'Group type'], ['GT1', 'Mine', 'GT PTF']]);
    const before = JSON.stringify(groups);
    const gas = loadGas(model);
    const r = acrossScriptRun(gas.run('tdrCheckTemplate', 'en')) as { sheets: string[] };
    expect(r.sheets).toEqual(expect.arrayContaining(['Read me', 'Members', 'Calendar', 'Decisions', 'Documents', 'Partners', 'Settings']));
    expect(r.sheets).not.toContain('Groups');
    expect(JSON.stringify(groups)).toBe(before);
    // The user's own Groups sheet may lay its codes out anywhere: no drop-down on it.
    const members = sheetNamed(model, 'Members');
    expect(members.cells[1]?.some((c) => c?.validation?.kind === 'range' && String(c.validation.range).includes('Groups'))).toBeFalsy();

    const state = digest(model);
    expect(acrossScriptRun(gas.run('tdrCheckTemplate', 'en'))).toEqual({ sheets: [] });
    expect(digest(model)).toEqual(state);
  });

  it('makes sheets that are the user\'s: Effacer keeps them, and a check runs on them', () => {
    const model = newSpreadsheetModel('Classeur');
    addSheet(model, 'Feuille 1', [['']]);
    const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('tdrCheckTemplate', 'fr');
    const state = digest(model);
    expect(markedSheets(model)).toEqual([]);
    gas.run('tdrCheckClear');
    expect(digest(model)).toEqual(state);

    const result = acrossScriptRun(gas.run('tdrCheckValidate', { language: null })) as { findings: { ruleId: string }[] };
    expect(result.findings.some((f) => f.ruleId === 'data/missing-sheet')).toBe(false);
    gas.run('tdrCheckClear', { history: true });
    expect(digest(model)).toEqual(state);
  });
});
