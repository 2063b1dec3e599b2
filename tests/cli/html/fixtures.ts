// A report whose workbook texts try to break out of the page: a GT and a group named with HTML.

import { validateWorkbook } from '../../../core/index';
import { buildPlan } from '../../../core/plan';
import type { Plan } from '../../../core/plan/types';
import type { Cell, Report } from '../../../core/types';
import { D, smallWorkbook } from '../../core/plan/helpers';

export const XSS = '<img src=x onerror=alert(1)>';
export const QUOTES = `"'><script>alert(2)</script>`;

export function hostileReport(language: 'fr' | 'en' = 'fr'): { report: Report; plan: Plan } {
  const snapshot = smallWorkbook({ language });
  const groups = snapshot.sheets.find((s) => s.name === 'Groupes')!;
  // A GT PTF that matches no reference GT keeps its own code as the findings' GT.
  groups.rows.push([XSS, QUOTES, 'GT PTF', null, null, null, null, null] as Cell[]);
  groups.rows.push(['GD-X', XSS, 'Groupe de dialogue', XSS, null, null, null, null] as Cell[]);
  snapshot.name = `${XSS}.xlsx`;
  const { report, parsed } = validateWorkbook(snapshot, { today: D });
  const plan = buildPlan(report, parsed, { now: '2026-11-15T10:00:00Z', workbookName: `${XSS}.xlsx`, existingSheets: [] });
  return { report, plan };
}
