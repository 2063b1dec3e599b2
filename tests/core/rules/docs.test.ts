// docs/rules.md is made from the rule modules (npm run docs); it must match them.

import * as fs from 'fs';
import * as path from 'path';
import { rulesMarkdown } from '../../../cli/rules-doc';
import { CONSOLIDATION_RULES, RULES } from '../../../core/rules/index';

const FILE = path.join(__dirname, '..', '..', '..', 'docs', 'rules.md');

describe('docs/rules.md', () => {
  const made = rulesMarkdown();

  it('is up to date with the rule modules (run `npm run docs` after changing a rule)', () => {
    const onDisk = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    // A line-level comparison names the first stale line rather than two whole files.
    const a = onDisk.split('\n');
    const b = made.split('\n');
    const first = b.findIndex((line, i) => a[i] !== line);
    expect({ firstStaleLine: first < 0 && a.length === b.length ? null : first + 1, onDisk: a[first] ?? null, fromModules: b[first] ?? null }).toEqual({
      firstStaleLine: null,
      onDisk: null,
      fromModules: null,
    });
  });

  it('lists every rule in both languages with its title, severity, TdR words and an example', () => {
    for (const r of [...RULES, ...CONSOLIDATION_RULES]) {
      for (const lang of ['fr', 'en'] as const) {
        const heading = `<a id="${lang}-${r.id.replace('/', '-')}"></a>\`${r.id}\` — ${r.title[lang]}`;
        const at = made.indexOf(heading);
        expect({ id: r.id, lang, found: at >= 0 }).toEqual({ id: r.id, lang, found: true });
        const section = made.slice(at, made.indexOf('\n### ', at + 1) >>> 0);
        for (const passage of r.quote) expect(section).toContain(passage);
        expect(section).toMatch(lang === 'fr' ? /- Sévérité par défaut : (erreur|avertissement|info)/ : /- Default severity: (error|warning|info)/);
        expect(section).toMatch(lang === 'fr' ? /- Exemple .*« .+ »/ : /- Example .*« .+ »/);
      }
    }
  });

  it('lists the consolidation rules in their own section, after every workbook rule', () => {
    for (const lang of ['fr', 'en'] as const) {
      const start = made.indexOf(`## <a id="${lang}-consolidation"></a>`);
      expect(start).toBeGreaterThan(made.indexOf(`<a id="${lang}-${RULES[RULES.length - 1].id.replace('/', '-')}"></a>`));
      const end = lang === 'fr' ? made.indexOf('## <a id="en"></a>') : made.length;
      const part = made.slice(start, end);
      for (const r of CONSOLIDATION_RULES) {
        expect(part).toContain(`| [\`${r.id}\`](#${lang}-${r.id.replace('/', '-')}) | ${r.title[lang]} |`);
        expect(part).toContain(`<a id="${lang}-${r.id.replace('/', '-')}"></a>`);
      }
      // No workbook rule in it.
      for (const r of RULES) expect(part).not.toContain(`<a id="${lang}-${r.id.replace('/', '-')}"></a>`);
    }
  });

  it('follows the consolidation rule modules: a changed title or quote makes the file stale', () => {
    const rule = CONSOLIDATION_RULES[1] as { title: { fr: string; en: string }; quote: readonly string[] };
    const { title, quote } = rule;
    try {
      rule.title = { ...title, fr: `${title.fr} (modifié)` };
      expect(rulesMarkdown()).not.toBe(made);
      rule.title = title;
      rule.quote = ['« Tous les anciens GT et SGT deviennent des Groupes de Dialogue […] »'];
      expect(rulesMarkdown()).not.toBe(made);
    } finally {
      rule.title = title;
      rule.quote = quote;
    }
    expect(rulesMarkdown()).toBe(made);
  });

  it('shows a real finding of the sample as the example when the sample has one', () => {
    expect(made).toMatch(/`membership\/nexus-renewal` — Renouvellement du point focal Nexus[\s\S]*?- Exemple \(classeur d'exemple, date de référence 15\/11\/2026, ancre Membres!I\d+\) : « Le point focal Nexus .* il y a \d+ jours/);
  });
});
