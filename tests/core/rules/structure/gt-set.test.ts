import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gt-set';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement'];
const GT1 = ['GT1', 'Economie inclusive et durable', 'GT PTF', ''];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''];
const GT3 = ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', ''];
const GT4 = ['GT4', 'Paix et sécurité', 'GT PTF', ''];
const GT5 = ['GT5', "Protection de l'environnement", 'GT PTF', ''];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][]) {
  return { Groupes: [HEADER, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'the five reference GT, by code',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT3, GT4, GT5, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2']]),
      evaluated: 5,
    },
    {
      name: 'the five reference GT matched by name or alias, with workbook codes and the type alias GT',
      date: '2026-11-15',
      sheets: sheets([
        ['ECO', 'Economie inclusive et durable', 'GT', ''],
        ['CH', 'Capital humain', 'Groupe thématique', ''],
        ['GOUV', 'Gouvernance', 'GT PTF', ''],
        ['PAIX', 'Peace and security', 'GT PTF', ''],
        ['ENV', 'Environnement', 'GT PTF', ''],
      ]),
      evaluated: 5,
    },
    {
      name: 'dialogue groups and clusters are not GT PTF rows',
      date: '2026-11-15',
      sheets: sheets([
        GT1, GT2, GT3, GT4, GT5,
        ['GD-MIGR', 'Migrations', 'Groupe de dialogue', 'GT3'],
        ['CL-SANTE', 'Santé', 'Cluster', ''],
      ]),
      evaluated: 5,
    },
    {
      name: 'no Groupes sheet: nothing evaluated (data/missing-sheet says it)',
      date: '2026-11-15',
      sheets: { Membres: MEMBRES, Calendrier: CALENDRIER },
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a reference GT with no GT PTF row',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT4, GT5]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: null, group: null, gt: null, data: { gt: 'GT3', name: 'Développement institutionnel et gouvernance' } },
      ],
      evaluated: 5,
      failed: 1,
    },
    {
      name: 'a reference GT that is only a dialogue group is missing',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT3, GT5, ['GT4', 'Paix et sécurité', 'Groupe de dialogue', 'GT3']]),
      errors: [{ messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT4', name: 'Paix et sécurité' } }],
      evaluated: 5,
      failed: 1,
    },
    {
      name: 'no GT PTF at all: five findings, GT1 to GT5',
      date: '2026-11-15',
      sheets: sheets([['GD-SANTE', 'Santé', 'Groupe de dialogue', '']]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT1', name: 'Economie inclusive et durable' } },
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT2' } },
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT3' } },
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT4' } },
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT5', name: "Protection de l'environnement" } },
      ],
      evaluated: 5,
      failed: 5,
    },
    {
      name: 'a GT PTF row that matches no reference GT',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT3, GT4, GT5, ['GT6', 'Migrations et mobilité', 'GT PTF', '']]),
      errors: [
        { messageId: 'unknown', sheet: 'Groupes', cell: 'B7', group: 'GT6', gt: 'GT6', data: { group: 'Migrations et mobilité', code: 'GT6' } },
      ],
      evaluated: 6,
      failed: 1,
    },
    {
      name: 'a GT PTF row named after a dialogue group matches no reference GT',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT3, GT4, GT5, ['SANTE', 'Santé', 'GT PTF', '']]),
      errors: [{ messageId: 'unknown', sheet: 'Groupes', cell: 'B7', group: 'SANTE', data: { group: 'Santé' } }],
      evaluated: 6,
      failed: 1,
    },
    {
      name: 'a second row matching a reference GT already matched (by alias)',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, GT3, GT4, GT5, ['CH-BIS', 'Capital humain', 'GT PTF', '']]),
      errors: [
        {
          messageId: 'duplicate',
          sheet: 'Groupes',
          cell: 'B7',
          group: 'CH-BIS',
          gt: 'GT2',
          data: { group: 'Capital humain', gt: 'GT2', first: 'Développement du capital humain et inclusion sociale', firstRow: 3 },
        },
      ],
      evaluated: 6,
      failed: 1,
    },
    {
      name: 'missing, unknown and duplicate together, workbook anchor first (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        GT1,
        ['PAIX', 'Paix et sécurité', 'GT PTF', ''],
        GT2,
        ['GT-PTF-4', 'Sécurité', 'GT PTF', ''],
        ['X', 'Divers', 'GT PTF', ''],
        GT5,
      ]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT3' } },
        { messageId: 'duplicate', sheet: 'Groupes', cell: 'B5', group: 'GT-PTF-4', gt: 'GT4', data: { gt: 'GT4', first: 'Paix et sécurité', firstRow: 3 } },
        { messageId: 'unknown', sheet: 'Groupes', cell: 'B6', group: 'X', gt: 'X', data: { group: 'Divers' } },
      ],
      evaluated: 7,
      failed: 3,
    },
  ],
});
