import type { Rule } from '../rule';
import type { SheetKey } from '../../workbook/model';
import { columnLabel, emptyGroupColumns } from './empty-columns';

// presentation.md §6: a sheet that is there but has no rows yet (a fresh template) is said once,
// with what to fill, in place of a finding per group from every rule that reads it (the engine
// skips those rules: core/engine.ts, EMPTY_SHEET_KEYS). Items: the Membres, Calendrier and
// Documents sheets that are present. Likewise, while Membres is still empty (a register not
// started), a Groupes column that no group has filled yet (Thématique portée, Résultats attendus,
// CPS: empty-columns.ts), once at its header cell in place of a finding per group from
// structure/gt-theme or structure/gd-cps. Items: those columns.
const SHEETS: readonly SheetKey[] = ['members', 'calendar', 'documents'];

const rule: Rule = {
  id: 'data/empty-sheet',
  area: 'data',
  tdr: '—',
  title: { fr: 'Feuille ou colonne encore vide', en: 'Sheet or column still empty' },
  quote: [],
  defaultSeverity: 'info',
  description: {
    fr: 'Les feuilles Membres, Calendrier et Documents ont des lignes ; vides, les règles qui les lisent attendent. Tant que Membres est vide, les colonnes Thématique portée, Résultats attendus et CPS de Groupes qu’aucun groupe n’a remplies sont signalées une fois chacune.',
    en: 'The Members, Calendar and Documents sheets have rows; while one is empty, the rules that read it wait. While Members is empty, the Groups columns Theme, Expected results and CPS that no group has filled are reported once each.',
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
    theme: {
      fr: 'La colonne « {columnFr} » de la feuille « {sheet} » est encore vide : aucun GT PTF n’indique la thématique qu’il porte.',
      en: 'The "{columnEn}" column of the "{sheet}" sheet is still empty: no GT PTF states the theme it carries.',
    },
    results: {
      fr: 'La colonne « {columnFr} » de la feuille « {sheet} » est encore vide : aucun GT PTF n’indique les résultats concrets attendus.',
      en: 'The "{columnEn}" column of the "{sheet}" sheet is still empty: no GT PTF states the concrete results expected.',
    },
    cps: {
      fr: 'La colonne « {columnFr} » de la feuille « {sheet} » est encore vide : aucun groupe de dialogue n’indique la CPS en face de laquelle il est positionné.',
      en: 'The "{columnEn}" column of the "{sheet}" sheet is still empty: no dialogue group names the CPS it faces.',
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
    theme: {
      fr: 'Pour chaque GT PTF, écrivez l’enjeu retenu, en cohérence avec ses ODD (voir Lisez-moi).',
      en: 'For each GT PTF, write the chosen issue, consistent with its SDGs (see Read me).',
    },
    results: {
      fr: 'Pour chaque GT PTF, écrivez les résultats convenus avec la partie nationale (voir Lisez-moi).',
      en: 'For each GT PTF, write the results agreed with the national side (see Read me).',
    },
    cps: {
      fr: 'Pour chaque groupe de dialogue, choisissez dans la liste la CPS homologue (voir Lisez-moi).',
      en: "For each dialogue group, pick the counterpart CPS from the list (see Read me).",
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
    const mapping = context.workbook.mapping;
    for (const c of emptyGroupColumns(context.workbook)) {
      const item = `column:${c.sheet}:${c.field}`;
      context.evaluate(item, null);
      const data = {
        sheet: c.sheet,
        columnFr: columnLabel(mapping, 'groups', c.field, 'fr'),
        columnEn: columnLabel(mapping, 'groups', c.field, 'en'),
      };
      context.report({ item, messageId: c.field, data, sheet: c.sheet, row: c.row, col: c.col, group: null });
    }
  },
};
export default rule;
