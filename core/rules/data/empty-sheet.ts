import type { Rule } from '../rule';
import type { SheetKey } from '../../workbook/model';

// presentation.md §6: a sheet that is there but has no rows yet (a fresh template) is said once,
// with what to fill, in place of a finding per group from every rule that reads it (the engine
// skips those rules: core/engine.ts, EMPTY_SHEET_KEYS). Items: the Membres, Calendrier and
// Documents sheets that are present.
const SHEETS: readonly SheetKey[] = ['members', 'calendar', 'documents'];

const rule: Rule = {
  id: 'data/empty-sheet',
  area: 'data',
  tdr: '—',
  title: { fr: 'Feuille encore vide', en: 'Sheet still empty' },
  quote: [],
  defaultSeverity: 'info',
  description: {
    fr: 'Les feuilles Membres, Calendrier et Documents ont des lignes ; vides, les règles qui les lisent attendent.',
    en: 'The Members, Calendar and Documents sheets have rows; while one is empty, the rules that read it wait.',
  },
  messages: {
    members: {
      fr: 'La feuille « {sheet} » est encore vide : les contrôles de la coordination, des Dialogue Leaders, des experts et des points focaux Nexus attendent ses lignes.',
      en: 'The "{sheet}" sheet is still empty: the checks of the coordination, Dialogue Leaders, experts and Nexus focal points wait for its rows.',
    },
    calendar: {
      fr: 'La feuille « {sheet} » est encore vide : les contrôles des réunions (rythme, ordre du jour, compte rendu, participation) attendent ses lignes.',
      en: 'The "{sheet}" sheet is still empty: the meeting checks (rhythm, agenda, minutes, attendance) wait for its rows.',
    },
    documents: {
      fr: 'La feuille « {sheet} » est encore vide : les contrôles des TdR, programmes de travail, bilans et priorités annuelles attendent ses lignes.',
      en: 'The "{sheet}" sheet is still empty: the checks of the ToR, work plans, reports and annual priorities wait for its rows.',
    },
  },
  suggestions: {
    members: {
      fr: 'Commencez par là : une ligne par PTF et par groupe, avec son rôle, son expert titulaire et son suppléant (voir Lisez-moi).',
      en: 'Start here: one row per partner and group, with its role, primary expert and alternate (see Read me).',
    },
    calendar: {
      fr: 'Inscrivez les réunions tenues et prévues : date, type, statut, groupe (voir Lisez-moi).',
      en: 'Enter the meetings held and planned: date, type, status, group (see Read me).',
    },
    documents: {
      fr: 'Inscrivez les TdR, programmes de travail, bilans et priorités transmis, avec leur année (voir Lisez-moi).',
      en: 'Enter the ToR, work plans, reports and priorities sent, with their year (see Read me).',
    },
  },
  settings: [],
  check(context) {
    for (const key of SHEETS) {
      const table = context.workbook[key];
      if (!table) continue; // absent: data/missing-sheet (or an optional sheet)
      // No header either: data/missing-column says what to write first.
      if (Object.values(table.columns).every((c) => c === undefined)) continue;
      const item = `sheet:${table.sheet}`;
      context.evaluate(item, null);
      if (table.rows.length === 0) {
        context.report({ item, messageId: key, data: { sheet: table.sheet }, sheet: table.sheet, row: null, col: null, group: null });
      }
    }
  },
};
export default rule;
