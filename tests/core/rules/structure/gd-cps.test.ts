import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gd-cps';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS'];
const GT2 = ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', '', ''];
const GT3 = ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', '', ''];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];

function sheets(rows: string[][], header: string[] = HEADER) {
  return { Groupes: [header, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'dialogue groups name their CPS (code, Malian acronym or prefixed name); GT PTF are not checked',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        GT3,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CPS-SSDSPF'],
        ['GD-EDUCATION', 'Education et formation professionnelle', 'Groupe de dialogue', 'GT2', 'CPS/EDU'],
        ['GD-JUSTICE', 'Justice et Etat de droit', 'Groupe de dialogue', 'GT3', 'CPS Justice'],
      ]),
      evaluated: 3,
    },
    {
      name: 'an ad hoc dialogue group needs no CPS',
      date: '2026-11-15',
      sheets: sheets([GT3, ['AH-ELECT', 'Elections 2026', 'Groupe de dialogue ad hoc', 'GT3', '']]),
      evaluated: 0,
    },
    {
      name: 'an unreadable CPS is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '#N/A']]),
      evaluated: 0,
    },
    {
      name: 'no CPS column: the rule is skipped without a finding (optional column)',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF', ''], ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2']], HEADER.slice(0, 4)),
      evaluated: 0,
    },
    {
      name: 'no dialogue group has its CPS yet (a fresh template): data/empty-sheet says it once, not per group',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', ''],
        ['AH-ELECT', 'Elections 2026', 'Groupe de dialogue ad hoc', 'GT2', 'CPS-SEEUDE'],
      ]),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a dialogue group with a blank CPS',
      date: '2026-11-15',
      sheets: sheets([
        GT2,
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', 'CPS-SEEUDE'],
      ]),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'E3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé' } }],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'a dialogue group without a GT, found under the CPS homologue header (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([['GD-MIGR', 'Migrations', 'GD', '', '']], ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS homologue']),
      errors: [{ messageId: 'blank', sheet: 'Groupes', cell: 'E2', group: 'GD-MIGR', gt: null, data: { group: 'Migrations' } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
