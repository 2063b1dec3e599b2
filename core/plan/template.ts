// The template (outputs.md §3): the input sheets that are missing, with the headers of the chosen
// language, a frozen header row, date and time columns, drop-down lists for every enumeration and
// for the `Groupe` columns, and `Groupes` pre-filled with the TdR structure (reference.md): the 5
// GT PTF with their reference ODD, the 14 dialogue groups with their GT and default clusters (CPS
// and ODD left for the user), and the 12 humanitarian clusters.

import { normalise } from '../text';
import type { Lang } from '../types';
import { defaultClustersOfGd, REFERENCE_CLUSTERS, REFERENCE_CPS, REFERENCE_GDS, REFERENCE_GTS } from '../reference';
import { enumLabel, GROUP_TYPES } from '../workbook/enums';
import { enumColumn } from '../workbook/mapping';
import type { SheetKey } from '../workbook/model';
import { SHEETS, type SheetSpec } from '../workbook/schema';
import { outputMessages } from './messages';
import type { Settings } from '../settings';
import { SETTING_KEYS } from '../workbook/settings-sheet';
import type { ExistingSheet, PlanCell, TemplatePlan, TemplateSheet, TemplateValidation } from './types';

/** Drop-downs and formats reach this sheet row. */
export const TEMPLATE_LAST_ROW = 1000;

const DATE_FIELDS: Partial<Record<SheetKey, string[]>> = {
  members: ['nexusDate', 'start', 'end'],
  calendar: ['date', 'agendaSent', 'minutesSent'],
  decisions: ['due', 'doneOn'],
  documents: ['date'],
};
const TIME_FIELDS: Partial<Record<SheetKey, string[]>> = { calendar: ['start', 'end'] };
/** Columns that name a Groupes row: their drop-down lists the Groupes codes. */
const GROUP_FIELDS: Partial<Record<SheetKey, string[]>> = {
  members: ['group'],
  calendar: ['group'],
  decisions: ['group'],
  documents: ['group'],
};

/** Columns that name a partner: their drop-down lists the PTF sheet's acronyms (presentation.md §6). */
const PARTNER_FIELDS: Partial<Record<SheetKey, string[]>> = {
  members: ['partner'],
  decisions: ['owner'],
  calendar: ['gtRepresentative'],
};

const YES_NO: Record<Lang, string[]> = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] };

/** Widest column the template makes (characters); longer text wraps or spills. */
const MAX_WIDTH = 60;

/**
 * Paramètres as the template writes it (presentation.md §6): every setting with its default value,
 * as the sheet reads it, and one line of help. The reference date is left out: blank means
 * "today", and a blank value would be an error (Lisez-moi explains how to set it).
 */
const SETTING_HELP: { name: keyof Settings; value: Record<Lang, string | number | null>; help: Record<Lang, string> }[] = [
  {
    name: 'language',
    value: { fr: 'fr', en: 'en' },
    help: { fr: 'Langue des constats et des feuilles produites : fr ou en.', en: 'Language of the findings and the sheets the tool writes: fr or en.' },
  },
  {
    // scope.md: blank = all five GT; a coordinator writes its GT (GT2).
    name: 'scope',
    value: { fr: null, en: null },
    help: {
      fr: 'GT PTF couverts par ce classeur (GT2, ou GT2; GT4). Vide : les cinq GT (classeur du secrétariat).',
      en: "GT PTF this workbook covers (GT2, or GT2; GT4). Blank: all five GT (the secretariat's workbook).",
    },
  },
  {
    name: 'maxGtCoordinationGap',
    value: { fr: 62, en: 62 },
    help: {
      fr: 'Nombre maximal de jours entre deux réunions de Coordination GT (rythme bimestriel, IV.11).',
      en: 'Most days between two GT coordination meetings (bimonthly rhythm, IV.11).',
    },
  },
  {
    name: 'agendaLeadDays',
    value: { fr: 7, en: 7 },
    help: { fr: "Jours minimum entre l'envoi de l'ordre du jour et la réunion (II.4).", en: 'Fewest days between sending the agenda and the meeting (II.4).' },
  },
  {
    name: 'minutesDelayDays',
    value: { fr: 14, en: 14 },
    help: { fr: 'Jours maximum entre la réunion et la diffusion du compte rendu (II.4).', en: 'Most days between the meeting and sending the minutes (II.4).' },
  },
  {
    name: 'nexusValidityDays',
    value: { fr: 365, en: 365 },
    help: { fr: 'Durée de validité de la désignation du point focal Nexus, en jours (III.6).', en: 'Days a Nexus focal point designation stays valid (III.6).' },
  },
  {
    name: 'prioritiesDeadline',
    value: { fr: '31/03', en: '31/03' },
    help: {
      fr: 'Jour et mois limites pour communiquer les priorités annuelles (JJ/MM, IV.10).',
      en: 'Day and month by which the annual priorities are sent (DD/MM, IV.10).',
    },
  },
  {
    name: 'minAttendanceRate',
    value: { fr: '50 %', en: '50 %' },
    help: { fr: 'Taux de participation minimal des réunions tenues (II.4).', en: 'Lowest attendance rate of a held meeting (II.4).' },
  },
  {
    name: 'dialogueInactivityDays',
    value: { fr: 120, en: 120 },
    help: {
      fr: "Jours sans réunion au-delà desquels un groupe de dialogue est signalé inactif (I.4).",
      en: 'Days without a meeting after which a dialogue group is reported inactive (I.4).',
    },
  },
  {
    name: 'rotationNoticeDays',
    value: { fr: 90, en: 90 },
    help: {
      fr: 'Préavis, en jours, des rotations de coordination montrées dans la synthèse GEC (II.7).',
      en: 'Notice, in days, of the coordination rotations shown in the GEC summary (II.7).',
    },
  },
  {
    name: 'dialogueFormality',
    value: { fr: 'Non', en: 'No' },
    help: {
      fr: "Oui : les réunions des groupes de dialogue sont contrôlées comme celles d'un GT (OdJ, CR, participation).",
      en: "Yes: dialogue group meetings are checked like a GT's (agenda, minutes, attendance).",
    },
  },
];

/**
 * The Lisez-moi (Read me) sheet: how to fill the workbook and run the check, on one A4 page
 * (presentation.md §6). Each line fits the column (README_WIDTH characters) without wrapping, so
 * the page reads the same in a host that has no page setup (Google Sheets); the .xlsx and Excel
 * also scale it to one page.
 */
const README: Record<Lang, { name: string; names: string[]; lines: string[] }> = {
  fr: {
    name: 'Lisez-moi',
    names: ['Lisez-moi', 'Read me', 'Lisez moi', 'Readme'],
    lines: [
      'Suivi des groupes thématiques PTF et des groupes de dialogue – mode d’emploi',
      '',
      'Remplir le classeur, dans cet ordre :',
      '1. Groupes : les 5 GT PTF, les 14 groupes de dialogue et les 12 clusters des TdR sont déjà là.',
      '    Pour chaque GT PTF, remplissez Thématique portée et Résultats attendus ; pour chaque',
      '    groupe de dialogue, choisissez sa CPS. Ajoutez vos groupes ad hoc (Type « Groupe de',
      '    dialogue ad hoc ») avec leur GT de rattachement.',
      '2. PTF : une ligne par partenaire (sigle, nom, type) ; les listes PTF des feuilles en viennent.',
      '3. Membres : une ligne par PTF et par groupe : rôle (Membre, Dialogue Leader, Coordination',
      '    - entrant, - en exercice ou - sortant), expert titulaire et suppléant, point focal Nexus et',
      '    date de désignation, dates de mandat.',
      '4. Calendrier : une ligne par réunion : date, type, statut, OdJ envoyé le, CR diffusé le,',
      '    participants et invités.',
      '5. Décisions et Documents : les décisions à suivre ; les TdR, programmes de travail, bilans et',
      '    priorités transmis, avec leur année.',
      '6. Paramètres : les seuils des règles, avec leur valeur par défaut. Ajoutez « Date de référence »',
      '    pour vérifier à une autre date qu’aujourd’hui, ou une ligne « <règle> » avec désactivée,',
      '    info, avertissement ou erreur.',
      '',
      'Vérifier :',
      'Excel : ruban Conformité TdR › Vérifier. Google Sheets : menu Conformité TdR › Vérifier.',
      'Ligne de commande : npx tdr-check classeur.xlsx.',
      'Les constats sont surlignés et listés dans la feuille Constats, avec le texte des TdR de chaque',
      'règle ; la feuille Synthèse GEC résume le mois pour la réunion du GEC.',
      'Pour justifier un écart, écrivez « <règle> : justification » dans la colonne Dérogations de la',
      'ligne concernée.',
      'L’outil ne modifie jamais vos valeurs : il ajoute ou retire seulement ses surlignages et ses',
      'propres feuilles.',
    ],
  },
  en: {
    name: 'Read me',
    names: ['Read me', 'Lisez-moi', 'Readme', 'Lisez moi'],
    lines: [
      'Follow-up of the PTF thematic groups and dialogue groups – how to use this workbook',
      '',
      'Fill in the workbook, in this order:',
      '1. Groups: the 5 GT PTF, the 14 dialogue groups and the 12 clusters of the TdR are already there.',
      '    For each GT PTF, fill in Theme and Expected results; for each dialogue group, pick its',
      '    counterpart CPS. Add your ad hoc groups (type "Ad hoc dialogue group") with their parent GT.',
      '2. Partners: one row per partner (acronym, name, type). The partner lists of the other sheets',
      '    come from here.',
      '3. Members: one row per partner and group: role (Member, Dialogue Leader, Incoming, Lead or',
      '    Outgoing coordination), primary expert and alternate, Nexus focal point and its',
      '    designation date, mandate dates.',
      '4. Calendar: one row per meeting: date, type, status, agenda sent, minutes sent, attendees',
      '    and invited.',
      '5. Decisions and Documents: the decisions to follow up; the ToR, work plans, reports and',
      '    priorities sent, with their year.',
      '6. Settings: the rules\' thresholds, with their default values. Add "Reference date" to check',
      '    at another date than today, or a row "<rule>" with off, info, warning or error.',
      '',
      'Check:',
      'Excel: TdR compliance ribbon › Check. Google Sheets: TdR compliance menu › Check.',
      'Command line: npx tdr-check workbook.xlsx.',
      'Findings are highlighted and listed in the Findings sheet, with each rule\'s TdR text;',
      'the GEC summary sheet sums up the month for the GEC meeting.',
      'To justify a gap, write "<rule>: justification" in the Waivers column of the row concerned.',
      'The tool never changes your values: it only adds or removes its highlights and its own sheets.',
    ],
  },
};

/** Lisez-moi's column, in characters: its longest line, and A4 portrait's width at 100 %. */
export const README_WIDTH = 100;

/** Column widths that fit the header, the pre-filled values and the drop-down items. */
function fittedWidths(rows: PlanCell[][], lists: Map<number, string[]>): number[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    let w = 0;
    for (const r of rows) {
      const v = r[c];
      if (typeof v === 'string' || typeof v === 'number') w = Math.max(w, String(v).length);
    }
    for (const item of lists.get(c) ?? []) w = Math.max(w, item.length);
    return Math.min(MAX_WIDTH, Math.max(10, w + 2));
  });
}

function labels<V extends string>(table: Record<V, readonly string[]>, lang: Lang): string[] {
  return (Object.keys(table) as V[]).map((v) => enumLabel(table, v, lang));
}

/** The enumeration items of a column, or undefined: the tables the mapping translates, and two lists of their own. */
function enumeration(key: SheetKey, field: string, lang: Lang): string[] | undefined {
  if (key === 'groups' && field === 'cps') return REFERENCE_CPS.map((c) => c.code);
  if (key === 'members' && field === 'nexus') return YES_NO[lang];
  const column = enumColumn(key, field);
  return column ? labels(column.table, lang) : undefined;
}

function sheetExists(spec: SheetSpec, existing: readonly ExistingSheet[]): ExistingSheet | undefined {
  const names = new Set(spec.names.map(normalise));
  return existing.find((s) => names.has(normalise(s.name)));
}

/** The Groupes rows of the TdR structure, in the template's column order. */
function groupRows(spec: SheetSpec, lang: Lang): PlanCell[][] {
  const at = (values: Record<string, string>): PlanCell[] => spec.columns.map((c) => values[c.field] || null);
  const type = (t: keyof typeof GROUP_TYPES) => enumLabel(GROUP_TYPES, t, lang);
  return [
    ...REFERENCE_GTS.map((gt) => at({ code: gt.code, name: gt.name, type: type('gt'), odd: gt.odd.join('; ') })),
    ...REFERENCE_GDS.map((gd) =>
      at({ code: gd.code, name: gd.name, type: type('dialogue'), parentGt: gd.gt, clusters: defaultClustersOfGd(gd.code).join('; ') }),
    ),
    ...REFERENCE_CLUSTERS.map((cl) => at({ code: cl.code, name: cl.name, type: type('cluster') })),
  ];
}

export function buildTemplatePlan(lang: Lang, existingSheets: readonly ExistingSheet[] = []): TemplatePlan {
  const dateFormat = outputMessages(lang).dateFormat;
  const groupsSpec = SHEETS.find((s) => s.key === 'groups')!;
  const existingGroups = sheetExists(groupsSpec, existingSheets);
  const groupsCodeColumn = groupsSpec.columns.findIndex((c) => c.field === 'code');
  const groupsName = lang === 'fr' ? 'Groupes' : 'Groups';
  const partnersSpec = SHEETS.find((s) => s.key === 'partners')!;
  const existingPartners = sheetExists(partnersSpec, existingSheets);
  const partnersName = lang === 'fr' ? partnersSpec.fr : partnersSpec.en;
  const partnersCodeColumn = partnersSpec.columns.findIndex((c) => c.field === 'code');
  const calendarSpec = SHEETS.find((s) => s.key === 'calendar')!;
  const existingCalendar = sheetExists(calendarSpec, existingSheets);
  const calendarName = lang === 'fr' ? calendarSpec.fr : calendarSpec.en;
  const calendarIdColumn = calendarSpec.columns.findIndex((c) => c.field === 'id');
  const sheets: TemplateSheet[] = [];
  for (const spec of SHEETS) {
    if (sheetExists(spec, existingSheets)) continue;
    const fields = spec.columns.map((c) => c.field);
    const header = spec.columns.map((c) => (lang === 'fr' ? c.fr : c.en));
    const cols = (list: string[] | undefined) => (list ?? []).map((f) => fields.indexOf(f)).filter((i) => i >= 0);
    const validations: TemplateValidation[] = [];
    const lists = new Map<number, string[]>();
    spec.columns.forEach((c, col) => {
      const list = enumeration(spec.key, c.field, lang);
      if (list) {
        validations.push({ col, list });
        lists.set(col, list);
      }
      // A user's own Groupes (or PTF) sheet may lay its codes out anywhere: no drop-down then.
      else if (GROUP_FIELDS[spec.key]?.includes(c.field) && !existingGroups) {
        validations.push({ col, source: { sheet: groupsName, col: groupsCodeColumn } });
      } else if (spec.key === 'groups' && c.field === 'parentGt') {
        // GT de rattachement names a GT PTF: the rows the template writes first (presentation.md §6).
        validations.push({ col, source: { sheet: groupsName, col: groupsCodeColumn, firstRow: 2, lastRow: 1 + REFERENCE_GTS.length } });
      } else if (PARTNER_FIELDS[spec.key]?.includes(c.field) && !existingPartners) {
        validations.push({ col, source: { sheet: partnersName, col: partnersCodeColumn } });
      } else if (spec.key === 'decisions' && c.field === 'meeting' && !existingCalendar) {
        validations.push({ col, source: { sheet: calendarName, col: calendarIdColumn } });
      }
    });
    let rows: PlanCell[][] = [header];
    if (spec.key === 'groups') rows = rows.concat(groupRows(spec, lang));
    if (spec.key === 'settings') {
      rows[0] = [...header, lang === 'fr' ? 'Explication' : 'Help'];
      for (const s of SETTING_HELP) {
        const key = SETTING_KEYS.find((k) => k.name === s.name)!;
        rows.push([key.aliases[lang === 'fr' ? 0 : 1], s.value[lang], s.help[lang]]);
      }
    }
    sheets.push({
      key: spec.key,
      name: lang === 'fr' ? spec.fr : spec.en,
      rows,
      frozenRows: 1,
      columnWidths: fittedWidths(rows, lists),
      dateColumns: cols(DATE_FIELDS[spec.key]),
      timeColumns: cols(TIME_FIELDS[spec.key]),
      dateFormat,
      validations,
      lastRow: TEMPLATE_LAST_ROW,
    });
  }
  // The Lisez-moi sheet first, with the input sheets it explains (not on its own, not twice).
  const readme = README[lang];
  const readmeNames = new Set(readme.names.map(normalise));
  if (sheets.length > 0 && !existingSheets.some((s) => readmeNames.has(normalise(s.name)))) {
    sheets.unshift({
      key: 'readme',
      name: readme.name,
      rows: readme.lines.map((l) => [l === '' ? null : l]),
      frozenRows: 0,
      columnWidths: [README_WIDTH],
      dateColumns: [],
      timeColumns: [],
      dateFormat,
      validations: [],
      lastRow: readme.lines.length,
      print: { paper: 'A4', orientation: 'portrait', fitToOnePage: true },
    });
  }
  return { language: lang, sheets };
}
