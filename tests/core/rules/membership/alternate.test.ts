import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/membership/alternate';

type Row = (string | number | Date | null)[];
const GROUPES = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2'],
];
const HEADER = ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant', 'Début mandat'];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Row[], header: string[] = HEADER) {
  return { Groupes: GROUPES, Membres: [header, ...rows], Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'every current dialogue-group row names an alternate, another person',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'A. Traoré', 'M. Traoré', ''],
        ['AH-COVID', 'Canada', 'Dialogue Leader', 'C. Roy', 'D. Keita', '2026-11-15'],
      ]),
      evaluated: 2,
    },
    {
      name: 'planned rows and GT PTF rows are not checked',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'Belgique', 'Membre', 'E. Peeters', '', '2026-11-16'],
        ['GT2', 'UE', 'Coordination - en exercice', 'A. Traoré', '', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'an unreadable Suppléant is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'A. Traoré', '#REF!', '']]),
      evaluated: 0,
    },
    {
      name: 'without the Expert titulaire column, a filled alternate passes',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'A. Traoré']], ['Groupe', 'PTF', 'Rôle', 'Binôme']),
      evaluated: 1,
    },
    {
      name: 'no Suppléant column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', 'A. Traoré']], ['Groupe', 'PTF', 'Rôle', 'Expert titulaire']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a blank Suppléant',
      date: '2026-11-15',
      sheets: sheets([
        ['GD-SANTE', 'UE', 'Membre', 'A. Traoré', '', ''],
        ['GD-SANTE', 'OMS', 'Dialogue Leader', 'B. Diallo', 'F. Coulibaly', ''],
      ]),
      errors: [{ messageId: 'blank', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', gt: 'GT2', data: { partner: 'UE', group: 'Santé', expert: 'A. Traoré' } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'the same person as expert and alternate (normalised: case, accents, punctuation) (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([['AH-COVID', 'Canada', 'Membre', 'A. Traoré', 'a traore', '']]),
      errors: [{ messageId: 'same', sheet: 'Membres', cell: 'E2', group: 'AH-COVID', gt: 'GT2', data: { partner: 'Canada', group: 'Riposte Covid', person: 'a traore' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'blank alternate and blank expert together',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'UE', 'Membre', '', '', '']]),
      errors: [{ messageId: 'blank', sheet: 'Membres', cell: 'E2', group: 'GD-SANTE', data: { partner: 'UE', expert: '' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
