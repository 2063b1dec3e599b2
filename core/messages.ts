// Message text is made at the edge, from a template and the finding's data, in one language.

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

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function formatMessage(template: string, data: MessageData, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = data[name];
    return v === undefined ? whole : show(v, lang);
  });
}
