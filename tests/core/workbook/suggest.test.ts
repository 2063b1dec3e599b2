// suggestMapping on its own: name likeness, what the cells hold, one candidate per name, values.

import { nameLikeness, proposedRows, suggestMapping } from '../../../core/workbook/suggest';
import { snapshot, type Sheets } from './helpers';

const GROUPES = [
  ['Code', 'Nom', 'Type'],
  ['GT2', 'Capital humain', 'GT PTF'],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue'],
];
const CAL = [['Date', 'Type', 'Statut']];

describe('name likeness', () => {
  it('is 1 for names equal once normalised, high for a name inside another, low for strangers', () => {
    expect(nameLikeness('Membres', ' MEMBRES ')).toBe(1);
    expect(nameLikeness('Liste des membres', 'Membres')).toBeGreaterThan(0.6);
    expect(nameLikeness('Début de mandat', 'Début mandat')).toBeGreaterThan(0.85);
    expect(nameLikeness('Agenda 2026', 'Membres')).toBeLessThan(0.2);
    expect(nameLikeness('', 'Membres')).toBe(0);
  });
});

describe('columns by what their cells hold', () => {
  function members(rows: unknown[][]): Sheets {
    return { Groupes: GROUPES, Membres: rows as never, Calendrier: CAL };
  }
  const rows = [
    ['Groupe', 'PTF', 'Rôle', 'Colonne 1', 'Colonne 2', 'Colonne 3'],
    ['GD-SANTE', 'UE', 'Membre', 'Oui', 46000, 'a.b@ue.eu'],
    ['GD-SANTE', 'BM', 'Membre', 'Non', 46100, 'c.d@bm.org'],
    ['GT2', 'AFD', 'Coordination - entrant', 'Non', '', 'e@afd.fr'],
  ];

  it('unnamed columns: yes/no, dates and e-mail addresses go to the columns of that kind', () => {
    const s = suggestMapping(snapshot(members(rows)));
    const first = (field: string) => s.columns.find((c) => c.sheet === 'members' && c.field === field)?.candidates[0]?.name;
    expect(first('nexus')).toBe('Colonne 1');
    expect(first('expertEmail') ?? first('alternateEmail')).toBe('Colonne 3');
    expect(['nexusDate', 'start', 'end'].map(first)).toContain('Colonne 2');
    // One candidate is proposed for one tool column only.
    const proposed = s.columns.map((c) => c.candidates[0]?.name).filter((n) => n !== undefined);
    expect(new Set(proposed).size).toBe(proposed.length);
  });

  it('a required column with no candidate left is listed with none; optional ones are not listed', () => {
    const s = suggestMapping(snapshot(members([['Groupe', 'PTF'], ['GD-SANTE', 'UE']])));
    expect(s.columns.map((c) => [c.field, c.required, c.candidates])).toEqual([['role', true, []]]);
  });

  it('the unknown words of an enumeration column, beside the tool’s values', () => {
    const s = suggestMapping(
      snapshot(members([['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Animatrice'], ['GD-SANTE', 'BM', 'Animatrice'], ['GD-SANTE', 'AFD', 'Trésorier']])),
    );
    expect(s.values.map((v) => [v.header, v.value, v.count, v.proposed])).toEqual([
      ['Rôle', 'Animatrice', 2, 'leader'],
      ['Rôle', 'Trésorier', 1, null],
    ]);
    expect(s.values[0].toolValues.map((v) => v.fr)).toEqual([
      'Membre', 'Dialogue Leader', 'Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant',
    ]);
    expect(proposedRows(s, 'en')).toEqual([
      ['Item', 'Tool name', 'Name in this workbook'],
      ['Value', 'Members › Role › Dialogue Leader', 'Animatrice'],
    ]);
  });
});

describe('sheets', () => {
  it('a required sheet lists every other sheet, the likeliest first; the tool’s outputs are never candidates', () => {
    const s = suggestMapping(
      snapshot({
        Groupes: GROUPES,
        'Liste des membres': [['Groupe', 'PTF', 'Fonction'], ['GD-SANTE', 'UE', 'Membre']],
        Constats: [['Sévérité', 'Règle'], ['x', 'y']],
        Notes: [['Texte'], ['bonjour']],
      }),
    );
    expect(s.sheets.map((x) => [x.sheet, x.proposed, x.candidates.map((c) => c.name)])).toEqual([
      ['members', 'Liste des membres', ['Liste des membres', 'Notes']],
      // Liste des membres goes to Membres, and Notes is nothing like a calendar: none proposed.
      ['calendar', null, ['Liste des membres', 'Notes']],
    ]);
  });
});

describe('another sheet picked for a sheet not found', () => {
  const liste = [
    ['Instance', 'Partenaire', 'Fonction', "Nom de l'expert"],
    ['GD-SANTE', 'UE', 'Animateur', 'A. Traoré'],
    ['GD-SANTE', 'BM', 'Participant', 'B. Diallo'],
  ];
  const annuaire = [
    ['Groupe de travail', 'Bailleur', 'Rôle tenu', 'Expert'],
    ['GD-SANTE', 'UE', 'Pilote', 'A. Traoré'],
    ['GT2', 'BM', 'Membre', 'B. Diallo'],
  ];
  it('each other candidate carries the columns and values the core suggests when that sheet is the one', () => {
    const s = suggestMapping(snapshot({ Groupes: GROUPES, 'Liste des membres': liste, Annuaire: annuaire, Calendrier: CAL }));
    const members = s.sheets.find((x) => x.sheet === 'members')!;
    expect(members.proposed).toBe('Liste des membres');
    expect(members.alternatives.map((a) => a.sheet)).toEqual(members.candidates.map((c) => c.name).filter((n) => n !== 'Liste des membres'));
    const alt = members.alternatives.find((a) => a.sheet === 'Annuaire')!;
    // What the core gives when that sheet is the one it reads Membres from (named so).
    const named = suggestMapping(snapshot({ Groupes: GROUPES, 'Liste des membres': liste, Membres: annuaire, Calendrier: CAL }));
    const onAnnuaire = <T extends { userSheet: string }>(list: T[]) => list.map((x) => ({ ...x, userSheet: 'Annuaire' }));
    expect(alt.columns).toEqual(onAnnuaire(named.columns.filter((c) => c.sheet === 'members')));
    expect(alt.values).toEqual(onAnnuaire(named.values.filter((v) => v.sheet === 'members')));
    expect(alt.columns.find((c) => c.field === 'partner')!.proposed).toBe('Bailleur');
    expect(alt.values.map((v) => v.value)).toEqual(['Pilote']);
    // The proposed sheet's own columns stay in `columns`, on that sheet.
    expect(s.columns.filter((c) => c.sheet === 'members').every((c) => c.userSheet === 'Liste des membres')).toBe(true);
  });
});
