// The ribbon's Modèle: the missing input sheets, never the existing ones (outputs.md §3).

import { buildTemplatePlan } from '../../core/plan';
import { applyTemplate } from '../../excel-addin/src/office/template';
import { FakeWorkbook } from './support/fake-excel';

describe('applyTemplate', () => {
  it('adds every input sheet to a new workbook in two syncs, headers as text, frozen, with formats and lists', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Feuil1');
    const plan = buildTemplatePlan('fr', [{ name: 'Feuil1', ownedByTool: false }]);
    const added = await wb.run((ctx) => applyTemplate(ctx, 'fr'));
    expect(wb.syncs).toBe(2);
    expect(added).toEqual(plan.sheets.map((s) => s.name));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Feuil1', ...added]);
    for (const spec of plan.sheets) {
      const sheet = wb.sheet(spec.name);
      spec.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = sheet.cells.get(`${r},${c}`);
          if (v === null || v === '') return;
          expect(cell?.value).toBe(v);
          expect(cell?.formula).toBeUndefined();
        }),
      );
      expect(sheet.frozenRows).toBe(spec.frozenRows);
      for (const c of spec.dateColumns) {
        expect(sheet.cells.get(`1,${c}`)?.numberFormat).toBe(spec.dateFormat);
        expect(sheet.cells.get(`${spec.lastRow - 1},${c}`)?.numberFormat).toBe(spec.dateFormat);
      }
      for (const c of spec.timeColumns) expect(sheet.cells.get(`1,${c}`)?.numberFormat).toBe('hh:mm');
      expect(sheet.validations.map((v) => v.rule.list?.source)).toEqual(
        spec.validations.map((v) => ('list' in v ? v.list.join(',') : `='${v.source.sheet}'!$A$2:$A$${spec.lastRow}`)),
      );
      for (const v of sheet.validations) expect(v.rule.list?.inCellDropDown).toBe(true);
    }
  });

  it('leaves existing sheets alone and adds only the missing ones', async () => {
    const wb = new FakeWorkbook();
    const groups = wb.addSheet('Groupes');
    wb.setValues(groups, [['Code', 'Nom'], ['GT1', 'mon GT']]);
    const before = JSON.stringify(wb.state());
    const added = await wb.run((ctx) => applyTemplate(ctx, 'fr'));
    expect(added).not.toContain('Groupes');
    expect(added.length).toBeGreaterThan(0);
    const state = wb.state() as { sheets: { name: string }[] };
    expect(JSON.stringify(state.sheets[0])).toBe(JSON.stringify((JSON.parse(before) as typeof state).sheets[0]));
  });

  it('adds nothing the second time, in one sync', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Feuil1');
    await wb.run((ctx) => applyTemplate(ctx, 'en'));
    const state = JSON.stringify(wb.state());
    const mark = wb.syncs;
    expect(await wb.run((ctx) => applyTemplate(ctx, 'en'))).toEqual([]);
    expect(wb.syncs - mark).toBe(1);
    expect(JSON.stringify(wb.state())).toBe(state);
  });
});
