// The Paramètres sheet: thresholds, reference date, language and per-rule severities.

import { normalise } from '../text';
import {
  INVALID,
  isBlank,
  readDate,
  readDayMonth,
  readRate,
  readText,
  readWholeNumber,
  readYesNo,
  splitList,
  type Invalid,
  type ReadOptions,
} from '../values';
import type { Cell, Lang, SeverityOrOff } from '../types';
import type { Settings } from '../settings';
import type { SettingField, SettingRow } from './model';
import type { SheetReader } from './sheet-reader';

type Reader = (c: Cell, o: ReadOptions) => unknown | Invalid;

const positiveDays: Reader = (c) => {
  const n = readWholeNumber(c);
  return n === INVALID || n < 0 ? INVALID : n;
};

const language: Reader = (c) => {
  const n = normalise(readText(c));
  if (['fr', 'francais', 'french'].includes(n)) return 'fr';
  if (['en', 'anglais', 'english'].includes(n)) return 'en';
  return INVALID;
};

/** Périmètre: the texts as written (`GT2; GT4`); parseWorkbook resolves them to GT codes. */
const scopeTexts: Reader = (c) => {
  const items = splitList(readText(c), () => true).flatMap((item) => item.split(',').map((s) => s.trim()).filter(Boolean));
  return items.length === 0 ? INVALID : items;
};

/** The keys of workbook.md with their aliases and readers. */
export const SETTING_KEYS: { name: keyof Settings; aliases: string[]; read: Reader }[] = [
  { name: 'referenceDate', aliases: ['Date de référence', 'Reference date'], read: readDate },
  { name: 'language', aliases: ['Langue', 'Language'], read: language },
  {
    name: 'maxGtCoordinationGap',
    aliases: ['Écart maximal entre coordinations GT (jours)', 'Max days between GT coordination meetings'],
    read: (c) => {
      const n = positiveDays(c, { date1904: false, timeZone: 'UTC' });
      return n === 0 ? INVALID : n;
    },
  },
  { name: 'agendaLeadDays', aliases: ["Délai d'envoi de l'OdJ (jours)", 'Agenda lead time (days)'], read: positiveDays },
  { name: 'minutesDelayDays', aliases: ['Délai de diffusion du CR (jours)', 'Minutes delay (days)'], read: positiveDays },
  {
    name: 'nexusValidityDays',
    aliases: ['Validité de la désignation Nexus (jours)', 'Nexus designation validity (days)'],
    read: positiveDays,
  },
  {
    name: 'prioritiesDeadline',
    aliases: ['Date limite des priorités annuelles', 'Annual priorities deadline'],
    read: readDayMonth,
  },
  {
    name: 'minAttendanceRate',
    aliases: ['Taux de participation minimal', 'Minimum attendance rate'],
    read: (c) => {
      const r = readRate(c);
      return r === INVALID || r > 1 ? INVALID : r;
    },
  },
  {
    name: 'dialogueInactivityDays',
    aliases: ["Inactivité d'un groupe de dialogue (jours)", 'Dialogue group inactivity (days)'],
    read: positiveDays,
  },
  { name: 'rotationNoticeDays', aliases: ['Préavis de rotation (jours)', 'Rotation notice (days)'], read: positiveDays },
  {
    name: 'dialogueFormality',
    aliases: ['Formalisme des groupes de dialogue', 'Dialogue group formality'],
    read: readYesNo,
  },
  { name: 'scope', aliases: ['Périmètre', 'Scope'], read: scopeTexts },
];

const KEY_BY_ALIAS = new Map<string, (typeof SETTING_KEYS)[number]>();
for (const k of SETTING_KEYS) for (const a of k.aliases) KEY_BY_ALIAS.set(normalise(a), k);

const SEVERITIES = new Map<string, SeverityOrOff>([
  ['erreur', 'error'],
  ['error', 'error'],
  ['avertissement', 'warning'],
  ['warning', 'warning'],
  ['info', 'info'],
  ['information', 'info'],
  ['desactivee', 'off'],
  ['desactive', 'off'],
  ['off', 'off'],
]);

/**
 * Reads the Paramètres rows into `settings` (in place). The reference date and language given by
 * the caller (command line) win over the sheet.
 */
export function readSettingsSheet(
  reader: SheetReader<SettingField>,
  settings: Settings,
  knownRuleIds: ReadonlySet<string>,
): SettingRow[] {
  const rows: SettingRow[] = [];
  const ruleIdsByNormalised = new Map<string, string>();
  for (const id of knownRuleIds) ruleIdsByNormalised.set(normalise(id), id);

  const f = reader.fields;
  for (const r of reader.dataRows) {
    const draft = reader.newDraft(r);
    const key = reader.text(draft, f.key);
    reader.requireValue(draft, 'key', key);
    const raw = reader.raw(r, f.value);
    const row: SettingRow = { row: r, bad: null, waivers: [], key, value: null };
    rows.push(row);
    if (key === null) continue;
    const nk = normalise(key);
    const setting = KEY_BY_ALIAS.get(nk);
    const ruleId = ruleIdsByNormalised.get(nk);
    if (!setting && !ruleId) {
      reader.issue('invalid-value', draft, 'key', 'unknownSetting', { value: key });
      continue;
    }
    if (isBlank(raw)) {
      // A blank Périmètre is the template's: all five GT (scope.md).
      if (setting?.name !== 'scope') reader.requireValue(draft, 'value', null);
      continue;
    }
    if (reader.checkError(draft, 'value', raw, null)) continue;
    if (ruleId) {
      const sev = SEVERITIES.get(normalise(readText(raw)));
      if (sev === undefined) {
        reader.issue('invalid-value', draft, 'value', 'badSeverity', { key, value: readText(raw) });
        continue;
      }
      settings.severities.set(ruleId, sev);
      row.value = sev;
      continue;
    }
    const v = setting!.read(raw, reader.options);
    if (v === INVALID) {
      reader.issue('invalid-value', draft, 'value', 'badSetting', { key, value: readText(raw) });
      continue;
    }
    row.value = v;
    (settings as unknown as Record<string, unknown>)[setting!.name] = v as Lang;
  }
  return rows;
}
