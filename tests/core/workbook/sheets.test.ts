// Finding sheets, header rows and data rows (workbook.md, "Finding sheets, headers and rows").

import { parse, run } from './helpers';
import missingColumn from '../../../core/rules/data/missing-column';
import requiredValue from '../../../core/rules/data/required-value';
import { RULES } from '../../../core/rules';
import type { Cell } from '../../../core/types';

const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const MEMBRES: Cell[][] = [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre']];
const CALENDRIER: Cell[][] = [['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue']];

describe('sheets are found by their French or English names, compared normalised', () => {
  it('lower case, accents dropped, spaces trimmed, alternative names', () => {
    const { workbook } = parse({
      ' GROUPS ': GROUPES,
      ' MEMBERS ': MEMBRES,
      calendrier: CALENDRIER,
      'decisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut']],
      DOCUMENTS: [['Groupe', 'Type', 'Année']],
      partners: [['Sigle'], ['UE']],
      'PARAMETRES': [['Paramètre', 'Valeur']],
    });
    expect(workbook.groups?.sheet).toBe(' GROUPS ');
    expect(workbook.members?.sheet).toBe(' MEMBERS ');
    expect(workbook.calendar?.sheet).toBe('calendrier');
    expect(workbook.decisions?.sheet).toBe('decisions');
    expect(workbook.documents?.sheet).toBe('DOCUMENTS');
    expect(workbook.partners?.sheet).toBe('partners');
    expect(workbook.settings?.sheet).toBe('PARAMETRES');
    expect(workbook.issues.filter((i) => i.kind === 'missing-sheet')).toEqual([]);
  });

  it.each([['Réunions'], ['reunions'], ['Meetings'], ['Calendar'], ['  Calendrier  ']])('%s is the Calendrier sheet', (name) => {
    const { workbook } = parse({ Groupes: GROUPES, Membres: MEMBRES, [name]: CALENDRIER });
    expect(workbook.calendar?.sheet).toBe(name);
    expect(workbook.calendar?.rows.map((m) => m.type)).toEqual(['gec']);
  });

  it('runs of punctuation count as one space: "Paramètres" written "Paramètres " or "paramètres"', () => {
    expect(parse({ 'paramètres ': [['Clé', 'Valeur']] }).workbook.settings?.sheet).toBe('paramètres ');
  });

  it('when two sheets match, the first in the workbook wins; the sheet order is kept for sorting', () => {
    const { workbook } = parse({
      Meetings: [['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue']],
      Groupes: GROUPES,
      Calendrier: [['Date', 'Type', 'Statut'], ['2026-04-01', 'Troïka', 'Tenue'], ['2026-04-02', 'Troïka', 'Tenue']],
      Membres: MEMBRES,
      Notes: [['Anything']],
    });
    expect(workbook.calendar?.sheet).toBe('Meetings');
    expect(workbook.calendar?.rows).toHaveLength(1);
    expect(workbook.sheetOrder).toEqual(['Meetings', 'Groupes', 'Calendrier', 'Membres', 'Notes']);
  });
});

describe('the header row', () => {
  it('is found under a title and a blank row; data rows follow it, numbered by sheet row', () => {
    const { workbook } = parse({
      Groupes: GROUPES,
      Membres: [['Composition des groupes – novembre 2026'], [], ['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre']],
      Calendrier: CALENDRIER,
    });
    const members = workbook.members!;
    expect(members.headerRow).toBe(3);
    expect(members.columns).toMatchObject({ group: 0, partner: 1, role: 2 });
    expect(members.rows.map((r) => r.row)).toEqual([4]);
    expect(members.rows[0].partner).toBe('UE');
  });

  it('is looked for among the first 10 rows only', () => {
    const title = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [`Ligne de titre ${i + 1}`]);
    const at10 = parse({ Groupes: GROUPES, Membres: [...title(9), ['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre']], Calendrier: CALENDRIER });
    expect(at10.workbook.members?.headerRow).toBe(10);
    expect(at10.workbook.members?.rows.map((r) => r.row)).toEqual([11]);
    const at11 = run(
      { Groupes: GROUPES, Membres: [...title(10), ['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre']], Calendrier: CALENDRIER },
      [missingColumn, requiredValue],
    );
    expect(at11.workbook.members?.headerRow).toBeNull();
    expect(at11.workbook.members?.rows).toEqual([]);
    expect(at11.cells('data/missing-column')).toEqual(['Membres!A1', 'Membres!A1', 'Membres!A1']);
    expect(at11.of('data/required-value')).toEqual([]);
  });

  it('needs two recognised headers (a title holding one header word is skipped)', () => {
    const { workbook } = parse({
      Groupes: GROUPES,
      Membres: MEMBRES,
      Calendrier: [['Date', 'de mise à jour : 01/11/2026'], ['Statut'], ['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue']],
    });
    expect(workbook.calendar?.headerRow).toBe(3);
    expect(workbook.calendar?.rows.map((m) => m.row)).toEqual([4]);
  });

  it('needs one recognised header on a sheet of three columns or fewer (PTF, Paramètres)', () => {
    const { workbook } = parse({
      Groupes: GROUPES,
      Membres: MEMBRES,
      Calendrier: CALENDRIER,
      PTF: [['Liste des partenaires'], ['Sigle'], ['UE'], ['AFD']],
      'Paramètres': [['Réglages'], [], ['Paramètre'], ['Langue']],
    });
    expect(workbook.partners?.headerRow).toBe(2);
    expect(workbook.partners?.rows.map((p) => p.code)).toEqual(['UE', 'AFD']);
    expect(workbook.settings?.headerRow).toBe(3);
    expect(workbook.settings?.rows.map((s) => s.key)).toEqual(['Langue']);
  });

  it('matches headers against every alias, normalised (case, accents, punctuation, spaces)', () => {
    const { workbook } = parse({
      Groupes: [
        ['ID', 'LIBELLÉ', 'group type', 'Parent GT', 'cps homologue', 'SDGs', 'Enjeu', 'résultats', 'Clusters liés', 'Exceptions'],
        ['GT2', 'Capital humain', 'GT PTF', '', '', '', '', '', '', ''],
      ],
      Membres: [
        ['Group', 'Institution', 'Fonction dans le groupe', 'Expert  permanent', 'e-mail', 'Binôme', 'Alternate email', 'Focal point Nexus', 'nexus depuis', 'Mandate start', 'FIN', 'Dérogation'],
      ],
      Meetings: [
        ['N°', 'DATE DE LA RÉUNION', 'Heure', 'End time', 'Instance', 'Type de réunion', 'État', 'Ordre du jour', 'Compte-rendu', 'PTF présents', 'Nb invités', 'Accompagnant GT', 'Waivers'],
      ],
      'Décisions': [['Réf', 'Réunion ID', 'Group', 'Libellé', 'Porteur', 'Echeance', 'Status', 'Réalisée le', 'Dérogations']],
      Documents: [['Group', 'Type de document', 'Year', 'Date de transmission', 'URL', 'Dérogations']],
      PTF: [['Acronyme', 'Name', 'Catégorie']],
      Settings: [['Clé', 'Value']],
    });
    expect(workbook.groups?.columns).toEqual({ code: 0, name: 1, type: 2, parentGt: 3, cps: 4, odd: 5, theme: 6, results: 7, clusters: 8, waivers: 9 });
    expect(workbook.members?.columns).toEqual({
      group: 0, partner: 1, role: 2, expert: 3, expertEmail: 4, alternate: 5, alternateEmail: 6, nexus: 7, nexusDate: 8, start: 9, end: 10, waivers: 11,
    });
    expect(workbook.calendar?.columns).toEqual({
      id: 0, date: 1, start: 2, end: 3, group: 4, type: 5, status: 6, agendaSent: 7, minutesSent: 8, participants: 9, invited: 10, gtRepresentative: 11, waivers: 12,
    });
    expect(workbook.decisions?.columns).toEqual({ id: 0, meeting: 1, group: 2, decision: 3, owner: 4, due: 5, status: 6, doneOn: 7, waivers: 8 });
    expect(workbook.documents?.columns).toEqual({ group: 0, type: 1, year: 2, date: 3, link: 4, waivers: 5 });
    expect(workbook.partners?.columns).toEqual({ code: 0, name: 1, type: 2 });
    expect(workbook.settings?.columns).toEqual({ key: 0, value: 1 });
  });

  it('a header that appears twice: the first column wins, the second is ignored', () => {
    const { workbook } = parse({
      Groupes: GROUPES,
      Membres: [['PTF', 'Groupe', 'Partenaire', 'Rôle', 'Role'], ['UE', 'GD-SANTE', 'AFD', 'Membre', 'Dialogue Leader']],
      Calendrier: CALENDRIER,
    });
    expect(workbook.members?.columns).toMatchObject({ partner: 0, group: 1, role: 3 });
    expect(workbook.members?.rows[0]).toMatchObject({ partner: 'UE', role: 'member' });
  });

  it('unknown columns are kept and ignored; missing optional columns are absent', () => {
    const { workbook } = parse({
      Groupes: GROUPES,
      Membres: [['Commentaire', 'Groupe', 'PTF', 'Rôle', 'Téléphone'], ['à revoir', 'GD-SANTE', 'UE', 'Membre', '+223 00 00 00 00']],
      Calendrier: CALENDRIER,
    });
    expect(workbook.members?.columns).toEqual({ group: 1, partner: 2, role: 3 });
    expect(workbook.members?.width).toBe(5);
    expect(workbook.members?.rows[0]).toMatchObject({ group: expect.objectContaining({ code: 'GD-SANTE' }), expert: null, nexus: null });
    expect(workbook.issues).toEqual([]);
  });
});

describe('data rows', () => {
  it('blank rows in the middle (empty, white space, missing) are skipped; row numbers are sheet rows', () => {
    const rows: Cell[][] = [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre'], [], ['', '  ', null], [undefined, ''], ['GD-SANTE', 'AFD', 'Membre']];
    // A sparse array: a row the host did not hand over at all.
    rows[7] = ['GT2', 'BM', 'Membre'];
    const r = run({ Groupes: GROUPES, Membres: rows, Calendrier: CALENDRIER }, [requiredValue]);
    expect(r.workbook.members?.rows.map((m) => [m.row, m.partner])).toEqual([[2, 'UE'], [6, 'AFD'], [8, 'BM']]);
    expect(r.workbook.members?.height).toBe(8);
    expect(r.of('data/required-value')).toEqual([]);
  });

  it('a row whose only values are unticked checkboxes (false) is blank: a checkbox column does not make rows', () => {
    const r = run(
      {
        Groupes: GROUPES,
        Membres: [['Groupe', 'PTF', 'Rôle', 'Point focal Nexus'], ['GD-SANTE', 'UE', 'Membre', false], ['', '', '', false], [null, '', '', false], ['GD-SANTE', 'AFD', 'Membre', true]],
        Calendrier: CALENDRIER,
      },
      [requiredValue],
    );
    expect(r.workbook.members?.rows.map((m) => [m.row, m.nexus])).toEqual([[2, false], [5, true]]);
    expect(r.of('data/required-value')).toEqual([]);
  });

  it('a row holding only a ticked checkbox, a number or 0 is a data row', () => {
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle', 'Point focal Nexus', 'Notes'], ['', '', '', true, ''], ['', '', '', '', 0]], Calendrier: CALENDRIER },
      [requiredValue],
    );
    expect(r.workbook.members?.rows.map((m) => m.row)).toEqual([2, 3]);
    expect(r.cells('data/required-value')).toEqual(['Membres!A2', 'Membres!B2', 'Membres!C2', 'Membres!A3', 'Membres!B3', 'Membres!C3']);
  });

  it('a row with only an unknown column filled is a data row (its required cells are blank)', () => {
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle', 'Notes'], ['GD-SANTE', 'UE', 'Membre', ''], ['', '', '', 'à compléter']], Calendrier: CALENDRIER },
      [requiredValue],
    );
    expect(r.workbook.members?.rows.map((m) => m.row)).toEqual([2, 3]);
    expect(r.cells('data/required-value')).toEqual(['Membres!A3', 'Membres!B3', 'Membres!C3']);
  });

  it('rows above the header (title, banner) are never read as data', () => {
    const { workbook } = parse({
      Groupes: [['GT2', 'Titre qui ressemble à une ligne', 'GT PTF'], ['Code', 'Nom', 'Type'], ['GD-SANTE', 'Santé', 'GD']],
      Membres: MEMBRES,
      Calendrier: CALENDRIER,
    });
    expect(workbook.groups?.headerRow).toBe(2);
    expect(workbook.groups?.rows.map((g) => g.code)).toEqual(['GD-SANTE']);
  });

  it('the whole catalogue runs on a workbook of headers only without a finding on a row', () => {
    const r = run({ Groupes: [GROUPES[0]], Membres: [MEMBRES[0]], Calendrier: [CALENDRIER[0]] }, RULES);
    expect(r.findings.filter((f) => f.row !== null && f.row > 1)).toEqual([]);
  });
});
