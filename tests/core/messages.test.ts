// presentation.md §4: real plurals in both languages, through Intl.PluralRules. Every message and
// label with a count is made for 0, 1 and 2 in French and English.

import { formatMessage, plural } from '../../core/messages';
import { RULES } from '../../core/rules/index';
import { outputMessages } from '../../core/plan/messages';
import { cliText } from '../../cli/text';
import { paneMessages } from '../../ui/messages';
import type { Lang } from '../../core/types';

const LANGS: Lang[] = ['fr', 'en'];

describe('formatMessage: plural choices', () => {
  const t = { fr: 'il y a {days, plural, one {# jour} other {# jours}}', en: '{days, plural, one {# day} other {# days}} ago' };
  it.each([
    ['fr', 0, 'il y a 0 jour'],
    ['fr', 1, 'il y a 1 jour'],
    ['fr', 2, 'il y a 2 jours'],
    ['fr', 46, 'il y a 46 jours'],
    ['fr', 1.5, 'il y a 1,5 jour'],
    ['en', 0, '0 days ago'],
    ['en', 1, '1 day ago'],
    ['en', 2, '2 days ago'],
  ] as const)('%s %d', (lang, days, expected) => {
    expect(formatMessage(t[lang], { days }, lang)).toBe(expected);
  });

  it('an exact =n choice wins over the category; placeholders inside a choice are filled', () => {
    const tpl = '{n, plural, =0 {aucune réunion} one {# réunion du {date}} other {# réunions}}';
    expect(formatMessage(tpl, { n: 0 }, 'fr')).toBe('aucune réunion');
    expect(formatMessage(tpl, { n: 1, date: '2026-11-15' }, 'fr')).toBe('1 réunion du 15/11/2026');
    expect(formatMessage(tpl, { n: 3 }, 'fr')).toBe('3 réunions');
  });

  it('feminine agreement is carried by the choice', () => {
    const tpl = '{waived, plural, one {# dérogation appliquée} other {# dérogations appliquées}}';
    expect(formatMessage(tpl, { waived: 1 }, 'fr')).toBe('1 dérogation appliquée');
    expect(formatMessage(tpl, { waived: 2 }, 'fr')).toBe('2 dérogations appliquées');
  });

  it('a choice whose count is missing or not a number stays as written (as an unknown placeholder does)', () => {
    expect(formatMessage('{n, plural, one {# x} other {# xs}} {y}', {}, 'en')).toBe('{n, plural, one {# x} other {# xs}} {y}');
    expect(formatMessage('{n, plural, one {# x} other {# xs}}', { n: 'deux' }, 'en')).toBe('{n, plural, one {# x} other {# xs}}');
  });

  it('placeholders: the same template filled again with other data, unknown names and odd braces left as written', () => {
    const tpl = '{a} et {b}{c} {not a name} {}{a}';
    expect(formatMessage(tpl, { a: 'x', b: 2.5, c: ['u', 'v'] }, 'fr')).toBe('x et 2,5u, v {not a name} {}x');
    expect(formatMessage(tpl, { a: 'y' }, 'en')).toBe('y et {b}{c} {not a name} {}y');
  });

  it('plural(): the number and the word', () => {
    expect([0, 1, 2].map((k) => plural(k, 'fr', 'jour', 'jours'))).toEqual(['0 jour', '1 jour', '2 jours']);
    expect([0, 1, 2].map((k) => plural(k, 'en', 'day', 'days'))).toEqual(['0 days', '1 day', '2 days']);
  });
});

/** The `{name, plural, ...}` choices of a template, with their one/other texts. */
function choices(template: string): { name: string; one: string; other: string }[] {
  const out: { name: string; one: string; other: string }[] = [];
  const re = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
  for (const m of template.matchAll(re)) out.push({ name: m[1], one: m[2], other: m[3] });
  return out;
}

/** Data for a template: every placeholder filled, the counted ones with k. */
function dataFor(template: string, k: number): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (const m of template.matchAll(/\{(\w+)/g)) data[m[1]] = 'X';
  for (const c of choices(template)) data[c.name] = k;
  return data;
}

const COUNTED = /\{\w+\} (jours?|days?|réunions?|meetings?|participants?|attendees?|invités?|points?|erreurs?|errors?|avertissements?|warnings?|constats?|findings?|dérogations?|waivers?|feuilles?|sheets?|règles?|rules?)\b/;

describe('every rule message with a count, in both languages, for 0, 1 and 2', () => {
  const templates = RULES.flatMap((r) =>
    [...Object.entries(r.messages), ...Object.entries(r.suggestions)].flatMap(([id, text]) => LANGS.map((lang) => ({ where: `${r.id} ${id} ${lang}`, lang, template: text[lang] }))),
  );

  it('no template writes a machine plural or a bare counted noun', () => {
    for (const { where, template } of templates) {
      expect({ where, machine: /\(s\)|\(e\)s|\(es\)/.test(template.replace(/un\(e\) expert \(e\)/g, '')) }).toEqual({ where, machine: false });
      expect({ where, bare: COUNTED.exec(template)?.[0] ?? null }).toEqual({ where, bare: null });
    }
  });

  const counted = templates.filter((t) => choices(t.template).length > 0);
  it('there are counted messages to check (the catalogue uses plural choices)', () => {
    expect(counted.length).toBeGreaterThanOrEqual(30);
  });

  for (const { where, lang, template } of counted) {
    it(where, () => {
      const texts = [0, 1, 2].map((k) => formatMessage(template, dataFor(template, k), lang));
      for (const text of texts) {
        expect(text).not.toMatch(/[{}#]/);
        expect(text).not.toContain('(s)');
      }
      for (const c of choices(template)) {
        // French: 0 and 1 take the singular; English: only 1.
        const one = (k: number) => c.one.replace('#', String(k));
        const other = (k: number) => c.other.replace('#', String(k));
        expect(texts[0]).toContain(lang === 'fr' ? one(0) : other(0));
        expect(texts[1]).toContain(one(1));
        expect(texts[2]).toContain(other(2));
      }
    });
  }
});

describe('labels with a count, in both languages, for 0, 1 and 2', () => {
  it('the terminal totals', () => {
    const line = (lang: Lang, k: number) => cliText(lang, 'totals', { errors: k, warnings: k, infos: k, waived: k, date: '15/11/2026' });
    expect([0, 1, 2].map((k) => line('fr', k))).toEqual([
      '0 erreur, 0 avertissement, 0 info, 0 dérogation appliquée — date de référence 15/11/2026',
      '1 erreur, 1 avertissement, 1 info, 1 dérogation appliquée — date de référence 15/11/2026',
      '2 erreurs, 2 avertissements, 2 infos, 2 dérogations appliquées — date de référence 15/11/2026',
    ]);
    expect([0, 1, 2].map((k) => line('en', k))).toEqual([
      '0 errors, 0 warnings, 0 infos, 0 waived — reference date 15/11/2026',
      '1 error, 1 warning, 1 info, 1 waived — reference date 15/11/2026',
      '2 errors, 2 warnings, 2 infos, 2 waived — reference date 15/11/2026',
    ]);
  });

  it('too many warnings', () => {
    expect([0, 1, 2].map((k) => cliText('fr', 'tooManyWarnings', { warnings: k, max: 0 }))).toEqual([
      '0 avertissement, plus que le maximum autorisé (0).',
      '1 avertissement, plus que le maximum autorisé (0).',
      '2 avertissements, plus que le maximum autorisé (0).',
    ]);
    expect([0, 1, 2].map((k) => cliText('en', 'tooManyWarnings', { warnings: k, max: 0 }))).toEqual([
      '0 warnings, more than the allowed maximum (0).',
      '1 warning, more than the allowed maximum (0).',
      '2 warnings, more than the allowed maximum (0).',
    ]);
  });

  it('the output sheets: documents and more points of attention', () => {
    const fr = outputMessages('fr');
    const en = outputMessages('en');
    expect([0, 1, 2].map((k) => fr.documentCounts(k, k, k))).toEqual([
      '0 présent, 0 manquant, 0 sans objet',
      '1 présent, 1 manquant, 1 sans objet',
      '2 présents, 2 manquants, 2 sans objet',
    ]);
    expect([0, 1, 2].map((k) => en.documentCounts(k, k, k))).toEqual(['0 present, 0 missing, 0 n/a', '1 present, 1 missing, 1 n/a', '2 present, 2 missing, 2 n/a']);
    expect([0, 1, 2].map((k) => fr.moreAttention(k, 'Constats'))).toEqual([
      '0 autre point : voir la feuille Constats.',
      '1 autre point : voir la feuille Constats.',
      '2 autres points : voir la feuille Constats.',
    ]);
    expect([0, 1, 2].map((k) => en.moreAttention(k, 'Findings'))).toEqual(['0 more: see the Findings sheet.', '1 more: see the Findings sheet.', '2 more: see the Findings sheet.']);
    expect(fr.shown).toEqual({ one: '{n} constat affiché sur {total}', other: '{n} constats affichés sur {total}' });
  });

  it('the pane', () => {
    const fr = paneMessages('fr');
    const en = paneMessages('en');
    expect([0, 1, 2].map((k) => fr.done(k, k, k))).toEqual([
      'Vérification terminée : 0 erreur, 0 avertissement, 0 info.',
      'Vérification terminée : 1 erreur, 1 avertissement, 1 info.',
      'Vérification terminée : 2 erreurs, 2 avertissements, 2 infos.',
    ]);
    expect([0, 1, 2].map((k) => en.done(k, k, k))).toEqual([
      'Check done: 0 errors, 0 warnings, 0 infos.',
      'Check done: 1 error, 1 warning, 1 info.',
      'Check done: 2 errors, 2 warnings, 2 infos.',
    ]);
    expect([0, 1, 2].map((k) => fr.cleared(k, k))).toEqual([
      'Retirées : 0 règle de surlignage et 0 feuille de l’outil.',
      'Retirées : 1 règle de surlignage et 1 feuille de l’outil.',
      'Retirées : 2 règles de surlignage et 2 feuilles de l’outil.',
    ]);
    expect([0, 1, 2].map((k) => en.cleared(k, k))).toEqual([
      'Removed: 0 highlight rules and 0 tool sheets.',
      'Removed: 1 highlight rule and 1 tool sheet.',
      'Removed: 2 highlight rules and 2 tool sheets.',
    ]);
    expect([0, 1, 2].map((k) => fr.shown(k, 5))).toEqual(['0 constat affiché sur 5', '1 constat affiché sur 5', '2 constats affichés sur 5']);
    expect([0, 1, 2].map((k) => en.shown(k, 5))).toEqual(['0 of 5 findings shown', '1 of 5 findings shown', '2 of 5 findings shown']);
    expect(fr.notApplicable).not.toBe('n/a');
  });
});
