import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gd-placement';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement'];
const GT1 = ['GT1', 'Economie inclusive et durable', 'GT PTF', ''];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''];
const GT3 = ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', ''];
const GT4 = ['GT4', 'Paix et sécurité', 'GT PTF', ''];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][]) {
  return { Groupes: [HEADER, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'reference dialogue groups under the GT of the TdR table (by code, name or alias)',
      date: '2026-11-15',
      sheets: sheets([
        GT1, GT2, GT3, GT4,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
        ['JUST', 'Justice et Etat de droit', 'Groupe de dialogue', 'GT3'],
        ['SEC', 'Internal security', 'Groupe de dialogue', 'Paix et sécurité'],
        ['FEM', 'Autonomisation des femmes', 'Groupe de dialogue', 'GT1'],
      ]),
      evaluated: 4,
    },
    {
      name: 'a dialogue group that matches no reference GD is not placed by the table',
      date: '2026-11-15',
      sheets: sheets([GT1, ['GD-MIGR', 'Migrations et mobilité', 'Groupe de dialogue', 'GT1']]),
      evaluated: 0,
    },
    {
      name: 'a GT PTF that matches no reference GT, or a blank or unknown parent: skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['GT6', 'Migrations', 'GT PTF', ''],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT6'],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', ''],
        ['GD-PSSAN', 'PSSAN', 'Groupe de dialogue', 'GT9'],
      ]),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'Santé attached to GT1 instead of GT2',
      date: '2026-11-15',
      sheets: sheets([GT1, GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT1']]),
      errors: [
        {
          messageId: 'misplaced',
          sheet: 'Groupes',
          cell: 'D4',
          group: 'GD-SANTE',
          gt: 'GT1',
          data: {
            group: 'Santé',
            parent: 'Economie inclusive et durable',
            parentGt: 'GT1',
            expected: 'GT2',
            expectedName: 'Développement du capital humain et inclusion sociale',
            gd: 'GD-SANTE',
          },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'matched by alias, attached by name to a workbook-coded GT row that matches GT3',
      date: '2026-11-15',
      sheets: sheets([['GOUV', 'Gouvernance', 'GT PTF', ''], ['S', 'Health', 'Groupe de dialogue', 'Gouvernance']]),
      errors: [
        { messageId: 'misplaced', sheet: 'Groupes', cell: 'D3', group: 'S', gt: 'GT3', data: { group: 'Health', parent: 'Gouvernance', parentGt: 'GT3', expected: 'GT2' } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'an ad hoc group that matches a reference GD is checked too (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([GT3, GT4, ['AH-SEC', 'Sécurité intérieure', 'Groupe de dialogue ad hoc', 'GT3']]),
      errors: [
        { messageId: 'misplaced', sheet: 'Groupes', cell: 'D4', group: 'AH-SEC', gt: 'GT3', data: { expected: 'GT4', expectedName: 'Paix et sécurité' } },
      ],
      evaluated: 1,
      failed: 1,
    },
  ],
});
