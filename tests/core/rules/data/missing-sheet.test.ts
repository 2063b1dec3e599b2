import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/missing-sheet';

const groupes = [
  ['Code', 'Nom', 'Type'],
  ['GT2', 'Capital humain', 'GT PTF'],
];
const membres = [['Groupe', 'PTF', 'Rôle']];
const calendrier = [['Date', 'Type', 'Statut']];

ruleTester(rule, {
  valid: [
    {
      name: 'the three required sheets under their French names',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Membres: membres, Calendrier: calendrier },
      evaluated: 3,
    },
    {
      name: 'English and alternative names, in another case and spacing',
      date: '2026-11-15',
      sheets: { ' GROUPS ': groupes, members: membres, 'Réunions': calendrier },
    },
    {
      name: 'a required sheet that is present but empty is not missing (its columns are data/missing-column)',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Membres: [], Calendrier: calendrier },
    },
    {
      name: 'the optional sheets may be absent',
      date: '2026-11-15',
      sheets: { Calendar: calendrier, Membres: membres, Groupes: groupes },
    },
  ],
  invalid: [
    {
      name: 'Membres absent: a workbook anchor (sheet and cell null)',
      date: '2026-11-15',
      sheets: { Groupes: groupes, Calendrier: calendrier },
      errors: [{ messageId: 'missingSheet', sheet: null, cell: null, group: null, gt: null, severity: 'error', data: { sheet: 'Membres', sheetEn: 'Members' } }],
      evaluated: 3,
      failed: 1,
    },
    {
      name: 'only optional sheets: the three required ones are missing, in the order Groupes, Membres, Calendrier',
      date: '2026-11-15',
      sheets: { PTF: [['Sigle'], ['UE']], Documents: [['Groupe', 'Type', 'Année']] },
      errors: [
        { messageId: 'missingSheet', sheet: null, cell: null, data: { sheet: 'Groupes' } },
        { messageId: 'missingSheet', sheet: null, cell: null, data: { sheet: 'Membres' } },
        { messageId: 'missingSheet', sheet: null, cell: null, data: { sheet: 'Calendrier' } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'a sheet whose name only contains a required name does not count',
      date: '2026-11-15',
      sheets: { Groupes: groupes, 'Membres 2025': membres, 'Calendrier (copie)': calendrier },
      errors: [
        { messageId: 'missingSheet', sheet: null, cell: null, data: { sheet: 'Membres' } },
        { messageId: 'missingSheet', sheet: null, cell: null, data: { sheet: 'Calendrier' } },
      ],
    },
  ],
});
