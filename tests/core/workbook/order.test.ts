// The order of the findings (rules.md): severity (error, warning, info); then workbook-level
// findings first, sheet order in the workbook, a sheet's null-cell findings before its rows, row,
// column index (B before AA), rule id, and the order the rule reported them. Waived findings last,
// in the same order.

import { run, testRule, type Sheets } from './helpers';
import type { Rule, RuleReport } from '../../../core/rules/rule';
import { RULES } from '../../../core/rules';
import type { Cell, Severity } from '../../../core/types';

type Place = Omit<RuleReport, 'item' | 'messageId' | 'group' | 'data'> & { tag: string };

/** A rule reporting the given places, in the given order (each its own item). */
function reporting(id: string, places: Place[], severity: Severity = 'warning'): Rule {
  return testRule(
    id,
    (c) => {
      for (const p of places) {
        c.report({ item: p.tag, messageId: 'm', data: { x: p.tag }, sheet: p.sheet, row: p.row, col: p.col, group: null });
      }
    },
    { defaultSeverity: severity },
  );
}

const at = (tag: string, sheet: string | null, row: number | null = null, col: number | null = null): Place => ({ tag, sheet, row, col });

function sheets(order: string[], waivers: Record<string, Cell> = {}): Sheets {
  const all: Sheets = {
    Groupes: [['Code', 'Nom', 'Type', 'Dérogations'], ['GT2', 'Capital humain', 'GT PTF', waivers.Groupes ?? '']],
    Membres: [['Groupe', 'PTF', 'Rôle']],
    Calendrier: [['Date', 'Type', 'Statut']],
  };
  return Object.fromEntries(order.map((name) => [name, all[name]]));
}

const tags = (r: ReturnType<typeof run>) => r.findings.map((f) => f.data.x);

describe('finding order', () => {
  it('severity first: errors, then warnings, then infos', () => {
    const r = run(sheets(['Groupes', 'Membres', 'Calendrier']), [
      reporting('structure/i', [at('info', 'Groupes', 2, 0)], 'info'),
      reporting('structure/w', [at('warning', 'Groupes', 2, 0)], 'warning'),
      reporting('structure/e', [at('error', 'Calendrier', 9, 9)], 'error'),
    ]);
    expect(tags(r)).toEqual(['error', 'warning', 'info']);
  });

  it('within a severity: workbook-level, then sheets in workbook order (not by name), null-cell findings before rows', () => {
    const r = run(sheets(['Membres', 'Calendrier', 'Groupes']), [
      reporting('structure/a', [
        at('groupes-row2', 'Groupes', 2, 1),
        at('groupes-sheet', 'Groupes'),
        at('calendrier-row2', 'Calendrier', 2, 0),
        at('workbook', null),
        at('membres-row5', 'Membres', 5, 0),
        at('calendrier-sheet', 'Calendrier'),
        at('membres-sheet', 'Membres'),
      ]),
    ]);
    expect(tags(r)).toEqual([
      'workbook', 'membres-sheet', 'membres-row5', 'calendrier-sheet', 'calendrier-row2', 'groupes-sheet', 'groupes-row2',
    ]);
  });

  it('then row, then column index (B before AA, Z before AA), then rule id, then the order reported', () => {
    const r = run(sheets(['Groupes', 'Membres', 'Calendrier']), [
      reporting('structure/z', [at('z-r2-B', 'Membres', 2, 1)]),
      reporting('structure/a', [
        at('a-r10-A', 'Membres', 10, 0),
        at('a-r2-AA', 'Membres', 2, 26),
        at('a-r2-B-second', 'Membres', 2, 1),
        at('a-r2-Z', 'Membres', 2, 25),
        at('a-r9-C', 'Membres', 9, 2),
      ]),
      reporting('structure/m', [at('m-r2-B', 'Membres', 2, 1), at('m-r2-B-again', 'Membres', 2, 1)]),
    ]);
    expect(tags(r)).toEqual([
      'a-r2-B-second', 'm-r2-B', 'm-r2-B-again', 'z-r2-B', 'a-r2-Z', 'a-r2-AA', 'a-r9-C', 'a-r10-A',
    ]);
    expect(r.findings.map((f) => f.cell)).toEqual(['B2', 'B2', 'B2', 'B2', 'Z2', 'AA2', 'C9', 'A10']);
  });

  it('waived findings come last, in the same order', () => {
    const r = run(sheets(['Groupes', 'Membres', 'Calendrier'], { Groupes: 'structure/w: x\nstructure/e: y' }), [
      reporting('structure/e', [at('e-waived-groupes', 'Groupes', 2, 0), at('e-membres', 'Membres', 3, 0)], 'error'),
      reporting('structure/w', [at('w-waived-groupes', 'Groupes', 2, 1), at('w-calendrier', 'Calendrier', 2, 0)], 'warning'),
      reporting('structure/i', [at('i-groupes', 'Groupes', 2, 0)], 'info'),
    ]);
    expect(tags(r)).toEqual(['e-membres', 'w-calendrier', 'i-groupes', 'e-waived-groupes', 'w-waived-groupes']);
    expect(r.findings.map((f) => f.waived)).toEqual([false, false, false, true, true]);
  });

  it('the data rules’ findings follow the same order as the others', () => {
    const r = run(
      {
        Calendrier: [['Date', 'Type', 'Statut'], ['', 'GEC', 'Tenue']],
        Groupes: [['Code', 'Nom'], ['GT2', '']],
      },
      [
        reporting('structure/a', [at('a', 'Groupes', 2, 1)], 'error'),
        ...RULES.filter((x) => x.area === 'data'),
      ],
    );
    expect(r.findings.map((f) => `${f.severity} ${f.sheet ?? '-'}!${f.cell ?? '-'} ${f.ruleId}`)).toEqual([
      'error -!- data/missing-sheet',
      'error Calendrier!A2 data/required-value',
      'error Groupes!A1 data/missing-column',
      'error Groupes!B2 data/required-value',
      'error Groupes!B2 structure/a',
    ]);
  });
});
