// The ribbon's Modèle: the missing input sheets, never the existing ones (outputs.md §3).

import { buildTemplatePlan } from '../../core/plan/template';
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
        spec.validations.map((v) =>
          'list' in v ? v.list.join(',') : `='${v.source.sheet}'!$A$${v.source.firstRow ?? 2}:$A$${v.source.lastRow ?? spec.lastRow}`,
        ),
      );
      for (const v of sheet.validations) expect(v.rule.list?.inCellDropDown).toBe(true);
      // A list from another sheet warns rather than blocks (a partner typed before PTF is filled).
      sheet.validations.forEach((v, i) => expect(v.errorAlert?.style).toBe('list' in spec.validations[i] ? undefined : 'Warning'));
      // Lisez-moi prints on one A4 page (presentation.md §6); the input sheets keep Excel's default.
      if (spec.key === 'readme') {
        expect(sheet.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
      } else {
        expect(sheet.pageLayout).toMatchObject({ paperSize: 'Letter', zoom: null });
      }
    }
    expect(plan.sheets[0].key).toBe('readme');
  });

  it('GT de rattachement lists the GT PTF rows only, and Membres › PTF lists the PTF sheet (added after it)', async () => {
    const wb = new FakeWorkbook();
    await wb.run((ctx) => applyTemplate(ctx, 'fr'));
    const source = (sheet: string, address: string) => wb.sheet(sheet).validations.find((v) => v.address === address)?.rule.list?.source;
    expect(source('Groupes', 'D2:D1000')).toBe("='Groupes'!$A$2:$A$6");
    expect(source('Membres', 'B2:B1000')).toBe("='PTF'!$A$2:$A$1000");
    expect(wb.sheets.map((s) => s.name).indexOf('PTF')).toBeGreaterThan(wb.sheets.map((s) => s.name).indexOf('Membres'));
  });

  it('the fake refuses a list from a sheet that does not exist yet, as Excel does', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Membres');
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Membres').getRange('B2:B10').dataValidation.rule = { list: { inCellDropDown: true, source: "='PTF'!$A$2:$A$10" } };
        await ctx.sync();
      }),
    ).rejects.toThrow(/names no sheet/);
    expect(s.validations).toEqual([]);
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
