// toConsolidateResult: the consolidated pass as the pane receives it, with each named rule's
// title and TdR words (presentation.md §3), consolidation rules included.

import { consolidate } from '../../core/consolidate';
import { CONSOLIDATION_RULES } from '../../core/rules/index';
import { toConsolidateResult } from '../../ui/consolidate-files';
import { member } from '../support/consolidation';

describe('toConsolidateResult', () => {
  // GT1 and GT2 covered, GT2 twice: gt-coverage (three missing, one duplicate) and duplicate-group.
  const members = [
    member('gt1.xlsx', { gts: ['GT1'] }),
    member('gt2.xlsx', { gts: ['GT2'], groups: [['GD-EAU', 'Eau et Assainissement', 'Groupe de dialogue', 'GT2']] }),
    member('gt2-copie.xlsx', { gts: ['GT2'], groups: [['GD-EAU', 'Eau et Assainissement', 'Groupe de dialogue', 'GT2']] }),
  ];
  const consolidation = consolidate(members, 'fr');
  const result = toConsolidateResult(members, consolidation, ['Constats'], 'fr');

  it('names each rule of the findings once, with its title in both languages and its TdR words', () => {
    const ids = [...new Set(consolidation.findings.map((f) => f.ruleId))].sort();
    expect(ids).toEqual(['consolidation/duplicate-group', 'consolidation/gt-coverage']);
    expect(Object.keys(result.rules ?? {}).sort()).toEqual(ids);
    for (const id of ids) {
      const rule = CONSOLIDATION_RULES.find((r) => r.id === id)!;
      expect(result.rules![id]).toEqual({ title: { fr: rule.title.fr, en: rule.title.en }, quote: rule.quote.join(' ') });
      expect(result.rules![id].title.fr).not.toBe(id);
      expect(result.rules![id].quote).toMatch(/^« .+ »$/);
    }
  });

  it('is plain JSON (the Apps Script sidebar hands it on unchanged)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('no finding: no rule named', () => {
    const clean = [member('all.xlsx', { gts: ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'] })];
    expect(toConsolidateResult(clean, consolidate(clean, 'fr'), [], 'fr').rules).toEqual({});
  });
});
