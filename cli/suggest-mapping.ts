// `--suggest-mapping`: the Correspondances suggestions (core/workbook/suggest.ts) for a workbook
// laid out its own way. Standard output gets the proposed rows as a tab-separated table, ready to
// paste into a `Correspondances` sheet; standard error gets the other candidates and the words
// with no proposal, for the user to choose.

import { formatMessage } from '../core/messages';
import type { Lang, WorkbookSnapshot } from '../core/types';
import { proposedRows, suggestMapping, type MappingSuggestions } from '../core/workbook/suggest';
import { toolName } from '../core/workbook/mapping';

const TEXT = {
  nothing: {
    fr: 'Rien à proposer : l’outil trouve toutes ses feuilles et colonnes, et connaît toutes les valeurs.',
    en: 'Nothing to propose: the tool finds all its sheets and columns, and knows every value.',
  },
  others: { fr: 'autres candidats', en: 'other candidates' },
  none: { fr: 'aucun candidat', en: 'no candidate' },
  value: {
    fr: '« {value} » ({count, plural, one {# cellule} other {# cellules}}, colonne « {header} » de « {sheet} ») : aucune valeur proposée ; valeurs de l’outil : {values}',
    en: '"{value}" ({count, plural, one {# cell} other {# cells}}, column "{header}" of "{sheet}"): no value proposed; the tool’s values: {values}',
  },
  // The label's colon as each language writes it (a space before it in French only).
  colon: { fr: ' : ', en: ': ' },
  paste: {
    fr: 'Collez le tableau (sortie standard) dans une feuille « Correspondances », vérifiez-le, puis relancez la vérification.',
    en: 'Paste the table (standard output) into a "Mapping" sheet, check it, then run the check again.',
  },
} as const;

function t(lang: Lang, key: keyof typeof TEXT, data: Record<string, string | number> = {}): string {
  return formatMessage(TEXT[key][lang], data, lang);
}

/** A cell of the pasted table: tabs and line breaks would split it. */
function cell(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export function suggestionText(snapshot: WorkbookSnapshot, lang: Lang): { stdout: string; stderr: string } {
  const s: MappingSuggestions = suggestMapping(snapshot);
  const rows = proposedRows(s, lang);
  const notes: string[] = [];
  const alternatives = (label: string, proposed: string | null, names: string[]) => {
    const others = names.filter((n) => n !== proposed).slice(0, 4);
    const colon = t(lang, 'colon');
    if (proposed === null) notes.push(`${label}${colon}${others.length ? others.join(' | ') : t(lang, 'none')}`);
    else if (others.length) notes.push(`${label} → ${proposed} (${t(lang, 'others')}${colon}${others.join(' | ')})`);
  };
  for (const x of s.sheets) alternatives(toolName(x.sheet, null, null, lang), x.proposed, x.candidates.map((c) => c.name));
  for (const x of s.columns) alternatives(toolName(x.sheet, x.field, null, lang), x.proposed, x.candidates.map((c) => c.name));
  for (const v of s.values) {
    if (v.proposed !== null) continue;
    notes.push(
      t(lang, 'value', {
        value: v.value,
        count: v.count,
        header: v.header,
        sheet: v.userSheet,
        values: v.toolValues.map((x) => x[lang]).join(', '),
      }),
    );
  }
  if (rows.length === 1 && notes.length === 0) return { stdout: '', stderr: t(lang, 'nothing') + '\n' };
  const stdout = rows.map((r) => r.map(cell).join('\t')).join('\n') + '\n';
  const stderr = [...notes, t(lang, 'paste')].join('\n') + '\n';
  return { stdout, stderr };
}
