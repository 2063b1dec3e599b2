// Message text is made at the edge, from a template and the finding's data, in one language.
//
// Templates fill `{name}` from the data, and write counted words with a small part of ICU's
// message syntax, so that no output says `jour(s)` (presentation.md §4):
//   `{days, plural, one {# jour} other {# jours}}`  →  `1 jour`, `46 jours` (`0 jour` in French)
// The form is chosen by Intl.PluralRules for the language (French counts 0 and 1 as singular,
// English only 1); `=0` (an exact value) wins over the category; `#` is the number as shown.

import type { Lang, MessageData } from './types';
import { formatDay, isoToDay } from './values';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function show(value: string | number | string[], lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => show(v, lang)).join(', ');
  if (typeof value === 'number') return lang === 'fr' ? String(value).replace('.', ',') : String(value);
  if (ISO_DATE.test(value)) {
    const d = isoToDay(value);
    if (d !== null) return formatDay(d, lang);
  }
  return value;
}

const PLURAL_RULES: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of n in lang: `one` or `other` for French and English. */
export function pluralCategory(n: number, lang: Lang): string {
  const rules = (PLURAL_RULES[lang] ??= new Intl.PluralRules(lang));
  return rules.select(n);
}

/**
 * `count` followed by the word in the form its number asks for: plural(2, 'fr', 'jour', 'jours')
 * → `2 jours`, plural(0, 'fr', …) → `0 jour`, plural(0, 'en', 'day', 'days') → `0 days`.
 */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  return `${show(n, lang)} ${pluralCategory(n, lang) === 'one' ? one : other}`;
}

/** Just the word's form for n (no number): pluralWord(1, 'fr', 'appliquée', 'appliquées'). */
export function pluralWord(n: number, lang: Lang, one: string, other: string): string {
  return pluralCategory(n, lang) === 'one' ? one : other;
}

/** Fills `{name}` placeholders and `{n, plural, …}` choices; an unknown placeholder is left as written. */
export function formatMessage(template: string, data: MessageData, lang: Lang): string {
  if (template.indexOf(', plural,') < 0) return fillSimple(template, data, lang);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += fillOne(template.slice(open + 1, close), template.slice(open, close + 1), data, lang);
    i = close + 1;
  }
  return out + template.slice(i);
}

/**
 * Templates split once at their `{name}` placeholders: text, name, text, name, …, text (what
 * `replace(/\{(\w+)\}/g, …)` matched). A large workbook fills thousands of findings from a few
 * dozen templates. Bounded: the plural branch fills texts made on the fly.
 */
const SPLIT_TEMPLATES = new Map<string, string[]>();
const PLACEHOLDER = /\{(\w+)\}/;

function fillSimple(template: string, data: MessageData, lang: Lang): string {
  let parts = SPLIT_TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(new RegExp(PLACEHOLDER, 'g'));
    if (SPLIT_TEMPLATES.size < 10_000) SPLIT_TEMPLATES.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data[parts[i]];
    out += (v === undefined ? `{${parts[i]}}` : show(v, lang)) + parts[i + 1];
  }
  return out;
}

/** One `{…}`: a plain placeholder or a plural choice. */
function fillOne(inner: string, whole: string, data: MessageData, lang: Lang): string {
  const m = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (!m) return fillSimple(whole, data, lang);
  const v = data[m[1]];
  if (typeof v !== 'number') return whole;
  const options = pluralOptions(m[2]);
  const chosen = options.get(`=${v}`) ?? options.get(pluralCategory(v, lang)) ?? options.get('other');
  if (chosen === undefined) return whole;
  return formatMessage(chosen.replace(/#/g, show(v, lang)), data, lang);
}

/** ` one {# jour} other {# jours}` → one → `# jour`, other → `# jours`. */
function pluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  const key = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let i = 0;
  while (i < text.length) {
    key.lastIndex = i;
    const m = key.exec(text);
    if (!m) break;
    const open = key.lastIndex - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    options.set(m[1], text.slice(open + 1, close));
    i = close + 1;
  }
  return options;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
