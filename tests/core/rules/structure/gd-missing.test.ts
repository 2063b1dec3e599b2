import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gd-missing';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement'];
const GTS = [
  ['GT1', 'Economie inclusive et durable', 'GT PTF', ''],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', ''],
  ['GT4', 'Paix et sécurité', 'GT PTF', ''],
  ['GT5', "Protection de l'environnement", 'GT PTF', ''],
];
const GDS: [string, string, string][] = [
  ['GD-FEMMES', 'Autonomisation des femmes', 'GT1'],
  ['GD-SECTEUR-PRIVE', 'Développement du secteur privé', 'GT1'],
  ['GD-ECO-RURALE', 'Economie agricole et rurale / Irrigation / Elevage / Pêche', 'GT1'],
  ['GD-ECOFIN', 'Economie et finances / Statistiques', 'GT1'],
  ['GD-POST-CONFLIT', 'Commission réhabilitation des zones post-conflit', 'GT2'],
  ['GD-EAU', 'Eau et assainissement', 'GT2'],
  ['GD-EDUCATION', 'Education et formation professionnelle', 'GT2'],
  ['GD-PSSAN', 'Protection sociale, sécurité alimentaire et nutrition', 'GT2'],
  ['GD-SANTE', 'Santé', 'GT2'],
  ['GD-DECENTRALISATION', 'Décentralisation et développement institutionnel', 'GT3'],
  ['GD-DEMOCRATIE', 'Processus démocratique et organisation de la société civile', 'GT3'],
  ['GD-JUSTICE', 'Justice et Etat de droit', 'GT3'],
  ['GD-SECURITE', 'Sécurité intérieure', 'GT4'],
  ['GD-ENVIRONNEMENT', 'Environnement et changements climatiques', 'GT5'],
];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][]) {
  return { Groupes: [HEADER, ...GTS, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}
const gdRows = (except: string[] = []) =>
  GDS.filter(([code]) => !except.includes(code)).map(([code, name, gt]) => [code, name, 'Groupe de dialogue', gt]);

ruleTester(rule, {
  valid: [
    {
      name: 'the 14 reference dialogue groups, by code',
      date: '2026-11-15',
      sheets: sheets(gdRows()),
      evaluated: 14,
    },
    {
      name: 'matched by name or alias with workbook codes; ad hoc rows count too',
      date: '2026-11-15',
      sheets: sheets([
        ...gdRows(['GD-SANTE', 'GD-JUSTICE', 'GD-PSSAN']),
        ['S', 'Health', 'Groupe de dialogue', 'GT2'],
        ['J', 'Lutte contre la corruption', 'GD', 'GT3'],
        ['P', 'PSSAN', 'Groupe de dialogue ad hoc', 'GT2'],
      ]),
      evaluated: 14,
    },
  ],
  invalid: [
    {
      name: 'a reference dialogue group that no row matches (merged elsewhere: info)',
      date: '2026-11-15',
      sheets: sheets(gdRows(['GD-SECTEUR-PRIVE'])),
      errors: [
        {
          messageId: 'missing',
          sheet: 'Groupes',
          cell: null,
          group: null,
          gt: null,
          data: { code: 'GD-SECTEUR-PRIVE', name: 'Développement du secteur privé', gt: 'GT1' },
        },
      ],
      evaluated: 14,
      failed: 1,
    },
    {
      name: 'a cluster or a GT PTF with the name of a dialogue group is not that dialogue group (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ...gdRows(['GD-SANTE', 'GD-EDUCATION']),
        ['CL-SANTE', 'Santé', 'Cluster', ''],
        ['EDU', 'Education', 'GT PTF', ''],
      ]),
      errors: [
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { code: 'GD-EDUCATION', name: 'Education et formation professionnelle', gt: 'GT2' } },
        { messageId: 'missing', sheet: 'Groupes', cell: null, data: { code: 'GD-SANTE', name: 'Santé', gt: 'GT2' } },
      ],
      evaluated: 14,
      failed: 2,
    },
    {
      name: 'no dialogue group at all: 14 findings in the order of the table',
      date: '2026-11-15',
      sheets: sheets([]),
      errors: GDS.map(([code, name, gt]) => ({ messageId: 'missing', sheet: 'Groupes', cell: null, data: { code, name, gt } })),
      evaluated: 14,
      failed: 14,
    },
  ],
});
