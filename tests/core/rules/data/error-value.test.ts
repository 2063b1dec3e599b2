import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/error-value';
import requiredValue from '../../../../core/rules/data/required-value';
import invalidValue from '../../../../core/rules/data/invalid-value';
import { basicSheets, run } from '../../workbook/helpers';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const membresHeader = ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Début mandat', 'Dérogations'];
const calendrierHeader = ['Date', 'Groupe', 'Type', 'Statut', 'Participants'];

ruleTester(rule, {
  valid: [
    {
      name: 'text that starts with # or mentions an error is not an error value',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GD-SANTE', 'UE', 'Membre', '#1 A. Traoré', '', ''], ['GD-SANTE', 'AFD', 'Membre', 'N/A', '', '']],
        Calendrier: [calendrierHeader, ['2026-03-01', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 'UE; #N/A pas encore']],
      },
    },
  ],
  invalid: [
    {
      name: 'each spreadsheet error, in a text, a date, an enumeration and a reference column',
      date: '2026-11-15',
      sheets: {
        Groupes: groupes,
        Membres: [
          membresHeader,
          ['GD-SANTE', 'UE', 'Membre', '#N/A', '', ''],
          ['GD-SANTE', 'AFD', 'Membre', 'B. Diallo', '#REF!', ''],
          ['GD-SANTE', 'BM', '#VALUE!', 'C. Keïta', '', ''],
          ['#DIV/0!', 'USAID', 'Membre', 'D. Coulibaly', '', ''],
          ['GD-SANTE', '#NAME?', 'Membre', 'E. Sangaré', '', ''],
          ['GD-SANTE', 'Japon', 'Membre', ' #null! ', '', ''],
          ['GD-SANTE', 'Suède', 'Membre', 'F. Maïga', '', '#NUM!'],
        ],
        Calendrier: [calendrierHeader],
      },
      errors: [
        { messageId: 'errorValue', sheet: 'Membres', cell: 'D2', group: 'GD-SANTE', gt: 'GT2', severity: 'warning', data: { value: '#N/A', column: 'Expert titulaire' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'E3', data: { value: '#REF!', column: 'Début mandat' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'C4', data: { value: '#VALUE!', column: 'Rôle' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'A5', group: null, gt: null, data: { value: '#DIV/0!', column: 'Groupe' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'B6', group: 'GD-SANTE', data: { value: '#NAME?', column: 'PTF' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'D7', data: { value: '#NULL!' } },
        { messageId: 'errorValue', sheet: 'Membres', cell: 'F8', data: { value: '#NUM!', column: 'Dérogations' } },
      ],
      failed: 7,
    },
    {
      name: 'errors on Groupes, Calendrier (a list column), Décisions, Documents, PTF and Paramètres',
      date: '2026-11-15',
      sheets: {
        Groupes: [...groupes, ['#N/A', 'Eau', 'GD', 'GT2']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Membre']],
        Calendrier: [calendrierHeader, ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '#REF!']],
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['GT2', 'Note', 'UE', '#VALUE!', 'Ouverte']],
        Documents: [['Groupe', 'Type', 'Année'], ['GT2', 'TdR', '#NUM!']],
        PTF: [['Sigle', 'Nom'], ['UE', '#N/A']],
        'Paramètres': [['Paramètre', 'Valeur'], ["Délai d'envoi de l'OdJ (jours)", '#DIV/0!']],
      },
      errors: [
        { messageId: 'errorValue', sheet: 'Groupes', cell: 'A4', data: { value: '#N/A' } },
        { messageId: 'errorValue', sheet: 'Calendrier', cell: 'E2', group: 'GT2', data: { value: '#REF!', column: 'Participants' } },
        { messageId: 'errorValue', sheet: 'Décisions', cell: 'D2', group: 'GT2', data: { value: '#VALUE!' } },
        { messageId: 'errorValue', sheet: 'Documents', cell: 'C2', data: { value: '#NUM!' } },
        { messageId: 'errorValue', sheet: 'PTF', cell: 'B2', data: { value: '#N/A' } },
        { messageId: 'errorValue', sheet: 'Paramètres', cell: 'B2', data: { value: '#DIV/0!' } },
      ],
    },
  ],
});

describe('data/error-value with the other data rules', () => {
  it('an error value is reported once: no data/required-value and no data/invalid-value on that cell', () => {
    const r = run(
      basicSheets({
        Membres: [['Groupe', 'PTF', 'Rôle', 'Début mandat'], ['GD-SANTE', '#N/A', '#REF!', '#VALUE!']],
        Calendrier: [['Date', 'Type', 'Statut'], ['#N/A', 'GEC', 'Tenue']],
      }),
      [rule, requiredValue, invalidValue],
    );
    expect(r.cells('data/error-value')).toEqual(['Membres!B2', 'Membres!C2', 'Membres!D2', 'Calendrier!A2']);
    expect(r.of('data/required-value')).toEqual([]);
    expect(r.of('data/invalid-value')).toEqual([]);
    // The row still reads: the unreadable fields are null and marked bad.
    const m = r.workbook.members!.rows[0];
    expect(m.partner).toBeNull();
    expect(m.role).toBeNull();
    expect(m.start).toBeNull();
    expect([...(m.bad ?? [])].sort()).toEqual(['partner', 'role', 'start']);
    expect(r.workbook.calendar!.rows[0].bad?.has('date')).toBe(true);
  });
});
