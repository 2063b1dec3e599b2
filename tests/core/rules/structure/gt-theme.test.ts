import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/structure/gt-theme';

const HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement', 'Thématique portée', 'Résultats attendus'];
const MEMBRES = [['Groupe', 'PTF', 'Rôle']];
const CALENDRIER = [['Date', 'Type', 'Statut']];
const THEME = 'Financement de la couverture sanitaire universelle';
const RESULTS = 'Budget santé porté à 10 % en 2027';

function sheets(rows: string[][], header: string[] = HEADER) {
  return { Groupes: [header, ...rows], Membres: MEMBRES, Calendrier: CALENDRIER };
}

ruleTester(rule, {
  valid: [
    {
      name: 'GT PTF rows carry a theme and expected results; dialogue groups are not checked',
      date: '2026-11-15',
      sheets: sheets([
        ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', '', THEME, RESULTS],
        ['GT5', "Protection de l'environnement", 'GT PTF', '', 'Adaptation', 'Plan national adopté'],
        ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', '', ''],
      ]),
      evaluated: 2,
    },
    {
      name: 'neither column: the rule is skipped without a finding (optional columns)',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF', '']], HEADER.slice(0, 4)),
      evaluated: 0,
    },
    {
      name: 'only the Thématique column (alias Enjeu), filled: the absent Résultats column is not checked',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF', '', THEME]], ['Code', 'Nom', 'Type', 'GT de rattachement', 'Enjeu']),
      evaluated: 1,
    },
    {
      name: 'both cells unreadable: the row is skipped, not counted',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF', '', '#N/A', '#REF!']]),
      evaluated: 0,
    },
    {
      name: 'neither column filled by any GT yet (a fresh template): data/empty-sheet says it once per column',
      date: '2026-11-15',
      sheets: sheets([
        ['GT1', 'Economie inclusive et durable', 'GT PTF', '', '', ''],
        ['GT2', 'Capital humain', 'GT PTF', '', '', ''],
      ]),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a blank Thématique portée',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', '', '', RESULTS]]),
      errors: [{ messageId: 'theme', sheet: 'Groupes', cell: 'E2', group: 'GT2', gt: 'GT2', data: { group: 'Développement du capital humain et inclusion sociale' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'a blank Résultats attendus',
      date: '2026-11-15',
      sheets: sheets([['GT1', 'Economie inclusive et durable', 'GT PTF', '', 'Emploi des jeunes', '']]),
      errors: [{ messageId: 'results', sheet: 'Groupes', cell: 'F2', group: 'GT1', gt: 'GT1', data: { group: 'Economie inclusive et durable' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'both blank: one finding per cell, one failed item (in English)',
      date: '2026-11-15',
      language: 'en', // English messages filled too
      sheets: sheets([
        ['GT3', 'Gouvernance', 'GT PTF', '', '', ''],
        ['GT4', 'Paix et sécurité', 'GT PTF', '', 'Sécurité humaine', 'Stratégie adoptée'],
      ]),
      errors: [
        { messageId: 'theme', sheet: 'Groupes', cell: 'E2', group: 'GT3', gt: 'GT3', data: { group: 'Gouvernance' } },
        { messageId: 'results', sheet: 'Groupes', cell: 'F2', group: 'GT3', gt: 'GT3', data: { group: 'Gouvernance' } },
      ],
      evaluated: 2,
      failed: 1,
    },
    {
      name: 'an unreadable theme is not checked, the blank results still are',
      date: '2026-11-15',
      sheets: sheets([['GT2', 'Capital humain', 'GT PTF', '', '#N/A', '']]),
      errors: [{ messageId: 'results', sheet: 'Groupes', cell: 'F2', group: 'GT2' }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'only the Résultats column (alias Expected results), blank; a GT matching no reference keeps its code',
      date: '2026-11-15',
      sheets: sheets([['GT6', 'Migrations', 'GT PTF', '', '']], ['Code', 'Nom', 'Type', 'GT de rattachement', 'Expected results']),
      errors: [{ messageId: 'results', sheet: 'Groupes', cell: 'E2', group: 'GT6', gt: 'GT6', data: { group: 'Migrations' } }],
      evaluated: 1,
      failed: 1,
    },
    {
      name: 'no GT has its results yet but one has its theme: the theme column keeps its per-GT finding',
      date: '2026-11-15',
      sheets: sheets([
        ['GT1', 'Economie inclusive et durable', 'GT PTF', '', 'Emploi des jeunes', ''],
        ['GT2', 'Capital humain', 'GT PTF', '', '', ''],
      ]),
      errors: [{ messageId: 'theme', sheet: 'Groupes', cell: 'E3', group: 'GT2' }],
      evaluated: 2,
      failed: 1,
    },
  ],
});
