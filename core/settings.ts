// Settings: defaults from workbook.md (Paramètres), each threshold with the TdR paragraph it
// comes from. The Paramètres sheet and the command line override them.

import type { Day, Lang, SeverityOrOff } from './types';

export interface Settings {
  /** D, the "today" of every rule. */
  referenceDate: Day;
  language: Lang;
  /** IV.11: a bimonthly rhythm is suggested. */
  maxGtCoordinationGap: number;
  /** II.4: agendas sent on time. */
  agendaLeadDays: number;
  /** II.4: minutes sent on time. */
  minutesDelayDays: number;
  /** III.6: the Nexus focal point is renewed every year. */
  nexusValidityDays: number;
  /** IV.10: dialogue groups send their priorities at the start of the year. */
  prioritiesDeadline: { day: number; month: number };
  /** II.4: participation; a fraction (0.5 = 50 %). */
  minAttendanceRate: number;
  /** I.4: regular meetings. */
  dialogueInactivityDays: number;
  /** II.7: foreseeable rotation. */
  rotationNoticeDays: number;
  /** II.8 leaves dialogue groups little formality; `oui` checks their meetings like a GT's. */
  dialogueFormality: boolean;
  /**
   * scope.md: the reference GT PTF this workbook covers ('GT1'..'GT5', in order), or null for all
   * five. Paramètres › Périmètre holds texts (codes or names); the reader resolves them to codes
   * once the Groupes rows are read (like `GT de rattachement`).
   */
  scope: string[] | null;
  /** Per-rule severity overrides (rule id → severity or off). */
  severities: Map<string, SeverityOrOff>;
}

export function defaultSettings(referenceDate: Day): Settings {
  return {
    referenceDate,
    language: 'fr',
    maxGtCoordinationGap: 62,
    agendaLeadDays: 7,
    minutesDelayDays: 14,
    nexusValidityDays: 365,
    prioritiesDeadline: { day: 31, month: 3 },
    minAttendanceRate: 0.5,
    dialogueInactivityDays: 120,
    rotationNoticeDays: 90,
    dialogueFormality: false,
    scope: null,
    severities: new Map(),
  };
}
