// Shared by the waiver rule tests: the data rules (whose findings waivers can cover) and a test
// rule whose findings are placed by the test, run together through the parser and the engine.

import { RULES } from '../../../../core/rules';
import type { Rule, RuleReport } from '../../../../core/rules/rule';
import type { Cell } from '../../../../core/types';
import type { GroupRow, Workbook } from '../../../../core/workbook/model';
import { run, testRule, type RunOptions, type Sheets } from '../../workbook/helpers';

export const DATA_RULES: readonly Rule[] = RULES.filter((r) => r.area === 'data');

/** Where the test rule reports: a sheet row (or null for a sheet anchor) and the group's code. */
export interface Placed {
  sheet: string;
  row: number | null;
  col?: number | null;
  group: string | null;
}

/** `structure/fake`: one item and one finding per placement (group looked up by code). */
export function fakeRule(places: Placed[], id = 'structure/fake'): Rule {
  return testRule(id, (context) => {
    const byCode = (wb: Workbook, code: string | null): GroupRow | null =>
      code === null ? null : wb.groups?.rows.find((g) => g.code === code) ?? null;
    places.forEach((p, i) => {
      const group = byCode(context.workbook, p.group);
      const item = `item${i}`;
      context.evaluate(item, group);
      const f: RuleReport = {
        item, messageId: 'm', data: { x: i }, sheet: p.sheet, row: p.row, col: p.row === null ? null : p.col ?? 1, group,
      };
      context.report(f);
    });
  });
}

/** Groupes: GT2 (row 2), GD-SANTE under GT2 (row 3), each with a Dérogations cell (column E). */
export function groupes(gt2Waivers: Cell = '', santeWaivers: Cell = ''): Cell[][] {
  return [
    ['Code', 'Nom', 'Type', 'GT de rattachement', 'Dérogations'],
    ['GT2', 'Capital humain', 'GT PTF', '', gt2Waivers],
    ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', santeWaivers],
  ];
}

export const MEMBRES_HEADER: Cell[] = ['Groupe', 'PTF', 'Rôle', 'Dérogations'];
export const CALENDRIER_HEADER: Cell[] = ['Date', 'Groupe', 'Type', 'Statut', 'Dérogations'];

export function runWaivers(sheets: Sheets, extra: Rule[] = [], options: RunOptions = {}) {
  return run(sheets, [...DATA_RULES, ...extra], options);
}
