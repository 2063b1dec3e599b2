// docs/rules.md, the rule reference (presentation.md §3), made from the rule modules themselves:
// id, title, severity, TdR paragraph and the TdR's words, what triggers it, where the finding
// points, the settings it reads, one example of a finding (from the sample workbook). French
// first, then English.
//
//   npm run docs      (writes docs/rules.md; tests/core/rules/docs.test.ts fails when it is stale)

import * as fs from 'fs';
import * as path from 'path';
import { validate } from '../core';
import { defaultSettings } from '../core/settings';
import { SETTING_KEYS } from '../core/workbook/settings-sheet';
import { sheetSpec } from '../core/workbook/schema';
import { CONSOLIDATION_RULES, RULES } from '../core/rules/index';
import type { Rule } from '../core/rules/rule';
import type { ConsolidationRule } from '../core/rules/consolidation/rule';
import type { SheetKey } from '../core/workbook/model';
import type { Finding, Lang } from '../core/types';
import { severityLabel } from '../core/plan/messages';
import { formatDay, isoToDay } from '../core/values';
import { buildSample, SAMPLE_FILE, SAMPLE_REFERENCE_DATE } from '../examples/make-sample';

const WORDS = {
  fr: {
    heading: 'Règles vérifiées',
    intro:
      `Les ${RULES.length} règles de tdr-check, dans l'ordre du catalogue. Chaque règle cite les mots des TdR qu'elle fait respecter ` +
      '(texte complet : [tdr.txt](tdr.txt)). Fichier produit par `npm run docs` à partir des modules `core/rules/` : ' +
      'ne pas le modifier à la main. Les règles d’une consolidation suivent : [Règles de consolidation](#fr-consolidation).',
    consolidationHeading: 'Règles de consolidation',
    consolidationIntro:
      `Les ${CONSOLIDATION_RULES.length} règles d'une consolidation (\`tdr-check\` avec plusieurs classeurs, ou Consolider dans le volet) : ` +
      'elles voient ensemble les classeurs des coordinateurs, chacun d’abord vérifié seul avec son propre Périmètre et ses propres paramètres. ' +
      'Leurs constats nomment le classeur qui porte la cellule.',
    noExampleConsolidation: 'modèle du message',
    summary: '| Règle | Intitulé | Sévérité | TdR |\n|---|---|---|---|',
    severity: 'Sévérité par défaut',
    tdr: 'TdR',
    none: 'aucun paragraphe (règle de lecture du classeur)',
    checks: 'Ce qu’elle vérifie',
    triggers: 'Constats possibles',
    columns: 'Colonnes nécessaires',
    settings: 'Paramètres lus',
    noSettings: 'aucun',
    defaultValue: 'défaut',
    example: 'Exemple',
    exampleSample: (date: string) => `classeur d'exemple, date de référence ${date}`,
    noExample: 'aucun constat dans le classeur d’exemple ; modèle du message',
    anchor: 'ancre',
    workbookAnchor: 'le classeur',
    yes: 'oui',
    no: 'non',
  },
  en: {
    heading: 'Rules checked',
    intro:
      `The ${RULES.length} rules of tdr-check, in catalogue order. Each rule quotes the TdR words it enforces, in French ` +
      '(full text: [tdr.txt](tdr.txt)). Made by `npm run docs` from the `core/rules/` modules: do not edit by hand. ' +
      'The rules of a consolidation follow: [Consolidation rules](#en-consolidation).',
    consolidationHeading: 'Consolidation rules',
    consolidationIntro:
      `The ${CONSOLIDATION_RULES.length} rules of a consolidation (\`tdr-check\` with several workbooks, or Consolidate in the pane): ` +
      "they see the coordinators' workbooks together, each first checked on its own with its own Scope and settings. " +
      'Their findings name the workbook that holds the cell.',
    noExampleConsolidation: 'the message template',
    summary: '| Rule | Title | Severity | TdR |\n|---|---|---|---|',
    severity: 'Default severity',
    tdr: 'TdR',
    none: 'no paragraph (a workbook reading rule)',
    checks: 'What it checks',
    triggers: 'Possible findings',
    columns: 'Columns it needs',
    settings: 'Settings it reads',
    noSettings: 'none',
    defaultValue: 'default',
    example: 'Example',
    exampleSample: (date: string) => `sample workbook, reference date ${date}`,
    noExample: 'no finding in the sample workbook; the message template',
    anchor: 'anchor',
    workbookAnchor: 'the workbook',
    yes: 'yes',
    no: 'no',
  },
};

/** `membership/nexus-renewal` → `membership-nexus-renewal`, the heading's anchor. */
function anchorOf(id: string, lang: Lang): string {
  return `${lang}-${id.replace(/\//g, '-')}`;
}

function settingDefault(name: string, lang: Lang): string {
  const value = (defaultSettings(0) as unknown as Record<string, unknown>)[name];
  const w = WORDS[lang];
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return name === 'minAttendanceRate' ? `${value * 100} %` : String(value);
  if (value && typeof value === 'object' && 'day' in value && 'month' in value) {
    const v = value as { day: number; month: number };
    return `${String(v.day).padStart(2, '0')}/${String(v.month).padStart(2, '0')}`;
  }
  return String(value);
}

/** A message template as a reader takes it in: `{days, plural, one {# jour} other {# jours}}` → `{days} jours`. */
function readableTemplate(template: string): string {
  return template.replace(/\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g, (_w, name: string, _one: string, other: string) =>
    other.replace('#', `{${name}}`),
  );
}

/** The first finding of each rule on the sample workbook, in each language. */
function sampleExamples(): Record<Lang, Map<string, Finding>> {
  const sample = buildSample();
  const out = { fr: new Map<string, Finding>(), en: new Map<string, Finding>() };
  for (const lang of ['fr', 'en'] as const) {
    const report = validate(
      { name: SAMPLE_FILE, sheets: sample.sheets.map((s) => ({ name: s.name, rows: s.rows })) },
      { referenceDate: SAMPLE_REFERENCE_DATE, language: lang },
    );
    for (const f of report.findings) if (!out[lang].has(f.ruleId)) out[lang].set(f.ruleId, f);
  }
  return out;
}

function ruleSection(rule: Rule | ConsolidationRule, lang: Lang, example: Finding | undefined): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  lines.push(`### <a id="${anchorOf(rule.id, lang)}"></a>\`${rule.id}\` — ${rule.title[lang]}`, '');
  const colon = lang === 'fr' ? ' : ' : ': ';
  lines.push(`- ${w.severity}${colon}${severityLabel(rule.defaultSeverity, lang)}`);
  if (rule.tdr === '—') lines.push(`- ${w.tdr}${colon}${w.none}`);
  else lines.push(`- ${w.tdr} ${rule.tdr}${colon}${rule.quote.join(' ')}`);
  lines.push(`- ${w.checks}${colon}${rule.description[lang]}`);
  const messages = Object.values(rule.messages).map((m) => readableTemplate(m[lang]));
  lines.push(`- ${w.triggers}${colon.trimEnd()}`);
  for (const m of messages) lines.push(`  - ${m}`);
  // A consolidation rule reads what each workbook's own check read: no columns or settings of its own.
  const consolidation = rule.area === 'consolidation';
  const columns = Object.entries((!consolidation && rule.requires) || {}).map(([key, fields]) => {
    const spec = sheetSpec(key as SheetKey);
    const names = (fields ?? []).map((f) => spec.columns.find((c) => c.field === f)?.[lang] ?? f);
    return `${spec[lang]} (${names.join(', ')})`;
  });
  if (columns.length) lines.push(`- ${w.columns}${colon}${columns.join(' ; ')}`);
  const settings = ((!consolidation && rule.settings) || []).map((name) => {
    const key = SETTING_KEYS.find((k) => k.name === name);
    const label = key ? key.aliases[lang === 'fr' ? 0 : 1] : name;
    return `${label} (${w.defaultValue}${colon}${settingDefault(name, lang)})`;
  });
  if (!consolidation) lines.push(`- ${w.settings}${colon}${settings.length ? settings.join(' ; ') : w.noSettings}`);
  if (example) {
    const place = example.sheet === null ? w.workbookAnchor : example.cell === null ? example.sheet : `${example.sheet}!${example.cell}`;
    lines.push(`- ${w.example} (${w.exampleSample(formatDay(isoToDay(SAMPLE_REFERENCE_DATE)!, lang))}, ${w.anchor} ${place})${colon}« ${example.message} »`);
  } else {
    lines.push(`- ${w.example} (${consolidation ? w.noExampleConsolidation : w.noExample})${colon}« ${messages[0] ?? ''} »`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The whole of docs/rules.md. */
export function rulesMarkdown(): string {
  const examples = sampleExamples();
  const parts: string[] = ['# Règles / Rules', '', '[Français](#fr) · [English](#en)', ''];
  for (const lang of ['fr', 'en'] as const) {
    const w = WORDS[lang];
    parts.push(`## <a id="${lang}"></a>${w.heading}`, '', w.intro, '', w.summary);
    for (const r of RULES) {
      parts.push(`| [\`${r.id}\`](#${anchorOf(r.id, lang)}) | ${r.title[lang]} | ${severityLabel(r.defaultSeverity, lang)} | ${r.tdr} |`);
    }
    parts.push('');
    for (const r of RULES) parts.push(ruleSection(r, lang, examples[lang].get(r.id)));
    // scope.md: the consolidation rules, after the workbook rules.
    parts.push(`## <a id="${lang}-consolidation"></a>${w.consolidationHeading}`, '', w.consolidationIntro, '', w.summary);
    for (const r of CONSOLIDATION_RULES) {
      parts.push(`| [\`${r.id}\`](#${anchorOf(r.id, lang)}) | ${r.title[lang]} | ${severityLabel(r.defaultSeverity, lang)} | ${r.tdr} |`);
    }
    parts.push('');
    for (const r of CONSOLIDATION_RULES) parts.push(ruleSection(r, lang, undefined));
  }
  return parts.join('\n').replace(/\n+$/, '\n');
}

export const RULES_DOC = path.join('docs', 'rules.md');

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? RULES_DOC);
  fs.writeFileSync(file, rulesMarkdown());
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
