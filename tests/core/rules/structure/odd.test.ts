import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/odd';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'ODD'];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const GT2_NAME = 'Développement du capital humain et inclusion sociale';

function sheets(rows: (string | number)[][], header: string[] = HEADER) {
  return { Groupes: [header, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'GT PTF within their reference lists, in the accepted writings',
      date: '2026-11-15',
      sheets: sheets([
        ['GT1', 'Economie inclusive et durable', 'GT PTF', '', '', '7, 8, 9'],
        ['GT2', GT2_NAME, 'GT PTF', '', '', 'ODD 3; ODD4'],
        ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', '', '', 16],
        ['GT5', "Protection de l'environnement", 'GT PTF', '', '', 'SDG 15 / SDG 17'],
      ]),
      evaluated: 4,
    },
    {
      name: 'GT4 has no reference ODD, and a GT PTF matching no reference GT has none: skipped',
      date: '2026-11-15',
      sheets: sheets([
        ['GT4', 'Paix et sécurité', 'GT PTF', '', '', '16'],
        ['GT6', 'Migrations', 'GT PTF', '', '', '10'],
      ]),
      evaluated: 0,
    },
    {
      name: "a dialogue group within its GT row's list, which is used instead of the reference list",
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', GT2_NAME, 'GT PTF', '', '', '3; 6'],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', '6'],
      ]),
      evaluated: 2,
    },
    {
      name: "a dialogue group within its GT's reference list when the GT's cell is blank",
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', GT2_NAME, 'GT PTF', '', '', ''],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', 'ODD 3'],
        ['AH-COVID', 'Riposte Covid', 'Groupe de dialogue ad hoc', 'GT2', '', '3, 10'],
      ]),
      evaluated: 2,
    },
    {
      name: 'skipped: blank ODD, no resolved GT, GT4 with a blank cell, an unreadable ODD or GT ODD',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', GT2_NAME, 'GT PTF', '', '', ''],
        ['GT3', 'Gouvernance', 'GT PTF', '', '', '#N/A'],
        ['GT4', 'Paix et sécurité', 'GT PTF', '', '', ''],
        ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', '', ''],
        ['GD-MIGR', 'Migrations', 'Groupe de dialogue', '', '', '13'],
        ['GD-SECURITE', 'Sécurité intérieure', 'Groupe de dialogue', 'GT4', '', '16'],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', '#N/A'],
        ['GD-JUSTICE', 'Justice et Etat de droit', 'Groupe de dialogue', 'GT3', '', '13'],
      ]),
      evaluated: 0,
    },
    {
      name: 'no ODD column: nothing listed',
      date: '2026-11-15',
      sheets: sheets([['GT1', 'Economie inclusive et durable', 'GT PTF', '']], HEADER.slice(0, 4)),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a GT PTF listing ODD outside its reference list (each once, as listed)',
      date: '2026-11-15',
      sheets: sheets([['GT1', 'Economie inclusive et durable', 'GT PTF', '', '', 'ODD 7, ODD 13, ODD 1, 13']]),
      errors: [
        { messageId: 'gt', sheet: 'Groupes', cell: 'F2', group: 'GT1', gt: 'GT1', data: { group: 'Economie inclusive et durable', odd: ['13', '1'], allowed: ['7', '8', '9'] } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: "a dialogue group listing an ODD outside its GT row's list",
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', GT2_NAME, 'GT PTF', '', '', '3, 6'],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', '3; 4'],
      ]),
      errors: [
        { messageId: 'dialogue', sheet: 'Groupes', cell: 'F3', group: 'GD-SANTE', gt: 'GT2', data: { group: 'Santé', parent: GT2_NAME, odd: ['4'], allowed: ['3', '6'] } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: "a dialogue group listing an ODD outside its GT's reference list (the GT's cell is blank) (in English)",
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['GT3', 'Gouvernance', 'GT PTF', '', '', ''],
        ['GD-JUSTICE', 'Justice et Etat de droit', 'Groupe de dialogue', 'GT3', '', '16, 5'],
      ]),
      errors: [
        { messageId: 'dialogueReference', sheet: 'Groupes', cell: 'F3', group: 'GD-JUSTICE', gt: 'GT3', data: { group: 'Justice et Etat de droit', parent: 'Gouvernance', odd: ['5'], allowed: ['16', '17'] } },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a dialogue group of a GT4 row that lists its own ODD is compared with that list',
      date: '2026-11-15',
      sheets: sheets([
        ['GT4', 'Paix et sécurité', 'GT PTF', '', '', '16'],
        ['GD-SECURITE', 'Sécurité intérieure', 'Groupe de dialogue', 'GT4', '', '16, 5'],
      ]),
      errors: [{ messageId: 'dialogue', sheet: 'Groupes', cell: 'F3', group: 'GD-SECURITE', gt: 'GT4', data: { odd: ['5'], allowed: ['16'] } }],
      evaluated: 1,
      failed: 1,
    },
  ],
});
