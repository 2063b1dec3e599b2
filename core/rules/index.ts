// The rule catalogue of rules.md, in its order. One rule per file under core/rules/<area>/.

import type { Rule } from './rule';
import type { Lang } from '../types';
import dataMissingSheet from './data/missing-sheet';
import dataMissingColumn from './data/missing-column';
import dataEmptySheet from './data/empty-sheet';
import dataRequiredValue from './data/required-value';
import dataInvalidValue from './data/invalid-value';
import dataDuplicate from './data/duplicate';
import dataUnknownReference from './data/unknown-reference';
import dataDateOrder from './data/date-order';
import dataErrorValue from './data/error-value';
import dataDeprecatedTerm from './data/deprecated-term';
import dataUnknownWaiver from './data/unknown-waiver';
import dataWaiverWithoutReason from './data/waiver-without-reason';
import dataUnusedWaiver from './data/unused-waiver';
import structureGtSet from './structure/gt-set';
import structureGdParent from './structure/gd-parent';
import structureGdPlacement from './structure/gd-placement';
import structureGdMissing from './structure/gd-missing';
import structureGdCps from './structure/gd-cps';
import structureGtTheme from './structure/gt-theme';
import structureOdd from './structure/odd';
import structureClusterLink from './structure/cluster-link';
import membershipTripartite from './membership/tripartite';
import membershipRotation from './membership/rotation';
import membershipDialogueLeader from './membership/dialogue-leader';
import membershipCoLeaders from './membership/co-leaders';
import membershipExpert from './membership/expert';
import membershipAlternate from './membership/alternate';
import membershipNexusFocalPoint from './membership/nexus-focal-point';
import membershipNexusRenewal from './membership/nexus-renewal';
import calendarGtCoordination from './calendar/gt-coordination';
import calendarAnnualPlan from './calendar/annual-plan';
import calendarMinisterialEscort from './calendar/ministerial-escort';
import calendarAgenda from './calendar/agenda';
import calendarMinutes from './calendar/minutes';
import calendarParticipation from './calendar/participation';
import calendarHarmonised from './calendar/harmonised';
import calendarClusterParticipation from './calendar/cluster-participation';
import calendarSteeringCommittee from './calendar/steering-committee';
import calendarCoordinatorsMeeting from './calendar/coordinators-meeting';
import calendarGecMonthly from './calendar/gec-monthly';
import calendarInactiveGroup from './calendar/inactive-group';
import calendarStatusStale from './calendar/status-stale';
import calendarPostponed from './calendar/postponed';
import decisionsOverdue from './decisions/overdue';
import decisionsClosureDate from './decisions/closure-date';
import documentsGtDocuments from './documents/gt-documents';
import documentsGdPriorities from './documents/gd-priorities';
import documentsGdExempt from './documents/gd-exempt';

import consolidationGtCoverage from './consolidation/gt-coverage';
import consolidationDuplicateGroup from './consolidation/duplicate-group';
import consolidationPartnerRoles from './consolidation/partner-roles';
import type { ConsolidationRule } from './consolidation/rule';

export const RULES: readonly Rule[] = [
  dataMissingSheet,
  dataMissingColumn,
  dataEmptySheet,
  dataRequiredValue,
  dataInvalidValue,
  dataDuplicate,
  dataUnknownReference,
  dataDateOrder,
  dataErrorValue,
  dataDeprecatedTerm,
  dataUnknownWaiver,
  dataWaiverWithoutReason,
  dataUnusedWaiver,
  structureGtSet,
  structureGdParent,
  structureGdPlacement,
  structureGdMissing,
  structureGdCps,
  structureGtTheme,
  structureOdd,
  structureClusterLink,
  membershipTripartite,
  membershipRotation,
  membershipDialogueLeader,
  membershipCoLeaders,
  membershipExpert,
  membershipAlternate,
  membershipNexusFocalPoint,
  membershipNexusRenewal,
  calendarGtCoordination,
  calendarAnnualPlan,
  calendarMinisterialEscort,
  calendarAgenda,
  calendarMinutes,
  calendarParticipation,
  calendarHarmonised,
  calendarClusterParticipation,
  calendarSteeringCommittee,
  calendarCoordinatorsMeeting,
  calendarGecMonthly,
  calendarInactiveGroup,
  calendarStatusStale,
  calendarPostponed,
  decisionsOverdue,
  decisionsClosureDate,
  documentsGtDocuments,
  documentsGdPriorities,
  documentsGdExempt,
];

/** scope.md: the rules of a consolidated run, over several workbooks (core/consolidate.ts). */
export const CONSOLIDATION_RULES: readonly ConsolidationRule[] = [
  consolidationGtCoverage,
  consolidationDuplicateGroup,
  consolidationPartnerRoles,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

// Every rule a finding may name: a workbook's and a consolidated run's (their findings share the
// HTML report, the Constats sheet and the pane).
const BY_ID = new Map<string, Rule | ConsolidationRule>([...RULES, ...CONSOLIDATION_RULES].map((r) => [r.id, r] as const));

/**
 * What a finding shows of its rule (presentation.md §3): the title in `lang` and the TdR's words
 * (French, « … » passages joined by a space; '' for a data rule). Workbook and consolidation rules
 * alike; unknown ids give the id itself.
 */
export function ruleText(id: string, lang: Lang): { title: string; quote: string } {
  const rule = BY_ID.get(id);
  if (!rule) return { title: id, quote: '' };
  return { title: rule.title[lang], quote: rule.quote.join(' ') };
}
