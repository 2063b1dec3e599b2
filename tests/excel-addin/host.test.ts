// ExcelPaneHost: the PaneHost the task pane talks to, over the fake Excel.

import { ExcelPaneHost } from '../../excel-addin/src/excel-host';
import type { ProgressStep } from '../../ui/host';
import { fakeFromSnapshot, NOW, readSnapshot, SAMPLE, TODAY } from './support/workbooks';

function host() {
  const wb = fakeFromSnapshot(readSnapshot(SAMPLE));
  const h = new ExcelPaneHost({ run: (batch) => wb.run(batch), displayLanguage: 'fr', now: () => NOW, today: TODAY });
  return { wb, h };
}

describe('ExcelPaneHost', () => {
  it('reports its steps, then returns a JSON-only result naming the sheets it wrote', async () => {
    const { wb, h } = host();
    const steps: ProgressStep[] = [];
    const result = await h.validate({ language: null }, (s) => steps.push(s));
    expect(steps).toEqual(['read', 'validate', 'write']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.generatedAt).toBe('2026-11-15T10:32:00Z');
    expect(result.referenceDate).toBe('2026-11-15');
    expect(result.sheets).toEqual({ findings: 'Constats', summary: 'Synthèse GEC 2026-11', history: 'Historique' });
    expect(result.gts.map((g) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    expect(result.gts.every((g) => g.name.length > 0)).toBe(true);
    expect(wb.syncs).toBe(4);
  });

  it('asks the core for the language the pane chose', async () => {
    const { h } = host();
    const result = await h.validate({ language: 'en' });
    expect(result.language).toBe('en');
    expect(result.sheets).toEqual({ findings: 'Findings', summary: 'GEC summary 2026-11', history: 'Compliance history' });
  });

  it('shows the summary sheet for Synthèse GEC, selects, clears and adds the template', async () => {
    const { wb, h } = host();
    await h.summary({ language: null });
    expect(wb.active?.name).toBe('Synthèse GEC 2026-11');
    await h.select('Calendrier', 'B7');
    expect(wb.active?.name).toBe('Calendrier');
    expect(wb.sheet('Calendrier').selection).toBe('B7');
    await h.select('Groupes', null);
    expect(wb.active?.name).toBe('Groupes');
    // Effacer keeps the history unless asked (presentation.md §1); asked, it goes too.
    expect(await h.clear()).toEqual({ rules: expect.any(Number), sheets: ['Constats', 'Synthèse GEC 2026-11'], skipped: [], historyKept: 'Historique' });
    expect(wb.findSheet('Historique')).toBeDefined();
    expect(await h.clear({ history: true })).toEqual({ rules: 0, sheets: ['Historique'], skipped: [], historyKept: null });
    expect(wb.findSheet('Historique')).toBeUndefined();
    expect(await h.template('fr')).toEqual({ sheets: [] });
  });

  it('rejects with Excel’s error when a cell cannot be selected', async () => {
    const { h } = host();
    await expect(h.select('Supprimée', 'A1')).rejects.toThrow(/ItemNotFound/);
  });
});
