// Resolving references to groups (rules.md, "Resolving a reference"): by the kind the context
// expects, the code first, then the name, then the reference aliases. A value naming only a group
// of another kind is `wrong-kind` (data/invalid-value); naming nothing, `unknown`; naming only a
// row whose Type is blank or invalid (no group of any kind, its Type cell already reported),
// `untyped`: the reference is not reported again, and the rules skip it.

import { normalise } from '../text';
import { matchCluster, matchClusterRow, matchDialogueGroup, matchGt } from '../reference';
import { groupKind, type GroupRow } from './model';
import { keepShape } from '../keep-shape';

export type Expected = 'gt' | 'group' | 'cluster';

export type Resolution =
  | { group: GroupRow | null; clusterKey: string | null }
  | 'wrong-kind'
  | 'untyped'
  | 'unknown';

function fits(g: GroupRow, expected: Expected): boolean {
  // By the row's kind, not its Type cell: an untyped row matching a reference cluster is a
  // cluster; any other untyped row is nothing (rules.md, Clarifications).
  const kind = groupKind(g);
  if (kind === null) return false;
  if (expected === 'gt') return kind === 'gt';
  if (expected === 'cluster') return kind === 'cluster';
  return kind !== 'cluster';
}

const untyped = (list: GroupRow[] | undefined) => list?.some((g) => groupKind(g) === null) === true;

/** How many texts per kind the resolver remembers (random text must not grow it without end). */
const RESOLVE_CACHE_LIMIT = 100_000;

export class GroupResolver {
  private byCode = new Map<string, GroupRow[]>();
  private byName = new Map<string, GroupRow[]>();
  private byReference = new Map<string, GroupRow[]>();
  /** Answers per expected kind, by the text as written (cells repeat the very same strings). */
  private readonly cache: Record<Expected, Map<string, Resolution>> = { gt: new Map(), group: new Map(), cluster: new Map() };

  /**
   * @param checkable false when Groupes is absent or lacks its Code or Nom column: a reference
   * that names nothing is then not reported (data/missing-sheet or data/missing-column says why),
   * rather than flagged on every row.
   */
  constructor(readonly groups: GroupRow[], readonly checkable = true) {
    for (const g of groups) {
      if (g.code !== null) push(this.byCode, normalise(g.code), g);
      if (g.name !== null) push(this.byName, normalise(g.name), g);
      if (g.reference !== null) push(this.byReference, g.reference, g);
    }
  }

  /** The cluster key of a Groupes cluster row: its reference code, else `row:<code>`. */
  static clusterKeyOf(g: GroupRow): string {
    return g.reference ?? `row:${normalise(g.code ?? g.name ?? String(g.row))}`;
  }

  resolve(text: string, expected: Expected): Resolution {
    // Keyed by the text itself, not a made-up `kind + text` string: the cell's string, met again,
    // has its hash already (a hundred thousand Calendrier rows name a few hundred groups).
    const cache = this.cache[expected];
    let r = cache.get(text);
    if (r === undefined) {
      r = this.compute(text, expected);
      if (cache.size < RESOLVE_CACHE_LIMIT) cache.set(text, r);
    }
    return r;
  }

  private compute(text: string, expected: Expected): Resolution {
    const n = normalise(text);
    if (n === '') return 'unknown';
    const pick = (list: GroupRow[] | undefined) => list?.find((g) => fits(g, expected)) ?? null;
    const found = pick(this.byCode.get(n)) ?? pick(this.byName.get(n)) ?? pick(this.referenceRows(text, expected));
    if (found) return { group: found, clusterKey: groupKind(found) === 'cluster' ? GroupResolver.clusterKeyOf(found) : null };
    if (expected === 'cluster') {
      const cl = matchCluster(text);
      if (cl !== null) return { group: null, clusterKey: cl };
    }
    if (untyped(this.byCode.get(n)) || untyped(this.byName.get(n))) return 'untyped';
    // Names a group of another kind?
    const any =
      this.byCode.get(n)?.length ||
      this.byName.get(n)?.length ||
      this.referenceRows(text, 'gt')?.length ||
      this.referenceRows(text, 'group')?.length ||
      this.referenceRows(text, 'cluster')?.length ||
      (expected !== 'cluster' && matchCluster(text) !== null);
    return any ? 'wrong-kind' : 'unknown';
  }

  private referenceRows(text: string, expected: Expected): GroupRow[] | undefined {
    let ref: string | null;
    if (expected === 'gt') ref = matchGt(text, text);
    else if (expected === 'cluster') ref = matchCluster(text) ?? matchClusterRow(text, text);
    else ref = matchGt(text, text) ?? matchDialogueGroup(text, text);
    return ref === null ? undefined : this.byReference.get(ref);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new GroupResolver([]));
