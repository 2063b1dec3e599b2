import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gd-parent';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement'];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''];
const GT3 = ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', ''];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][], header: string[] = HEADER) {
  return { Groupes: [header, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'dialogue groups and ad hoc groups name their GT (code or name); GT PTF and clusters are not checked',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        GT3,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
        ['GD-JUSTICE', 'Justice et Etat de droit', 'GD', 'Développement institutionnel et gouvernance'],
        ['AH-ELECT', 'Elections 2026', 'Groupe de dialogue ad hoc', 'GT3'],
        ['CL-SANTE', 'Santé', 'Cluster', ''],
      ]),
      evaluated: 3,
    },
    {
      name: 'a GT de rattachement that names no GT PTF, or a dialogue group, is not blank: skipped (data/* says it)',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT9'],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GD-SANTE'],
      ]),
      evaluated: 0,
    },
    {
      name: 'an unreadable GT de rattachement is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', '#N/A']]),
      evaluated: 0,
    },
    {
      name: 'no dialogue group: nothing evaluated',
      date: '2026-11-15',
      sheets: sheets([GT2, GT3]),
      evaluated: 0,
    },
    {
      name: 'no GT de rattachement column: the rule stops (data/missing-column says it)',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF'], ['GD-SANTE', 'Santé', 'Groupe de dialogue']], ['Code', 'Nom', 'Type']),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a dialogue group with a blank GT de rattachement',
      date: '2026-11-15',
      sheets: sheets([GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', ''], ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2']]),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'D3', group: 'GD-SANTE', gt: null, data: { group: 'Santé' } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'an ad hoc dialogue group with a blank GT de rattachement (IV.14), written Adhoc (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([GT3, ['AH-ELECT', 'Elections 2026', 'Adhoc', '   ']]),
      errors: [{ messageId: 'blankAdhoc', sheet: 'Groupes', cell: 'D3', group: 'AH-ELECT', gt: null, data: { group: 'Elections 2026' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a deprecated SGT row is a dialogue group; a blank Nom gives the code',
      date: '2026-11-15',
      sheets: sheets([GT2, ['SGT-NUT', '', 'SGT', '']]),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'D3', group: 'SGT-NUT', data: { group: 'SGT-NUT' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'the column found under an alias (Parent GT), in another position',
      date: '2026-11-15',
      sheets: sheets(
        [['Santé', 'GD-SANTE', '', 'Groupe de dialogue'], ['Capital humain', 'GT2', '', 'GT PTF']],
        ['Nom', 'Code', 'Parent GT', 'Type'],
      ),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'C2', group: 'GD-SANTE', data: { group: 'Santé' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
