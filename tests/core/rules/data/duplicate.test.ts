import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/duplicate';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const membresHeader = ['Groupe', 'PTF', 'Rôle', 'Début mandat'];
const calendrier = [['Date', 'Type', 'Statut']];
const D = '2026-11-15';

ruleTester(rule, {
  valid: [
    {
      name: 'distinct keys; the same name under two types; blank IDs; the same PTF in two groups',
      date: D,
      sheets: {
        Groupes: [...groupes, ['CL-SANTE', 'Santé', 'Cluster', ''], ['GD-EAU', 'Eau', 'Groupe de dialogue', 'GT2'], ['GD-EAU2', 'Eau', 'Groupe de dialogue ad hoc', 'GT2']],
        Membres: [membresHeader, ['GD-SANTE', 'UE', 'Membre', ''], ['GD-EAU', 'UE', 'Membre', ''], ['GT2', 'UE', 'Membre', '']],
        Calendrier: [['ID', 'Date', 'Type', 'Statut'], ['R-1', '2026-03-01', 'GEC', 'Tenue'], ['', '2026-04-01', 'GEC', 'Tenue'], ['', '2026-05-01', 'GEC', 'Tenue'], ['R-2', '2026-06-01', 'GEC', 'Tenue']],
        'Décisions': [['ID', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['D-1', 'GT2', 'a', 'UE', '2026-12-01', 'Ouverte'], ['', 'GT2', 'b', 'UE', '2026-12-01', 'Ouverte'], ['', 'GT2', 'c', 'UE', '2026-12-01', 'Ouverte']],
        PTF: [['Sigle', 'Nom'], ['UE', 'Union européenne'], ['AFD', 'Agence française de développement']],
      },
      evaluated: 5 + 3 + 4 + 3 + 2,
    },
    {
      name: 'a current row and its planned successor for the same (Groupe, PTF) are not duplicates',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GT2', 'UE', 'Coordination - en exercice', '2025-11-15'], ['GT2', 'UE', 'Coordination - entrant', '2026-11-16']],
        Calendrier: calendrier,
      },
    },
    {
      name: 'a row starting on D is current, one starting the day after is planned',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GD-SANTE', 'UE', 'Membre', '2026-11-16'], ['GD-SANTE', 'UE', 'Membre', '2026-11-15']],
        Calendrier: calendrier,
      },
    },
  ],
  invalid: [
    {
      name: 'Groupes.Code repeated (compared normalised): the Code cell of each occurrence after the first',
      date: D,
      sheets: {
        Groupes: [...groupes, ['gd sante', 'Eau', 'Groupe de dialogue', 'GT2'], ['GD-SANTE', 'Education', 'Groupe de dialogue', 'GT2']],
        Membres: [membresHeader],
        Calendrier: calendrier,
      },
      errors: [
        { messageId: 'duplicate', sheet: 'Groupes', cell: 'A4', severity: 'error', data: { value: 'gd sante', firstRow: 3, column: 'Code' } },
        { messageId: 'duplicate', sheet: 'Groupes', cell: 'A5', data: { value: 'GD-SANTE', firstRow: 3 } },
      ],
      failed: 2,
    },
    {
      name: 'Groupes.Nom repeated within one Type (normalised): the Nom cell',
      date: D,
      sheets: {
        Groupes: [...groupes, ['GD-SANTE2', 'SANTÉ ', 'GD', 'GT2']],
        Membres: [membresHeader],
        Calendrier: calendrier,
      },
      errors: [{ messageId: 'duplicate', sheet: 'Groupes', cell: 'B4', group: 'GD-SANTE2', gt: 'GT2', data: { value: 'SANTÉ', firstRow: 3, column: 'Nom' } }],
    },
    {
      name: 'Calendrier.ID repeated',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader],
        Calendrier: [['Date', 'Type', 'Statut', 'ID'], ['2026-03-01', 'GEC', 'Tenue', 'R-1'], ['2026-04-01', 'GEC', 'Tenue', 'R-2'], ['2026-05-01', 'GEC', 'Tenue', 'r-1'], ['2026-06-01', 'GEC', 'Tenue', 'R-1']],
      },
      errors: [
        { messageId: 'duplicate', sheet: 'Calendrier', cell: 'D4', data: { value: 'r-1', firstRow: 2, column: 'ID' } },
        { messageId: 'duplicate', sheet: 'Calendrier', cell: 'D5', data: { value: 'R-1', firstRow: 2 } },
      ],
    },
    {
      name: 'Calendrier.ID as numbers',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader],
        Calendrier: [['N°', 'Date', 'Type', 'Statut'], [1, '2026-03-01', 'GEC', 'Tenue'], ['1', '2026-04-01', 'GEC', 'Tenue']],
      },
      errors: [{ messageId: 'duplicate', sheet: 'Calendrier', cell: 'A3', data: { value: '1', firstRow: 2 } }],
    },
    {
      name: 'Décisions.ID repeated',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader],
        Calendrier: calendrier,
        'Décisions': [['ID', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['D-1', 'GT2', 'a', 'UE', '2026-12-01', 'Ouverte'], ['D-1', 'GD-SANTE', 'b', 'UE', '2026-12-01', 'Ouverte']],
      },
      errors: [{ messageId: 'duplicate', sheet: 'Décisions', cell: 'A3', group: 'GD-SANTE', data: { value: 'D-1', firstRow: 2 } }],
    },
    {
      name: 'PTF.Sigle repeated',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader],
        Calendrier: calendrier,
        PTF: [['Sigle', 'Nom'], ['UE', 'Union européenne'], ['AFD', 'Agence française de développement'], ['ue', 'Délégation UE']],
      },
      errors: [{ messageId: 'duplicate', sheet: 'PTF', cell: 'A4', data: { value: 'ue', firstRow: 2 } }],
    },
    {
      name: '(Groupe, PTF) among the current rows: the PTF cell; the group written by code or by name',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [
          membresHeader,
          ['GD-SANTE', 'UE', 'Dialogue Leader', ''],
          ['GD-SANTE', 'AFD', 'Membre', ''],
          ['Santé', 'ue', 'Membre', '2026-01-01'],
          ['GD-SANTE', 'UE', 'Membre', 46341],
        ],
        Calendrier: calendrier,
      },
      errors: [
        { messageId: 'duplicatePair', sheet: 'Membres', cell: 'B4', group: 'GD-SANTE', gt: 'GT2', data: { value: 'ue', firstRow: 2 } },
        { messageId: 'duplicatePair', sheet: 'Membres', cell: 'B5', data: { value: 'UE', firstRow: 2 } },
      ],
      failed: 2,
    },
    {
      name: '(Groupe, PTF) among the planned rows, apart from the current ones',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [
          membresHeader,
          ['GT2', 'UE', 'Coordination - en exercice', ''],
          ['GT2', 'UE', 'Coordination - entrant', '2027-01-01'],
          ['GT2', 'UE', 'Coordination - sortant', '2028-01-01'],
        ],
        Calendrier: calendrier,
      },
      errors: [{ messageId: 'duplicatePair', sheet: 'Membres', cell: 'B4', group: 'GT2', gt: 'GT2', data: { value: 'UE', firstRow: 3 } }],
    },
    {
      name: 'with a PTF sheet, a Sigle and its Nom are the same partner',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [membresHeader, ['GD-SANTE', 'UE', 'Membre', ''], ['GD-SANTE', 'Union européenne', 'Membre', '']],
        Calendrier: calendrier,
        PTF: [['Sigle', 'Nom'], ['UE', 'Union européenne']],
      },
      errors: [{ messageId: 'duplicatePair', sheet: 'Membres', cell: 'B3', data: { value: 'Union européenne', firstRow: 2 } }],
    },
  ],
});
