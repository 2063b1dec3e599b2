// scope.md: a coordinator's workbook covers one GT PTF (or a few). In scope are the named GT,
// the groups attached to them, and every cluster. A group whose GT is a reference GT outside the
// scope is out of it; a group with no GT (a cluster, an unattached group, a GT that is no
// reference GT) stays in, so that what is wrong with it is still said.

import { gtCodeOf, type GroupRow } from './workbook/model';
import { referenceGt } from './reference';

export type Scope = ReadonlySet<string> | null;

export function scopeOf(codes: readonly string[] | null): Scope {
  return codes === null ? null : new Set(codes);
}

/** Whether a reference GT code (or null) is in scope. */
export function gtInScope(scope: Scope, gt: string | null): boolean {
  return scope === null || gt === null || scope.has(gt) || !referenceGt(gt);
}

export function groupInScope(scope: Scope, group: GroupRow | null): boolean {
  return scope === null || group === null || gtInScope(scope, gtCodeOf(group));
}

/** "GT2" or "GT2, GT4" as the outputs show it; '' for all five. */
export function scopeLabel(codes: readonly string[] | null | undefined): string {
  return codes ? codes.join(', ') : '';
}
