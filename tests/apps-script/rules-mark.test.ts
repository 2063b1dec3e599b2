// The spreadsheet's mark that the tool writes conditional-format rules there (sheets.ts,
// highlights.ts): where the tool has written neither rules nor sheets, a validation takes every
// rule already on the sheets for the user's and does not look into them; anywhere else, and
// when clearing, every rule is looked into, and the tool's go.

import { MARKER_FORMULA } from '../../core/plan';
import type { RuleModel, SpreadsheetModel } from './fake-sheets';
import { loadGas } from './gas-runtime';
import { histogram, isToolRule, sheetNamed } from './inspect';
import { sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';

function sample() {
  const model = spreadsheetOf(sampleSheets());
  return { model, gas: loadGas(model, { now: NOW }) };
}

const looksInto = (calls: string[]) => histogram(calls)['ConditionalFormatRule.getBooleanCondition'] ?? 0;
const marks = (model: SpreadsheetModel) => model.metadata.filter((m) => m.key === 'tdr-check');
/** The mark's counts: sheet name → [the tool's rules, all, checked]. */
function counts(model: SpreadsheetModel): Record<string, [number, number, number]> {
  const value = JSON.parse(marks(model)[0].value ?? '{}') as { kind: string; sheets: Record<string, [number, number, number]> };
  expect(value.kind).toBe('rules');
  return Object.fromEntries(Object.entries(value.sheets).map(([id, c]) => [model.sheets.find((s) => s.id === Number(id))?.name ?? id, c]));
}
const INPUTS = ['Groupes', 'PTF', 'Membres', 'Calendrier', 'Décisions', 'Documents', 'Paramètres'];
const toolCount = (model: SpreadsheetModel) => toolRules(model).length;
const toolRules = (model: SpreadsheetModel) => model.sheets.flatMap((s) => s.rules.filter(isToolRule));

/** A rule of the tool left on a sheet by another spreadsheet (a sheet copied in) or an earlier run. */
function strayRule(ranges: string[]): RuleModel {
  return { criteria: 'CUSTOM_FORMULA', values: [`=${MARKER_FORMULA}`], background: '#F4CCCC', fontColor: null, bold: null, ranges };
}

describe("the spreadsheet's mark that the tool writes rules", () => {
  it('a first validation adds it, private to the script, and looks into no rule', () => {
    const { model, gas } = sample();
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBe(0);
    expect(marks(model)).toEqual([expect.objectContaining({ visibility: 'PROJECT' })]);
    // Each input sheet: the tool's rules, all of them, and not checked (taken for the user's unseen).
    const c = counts(model);
    expect(Object.keys(c).sort()).toEqual([...INPUTS].sort());
    for (const name of INPUTS) {
      const s = sheetNamed(model, name);
      expect([name, c[name]]).toEqual([name, [s.rules.filter(isToolRule).length, s.rules.length, 0]]);
    }
    // The user's rules are all still there, after the tool's.
    for (const s of model.sheets.filter((x) => x.metadata.length === 0)) {
      expect(s.rules.filter((r) => !isToolRule(r)).map((r) => r.criteria)).toEqual(['TEXT_CONTAINS', 'CUSTOM_FORMULA']);
    }
  });

  it('a second validation looks into every rule, replaces the tool\'s and adds no second mark', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    const first = JSON.stringify(model.sheets.map((s) => s.rules));
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    const all = model.sheets.reduce((n, s) => n + s.rules.length, 0);
    expect(looksInto(gas.calls())).toBe(all);
    expect(JSON.stringify(model.sheets.map((s) => s.rules))).toBe(first);
    expect(marks(model)).toHaveLength(1);
    expect(Object.values(counts(model)).every((c) => c[2] === 1)).toBe(true);
  });

  it('a third validation looks into the tool\'s rules only, where each sheet has the rules the tool left it', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    gas.run('tdrCheckValidate', { language: null });
    const second = JSON.stringify(model.sheets.map((s) => s.rules));
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBe(toolCount(model));
    expect(histogram(gas.calls())['BooleanCondition.getCriteriaType']).toBe(toolCount(model));
    expect(JSON.stringify(model.sheets.map((s) => s.rules))).toBe(second);
  });

  it('a sheet whose rules the user changed since (one more, or reordered) has every rule looked into, the user\'s kept', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    gas.run('tdrCheckValidate', { language: null });
    const groupes = sheetNamed(model, 'Groupes');
    const mine: RuleModel = { criteria: 'TEXT_CONTAINS', values: ['x'], background: '#00FF00', fontColor: null, bold: null, ranges: ['C2:C9'] };
    groupes.rules.push(mine);
    // Membres: the user's rule moved to the top, a rule of the tool below it.
    const membres = sheetNamed(model, 'Membres');
    membres.rules.unshift(membres.rules.pop()!);
    const membresUsers = membres.rules.filter((r) => !isToolRule(r));
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBeGreaterThan(toolCount(model));
    expect(groupes.rules.filter((r) => !isToolRule(r)).at(-1)).toEqual(mine);
    expect(membres.rules.filter((r) => !isToolRule(r))).toEqual(membresUsers);
    expect(membres.rules.slice(0, 2).every(isToolRule)).toBe(true);
    expect(groupes.rules.filter(isToolRule)).toHaveLength(2);
  });

  it('a sheet Sheets refused to write keeps what the mark said of it', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    gas.run('tdrCheckValidate', { language: null });
    const before = counts(model).Membres;
    sheetNamed(model, 'Membres').protection = { canEdit: false };
    sheetNamed(model, 'Membres').rules.splice(0, 1);
    gas.run('tdrCheckValidate', { language: null });
    expect(counts(model).Membres).toEqual(before);
  });

  it('a clear that removed every rule of the tool removes it; the next validation is a first one again', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    const first = JSON.stringify(model.sheets.filter((s) => s.metadata.length === 0).map((s) => s.rules));
    gas.run('tdrCheckClear');
    expect(marks(model)).toEqual([]);
    expect(toolRules(model)).toEqual([]);
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBe(0);
    expect(JSON.stringify(model.sheets.filter((s) => s.metadata.length === 0).map((s) => s.rules))).toBe(first);
  });

  it('a clear that a protected sheet stopped keeps it, and the next validation still looks for the rules', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    sheetNamed(model, 'Membres').protection = { canEdit: false };
    gas.run('tdrCheckClear');
    expect(marks(model)).toHaveLength(1);
    expect(sheetNamed(model, 'Membres').rules.some(isToolRule)).toBe(true);
    delete sheetNamed(model, 'Membres').protection;
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBeGreaterThan(0);
    expect(sheetNamed(model, 'Membres').rules.filter(isToolRule).map((r) => r.background)).toEqual(['#FCE8B2', '#CFE2F3']);
  });

  it('without the mark but with a sheet of the tool (a spreadsheet checked before the mark existed), the rules are looked into', () => {
    const { model, gas } = sample();
    gas.run('tdrCheckValidate', { language: null });
    model.metadata = [];
    sheetNamed(model, 'PTF').rules.unshift(strayRule(['A2:A3']));
    gas.resetCalls();
    gas.run('tdrCheckValidate', { language: null });
    expect(looksInto(gas.calls())).toBeGreaterThan(0);
    expect(sheetNamed(model, 'PTF').rules.some(isToolRule)).toBe(false);
    expect(marks(model)).toHaveLength(1);
  });

  it('a rule of the tool that came in with a copied sheet, before any run here, stays one run and goes at the next (said in the README)', () => {
    const { model, gas } = sample();
    sheetNamed(model, 'PTF').rules.unshift(strayRule(['A2:A3']));
    gas.run('tdrCheckValidate', { language: null });
    expect(sheetNamed(model, 'PTF').rules.filter(isToolRule)).toHaveLength(1);
    gas.run('tdrCheckValidate', { language: null });
    expect(sheetNamed(model, 'PTF').rules.filter(isToolRule)).toHaveLength(0);
    gas.run('tdrCheckValidate', { language: null });
    expect(sheetNamed(model, 'PTF').rules.filter(isToolRule)).toHaveLength(0);
  });

  it('a clear looks into every rule even without the mark', () => {
    const { model, gas } = sample();
    sheetNamed(model, 'PTF').rules.unshift(strayRule(['A2:A3']));
    gas.run('tdrCheckClear');
    expect(toolRules(model)).toEqual([]);
    expect(sheetNamed(model, 'PTF').rules.map((r) => r.criteria)).toEqual(['TEXT_CONTAINS', 'CUSTOM_FORMULA']);
  });
});
