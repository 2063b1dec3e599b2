// The template (outputs.md §3): the input sheets that are missing, with the headers of the chosen
// language, a frozen header row, date and time columns, drop-down lists for every enumeration and
// for the `Groupe` columns, and `Groupes` pre-filled with the TdR structure (reference.md): the 5
// GT PTF with their reference ODD, the 14 dialogue groups with their GT and default clusters (CPS
// and ODD left for the user), and the 12 humanitarian clusters.

import { normalise } from '../text';
import type { Lang } from '../types';
import { defaultClustersOfGd, REFERENCE_CLUSTERS, REFERENCE_CPS, REFERENCE_GDS, REFERENCE_GTS } from '../reference';
import {
  DECISION_STATUSES,
  DOCUMENT_TYPES,
  enumLabel,
  GROUP_TYPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PARTNER_TYPES,
  ROLES,
} from '../workbook/enums';
import type { SheetKey } from '../workbook/model';
import { SHEETS, type SheetSpec } from '../workbook/schema';
import { outputMessages } from './messages';
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
  groups: ['parentGt'],
  members: ['group'],
  calendar: ['group'],
  decisions: ['group'],
  documents: ['group'],
};

const YES_NO: Record<Lang, string[]> = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] };

function labels<V extends string>(table: Record<V, readonly string[]>, lang: Lang): string[] {
  return (Object.keys(table) as V[]).map((v) => enumLabel(table, v, lang));
}

/** The enumeration items of a column, or undefined. */
function enumeration(key: SheetKey, field: string, lang: Lang): string[] | undefined {
  switch (`${key}.${field}`) {
    case 'groups.type':
      return labels(GROUP_TYPES, lang);
    case 'groups.cps':
      return REFERENCE_CPS.map((c) => c.code);
    case 'members.role':
      return labels(ROLES, lang);
    case 'members.nexus':
      return YES_NO[lang];
    case 'calendar.type':
      return labels(MEETING_TYPES, lang);
    case 'calendar.status':
      return labels(MEETING_STATUSES, lang);
    case 'decisions.status':
      return labels(DECISION_STATUSES, lang);
    case 'documents.type':
      return labels(DOCUMENT_TYPES, lang);
    case 'partners.type':
      return labels(PARTNER_TYPES, lang);
    default:
      return undefined;
  }
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
  const sheets: TemplateSheet[] = [];
  for (const spec of SHEETS) {
    if (sheetExists(spec, existingSheets)) continue;
    const fields = spec.columns.map((c) => c.field);
    const header = spec.columns.map((c) => (lang === 'fr' ? c.fr : c.en));
    const cols = (list: string[] | undefined) => (list ?? []).map((f) => fields.indexOf(f)).filter((i) => i >= 0);
    const validations: TemplateValidation[] = [];
    spec.columns.forEach((c, col) => {
      const list = enumeration(spec.key, c.field, lang);
      if (list) validations.push({ col, list });
      // A user's own Groupes sheet may lay its codes out anywhere: no drop-down then.
      else if (GROUP_FIELDS[spec.key]?.includes(c.field) && !existingGroups) {
        validations.push({ col, source: { sheet: groupsName, col: groupsCodeColumn } });
      }
    });
    let rows: PlanCell[][] = [header];
    if (spec.key === 'groups') rows = rows.concat(groupRows(spec, lang));
    if (spec.key === 'settings') {
      rows.push([lang === 'fr' ? 'Langue' : 'Language', lang]);
      // scope.md: blank = all five GT; a coordinator writes its GT (GT2).
      rows.push([lang === 'fr' ? 'Périmètre' : 'Scope', null]);
    }
    sheets.push({
      key: spec.key,
      name: lang === 'fr' ? spec.fr : spec.en,
      rows,
      frozenRows: 1,
      columnWidths: header.map((h, i) => Math.max(12, h.length + 4, spec.key === 'groups' && fields[i] === 'name' ? 45 : 0)),
      dateColumns: cols(DATE_FIELDS[spec.key]),
      timeColumns: cols(TIME_FIELDS[spec.key]),
      dateFormat,
      validations,
      lastRow: TEMPLATE_LAST_ROW,
    });
  }
  return { language: lang, sheets };
}
