// presentation.md §3: every rule carries a title in both languages and the TdR's own words, quoted
// exactly from the TdR text. The repository's copy of that text is docs/tdr.txt (the tests never
// read anything outside the repository); a passage is exact when each of its pieces between `[…]` is found in it.

import * as fs from 'fs';
import * as path from 'path';
import { CONSOLIDATION_RULES, RULES } from '../../../core/rules/index';

const TDR_FILE = path.join(__dirname, '..', '..', '..', 'docs', 'tdr.txt');

/** The TdR text below the copy's header line, without the `**` bold marks, white space as one space. */
function tdrText(): string {
  const raw = fs.readFileSync(TDR_FILE, 'utf8');
  const body = raw.slice(raw.indexOf('\n----\n') + 6);
  return body.replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

/** The pieces of a passage `« a […] b »` that must be in the TdR, each at least 3 characters. */
function quotePieces(passage: string): string[] {
  return passage
    .slice(2, -2)
    .split('[…]')
    .map((p) => p.trim())
    .filter((p) => p.replace(/[\s().,;:]/g, '').length > 0);
}

/** Every rule a finding may name: the workbook rules, then the consolidation rules (scope.md). */
const ALL_RULES = [...RULES, ...CONSOLIDATION_RULES];

describe('the rule catalogue: titles and TdR quotes', () => {
  const tdr = tdrText();

  it('docs/tdr.txt holds the TdR text (title, the five parts)', () => {
    expect(tdr).toContain('TERMES DE REFERENCE GENERIQUES DES GROUPES THEMATIQUES ET DES GROUPES DE DIALOGUE');
    for (const part of ['I. Contexte Général', 'II. Orientation stratégique', 'III. Orientation stratégique', 'IV. Liens', 'V. Nouvelle configuration']) {
      expect(tdr).toContain(part);
    }
  });

  for (const rule of ALL_RULES) {
    it(`${rule.id}: a title in both languages and the TdR's exact words`, () => {
      expect(rule.title.fr.trim()).not.toBe('');
      expect(rule.title.en.trim()).not.toBe('');
      expect(rule.title.fr.length).toBeLessThanOrEqual(60);
      if (rule.tdr === '—') {
        // A data rule keeps the workbook readable; it has no paragraph to quote.
        expect(rule.quote).toEqual([]);
        return;
      }
      expect(rule.quote.length).toBeGreaterThan(0);
      for (const passage of rule.quote) {
        expect(passage.startsWith('« ')).toBe(true);
        expect(passage.endsWith(' »')).toBe(true);
        const pieces = quotePieces(passage);
        expect(pieces.length).toBeGreaterThan(0);
        for (const piece of pieces) expect({ rule: rule.id, piece, found: tdr.includes(piece.replace(/\s+/g, ' ')) }).toEqual({ rule: rule.id, piece, found: true });
      }
    });
  }

  it('titles are unique in each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const titles = ALL_RULES.map((r) => r.title[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('checks the consolidation rules too, each quoting the TdR (none is a data rule)', () => {
    expect(CONSOLIDATION_RULES.map((r) => r.id)).toEqual(['consolidation/gt-coverage', 'consolidation/duplicate-group', 'consolidation/partner-roles']);
    for (const rule of CONSOLIDATION_RULES) {
      expect(rule.tdr).not.toBe('—');
      expect(rule.quote.length).toBeGreaterThan(0);
    }
  });

  it('the quote check catches words that are not the TdR', () => {
    // The same check as above, on a passage with one word changed: it must not pass.
    const altered = '« Chaque PTF (bilatéral ou multilatéral) intervenant dans un secteur désigne deux experts […] »';
    expect(quotePieces(altered).every((p) => tdr.includes(p))).toBe(false);
    const exact = '« Chaque PTF (bilatéral ou multilatéral) intervenant dans un secteur […] »';
    expect(quotePieces(exact).every((p) => tdr.includes(p))).toBe(true);
  });
});
