// scope.md: the structure rules with a Périmètre (a coordinator's one-GT workbook).
import { ruleTester } from '../../support/rule-tester';
import gtSet from '../../../core/rules/structure/gt-set';
import gdMissing from '../../../core/rules/structure/gd-missing';
import gdPlacement from '../../../core/rules/structure/gd-placement';
import type { Cell } from '../../../core/types';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement'];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''];
const GT3 = ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', ''];
const GT4 = ['GT4', 'Paix et sécurité', 'GT PTF', ''];
/** GT2's five reference dialogue groups (V). */
const GT2_GDS = [
  ['GD-POST-CONFLIT', 'Commission réhabilitation des zones post-conflit', 'Groupe de dialogue', 'GT2'],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2'],
  ['GD-EDUCATION', 'Education et formation professionnelle', 'Groupe de dialogue', 'GT2'],
  ['GD-PSSAN', 'Protection sociale, sécurité alimentaire et nutrition', 'Groupe de dialogue', 'GT2'],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: Cell[][]) {
  return { Groupes: [HEADER, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(gtSet, {
  valid: [
    {
      name: 'scope GT2: the one GT2 row is the whole expected set',
      date: '2026-11-15',
      sheets: sheets([GT2, ['CL-SANTE', 'Santé', 'Cluster', '']]),
      settings: [['Périmètre', 'GT2']],
      evaluated: 1,
    },
    {
      name: 'scope by name and English key, two GT: GT2 and GT4 rows',
      date: '2026-11-15',
      sheets: sheets([GT2, GT4]),
      settings: [['Scope', 'Capital humain; Paix et sécurité']],
      evaluated: 2,
    },
  ],
  invalid: [
    {
      name: 'scope GT2 and GT4: GT4 has no row',
      date: '2026-11-15',
      sheets: sheets([GT2]),
      settings: [['Périmètre', 'GT2, GT4']],
      errors: [{ messageId: 'missing', sheet: 'Groupes', cell: null, data: { gt: 'GT4' } }],
    },
    {
      name: 'scope GT2: a GT3 row belongs in another coordinator’s workbook',
      date: '2026-11-15',
      sheets: sheets([GT2, GT3]),
      settings: [['Périmètre', 'GT2']],
      errors: [{ messageId: 'outOfScope', cell: 'B3', group: 'GT3', gt: 'GT3', data: { gt: 'GT3', scope: ['GT2'] } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'an unknown Périmètre is no scope: all five expected',
      date: '2026-11-15',
      sheets: sheets([GT2]),
      settings: [['Périmètre', 'GT9']],
      errors: ['GT1', 'GT3', 'GT4', 'GT5'].map((gt) => ({ messageId: 'missing', cell: null, data: { gt } })),
    },
  ],
});

ruleTester(gdMissing, {
  valid: [
    {
      name: 'scope GT2: its five reference groups are all there; other GTs’ groups are not expected',
      date: '2026-11-15',
      sheets: sheets([GT2, ...GT2_GDS]),
      settings: [['Périmètre', 'GT2']],
      evaluated: 5,
    },
  ],
  invalid: [
    {
      name: 'scope GT2: one of its reference groups is missing, and only that one',
      date: '2026-11-15',
      sheets: sheets([GT2, ...GT2_GDS.slice(1)]),
      settings: [['Périmètre', 'GT2']],
      errors: [{ messageId: 'missing', cell: null, data: { code: 'GD-POST-CONFLIT', gt: 'GT2' } }],
      evaluated: 5,
    },
  ],
});

ruleTester(gdPlacement, {
  valid: [
    {
      name: 'scope GT2: its groups attached to GT2',
      date: '2026-11-15',
      sheets: sheets([GT2, ...GT2_GDS]),
      settings: [['Périmètre', 'GT2']],
      evaluated: 5,
    },
  ],
  invalid: [
    {
      name: 'scope GT2: a group attached to GT3 is out of scope (warning), any group',
      date: '2026-11-15',
      sheets: sheets([GT2, GT3, ['GD-MIGR', 'Migrations', 'Groupe de dialogue', 'GT3'], ['GD-X', 'Groupe local', 'Groupe de dialogue', 'GT3']]),
      settings: [['Périmètre', 'GT2']],
      errors: [
        { messageId: 'outOfScope', cell: 'D4', group: 'GD-MIGR', gt: 'GT3', severity: 'warning', data: { parentGt: 'GT3', scope: ['GT2'] } },
        { messageId: 'outOfScope', cell: 'D5', group: 'GD-X', gt: 'GT3' },
      ],
    },
    {
      name: 'scope GT2 and GT4: a GT2 reference group attached to GT4 (in scope) is still misplaced',
      date: '2026-11-15',
      sheets: sheets([GT2, GT4, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT4']]),
      settings: [['Périmètre', 'GT2; GT4']],
      errors: [{ messageId: 'misplaced', cell: 'D4', group: 'GD-SANTE', data: { parentGt: 'GT4', expected: 'GT2' } }],
    },
  ],
});
