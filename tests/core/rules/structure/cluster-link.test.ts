import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/cluster-link';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'];
const GT1 = ['GT1', 'Economie inclusive et durable', 'GT PTF', '', ''];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', '', ''];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][], header: string[] = HEADER) {
  return { Groupes: [header, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'the four dialogue groups with a default cluster name their clusters (code, name, alias, Groupes row)',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CL-SANTE'],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', 'WASH'],
        ['GD-EDUCATION', 'Education et formation professionnelle', 'Groupe de dialogue', 'GT2', 'Cluster Education'],
        ['GD-PSSAN', 'PSSAN', 'Groupe de dialogue', 'GT2', 'Sécurité alimentaire; CL-NUT'],
        ['CL-NUT', 'Nutrition', 'Cluster', '', ''],
      ]),
      evaluated: 4,
    },
    {
      name: 'dialogue groups without a default cluster may leave it blank',
      date: '2026-11-15',
      sheets: sheets([
        GT1,
        GT2,
        ['GD-FEMMES', 'Autonomisation des femmes', 'Groupe de dialogue', 'GT1', ''],
        ['GD-POST-CONFLIT', 'Commission réhabilitation des zones post-conflit', 'Groupe de dialogue', 'GT2', ''],
        ['GD-MIGR', 'Migrations', 'Groupe de dialogue', 'GT2', ''],
      ]),
      evaluated: 0,
    },
    {
      name: 'a cluster or GT PTF row named like a theme is not a dialogue group',
      date: '2026-11-15',
      sheets: sheets([['SANTE', 'Santé', 'Cluster', '', ''], ['EDU', 'Education', 'GT PTF', '', '']]),
      evaluated: 0,
    },
    {
      name: 'an unreadable Cluster lié is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '#N/A']]),
      evaluated: 0,
    },
    {
      name: 'no Cluster lié column: the rule is skipped without a finding (optional column)',
      date: '2026-11-15',
      sheets: sheets([GT2.slice(0, 4), ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2']], HEADER.slice(0, 4)),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'Santé with a blank Cluster lié',
      date: '2026-11-15',
      sheets: sheets([GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '']]),
      errors: [
        { messageId: 'blank', sheet: 'Groupes', cell: 'E3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', clusters: ['Santé'], codes: ['CL-SANTE'] } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'PSSAN (two default clusters), Eau and Education, matched by name or alias, blank (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        GT2,
        ['PS', 'Protection sociale, sécurité alimentaire et nutrition', 'Groupe de dialogue', 'GT2', ''],
        ['EA', 'Water and sanitation', 'Groupe de dialogue', 'GT2', ''],
        ['ED', 'Education', 'Groupe de dialogue ad hoc', 'GT2', ''],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CL-SANTE'],
      ]),
      errors: [
        { messageId: 'blank', sheet: 'Groupes', cell: 'E3', group: 'PS', gt: 'GT2', data: { clusters: ['Sécurité alimentaire', 'Nutrition'], codes: ['CL-SECAL', 'CL-NUTRITION'] } },
        { messageId: 'blank', sheet: 'Groupes', cell: 'E4', group: 'EA', data: { group: 'Water and sanitation', codes: ['CL-WASH'] } },
        { messageId: 'blank', sheet: 'Groupes', cell: 'E5', group: 'ED', data: { group: 'Education', codes: ['CL-EDUCATION'] } },
      ],
      evaluated: 4,
      failed: 3,
    },
    {
      name: 'the column found under the alias Clusters liés; no GT: gt null',
      date: '2026-11-15',
      sheets: sheets([['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', '', '']], ['Code', 'Nom', 'Type', 'GT de rattachement', 'Clusters liés']),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'E2', group: 'GD-EAU', gt: null }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
