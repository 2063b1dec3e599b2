// The TdR reference data (reference.md) and the matchers that tie workbook values to it.
//
// Matching (reference.md, "Name matching"): values are compared normalised (core/text.ts). A row
// matches an entry when its code equals the entry's code, or its name equals the entry's name or
// one of its aliases; no substring, no edit distance. Every look-up table is a Map keyed by
// normalised strings, built once when the module loads.
//
// Decisions where the spec is silent:
// - GT, code against name: when the code names one GT and the name another, the code wins (a code
//   is the more deliberate identifier; the name is often a free paraphrase).
// - GT, prefixed name with an unknown rest (`GT 2 : Santé et social`): matched by its number (the
//   prefix is an explicit code; the rest is the workbook's own wording of the theme). A prefix
//   whose rest names another GT (`GT 2 : Gouvernance`) matches none, as the spec says; so does a
//   prefix numbered outside 1-5.
// - Codes are compared with codes only, names with names and aliases only (a GT code form is the
//   exception: `GT 2` matches as a code or as a name, as the spec says).

import { normalise } from '../text';
import { INVALID, splitList, type Invalid } from '../values';
import { REFERENCE_GTS, type GtCode, type ReferenceGt } from './gt';
import { REFERENCE_GDS, type ReferenceGd } from './dialogue-groups';
import { REFERENCE_CPS, type ReferenceCps } from './cps';
import { REFERENCE_CLUSTERS, type ReferenceCluster } from './clusters';
import { REFERENCE_ODD, oddName, type ReferenceOdd } from './odd';

export { REFERENCE_GTS, REFERENCE_GDS, REFERENCE_CPS, REFERENCE_CLUSTERS, REFERENCE_ODD, oddName };
export type { GtCode, ReferenceGt, ReferenceGd, ReferenceCps, ReferenceCluster, ReferenceOdd };

/** Adds `key` → `value`; two entries under one normalised key is an error in the data. */
function addKey<V>(map: Map<string, V>, text: string, value: V, table: string): void {
  const key = normalise(text);
  const prev = map.get(key);
  if (prev !== undefined && prev !== value) {
    throw new Error(`reference ${table}: "${text}" would match two entries`);
  }
  map.set(key, value);
}

// ---------------------------------------------------------------------------------------------
// GT PTF.
// ---------------------------------------------------------------------------------------------

const GT_BY_CODE = new Map<string, ReferenceGt>();
const GT_BY_NUMBER = new Map<number, ReferenceGt>();
const GT_BY_NAME = new Map<string, ReferenceGt>();
for (const gt of REFERENCE_GTS) {
  addKey(GT_BY_CODE, gt.code, gt, 'GT');
  GT_BY_NUMBER.set(gt.number, gt);
  addKey(GT_BY_NAME, gt.name, gt, 'GT');
  for (const a of gt.aliases) addKey(GT_BY_NAME, a, gt, 'GT');
}

// Normalised code forms: `GT N`, `GTN`, `GT-N`, `GT PTF N`, `GT-PTF-N` (and `GTPTFN`).
const GT_CODE = /^gt ?(?:ptf ?)?(\d{1,3})$/;
// A name prefixed by a code form and a separator (any non-alphanumeric run, now one space).
const GT_PREFIXED = /^gt ?(?:ptf ?)?(\d{1,3}) (.+)$/;

/** The GT a normalised code form names (`gt 2`, `gt ptf 2`, `gt2`), or null. */
function gtOfCode(n: string): string | null {
  const m = GT_CODE.exec(n);
  if (m === null) return null;
  return GT_BY_NUMBER.get(+m[1])?.code ?? null;
}

/** The GT a normalised name names: a code form, a name or alias, or a prefixed name. */
function gtOfName(n: string): string | null {
  if (n === '') return null;
  const named = GT_BY_NAME.get(n);
  if (named !== undefined) return named.code;
  const coded = gtOfCode(n);
  if (coded !== null) return coded;
  const m = GT_PREFIXED.exec(n);
  if (m === null) return null;
  const byNumber = GT_BY_NUMBER.get(+m[1]);
  if (byNumber === undefined) return null;
  const byName = GT_BY_NAME.get(m[2]);
  // Unknown rest: the number decides. Known rest: it must agree with the number.
  if (byName === undefined || byName === byNumber) return byNumber.code;
  return null;
}

/**
 * The reference GT ('GT1'..'GT5') a `Groupes` row (or a reference to one) matches, or null.
 * The code matches by any GT code form; the name by the reference name, an alias, a code form, or
 * a name prefixed by a code form. When both match different GTs, the code wins.
 */
export function matchGt(code: string | null, name: string | null): string | null {
  if (code !== null) {
    const c = gtOfCode(normalise(code));
    if (c !== null) return c;
  }
  return name === null ? null : gtOfName(normalise(name));
}

/** The reference entry of a GT code ('GT1'..'GT5'), or undefined. */
export function referenceGt(code: string): ReferenceGt | undefined {
  return GT_BY_CODE.get(normalise(code));
}

/** The ODD of a reference GT (V); [] for GT4 (none listed) and for any other code. */
export function referenceOdd(gtCode: string): number[] {
  const gt = GT_BY_CODE.get(normalise(gtCode));
  return gt === undefined ? [] : gt.odd.slice();
}

// ---------------------------------------------------------------------------------------------
// Dialogue groups.
// ---------------------------------------------------------------------------------------------

const GD_BY_CODE = new Map<string, ReferenceGd>();
const GD_BY_NAME = new Map<string, ReferenceGd>();
for (const gd of REFERENCE_GDS) {
  addKey(GD_BY_CODE, gd.code, gd, 'GD');
  addKey(GD_BY_NAME, gd.name, gd, 'GD');
  for (const a of gd.aliases) addKey(GD_BY_NAME, a, gd, 'GD');
}

/**
 * The reference dialogue group ('GD-…') a row matches: its code equals a GD code (`GD-EAU`,
 * `gd eau`), or its name equals a GD name or alias. When both match different GDs, the code wins.
 */
export function matchDialogueGroup(code: string | null, name: string | null): string | null {
  if (code !== null) {
    const c = GD_BY_CODE.get(normalise(code));
    if (c !== undefined) return c.code;
  }
  if (name === null) return null;
  return GD_BY_NAME.get(normalise(name))?.code ?? null;
}

/** The reference entry of a GD code, or undefined. */
export function referenceGd(code: string): ReferenceGd | undefined {
  return GD_BY_CODE.get(normalise(code));
}

/** The GT PTF the V table places a reference dialogue group under. Throws for an unknown code. */
export function gtOfReferenceGd(gdCode: string): string {
  const gd = GD_BY_CODE.get(normalise(gdCode));
  if (gd === undefined) throw new Error(`gtOfReferenceGd: unknown dialogue group ${gdCode}`);
  return gd.gt;
}

// ---------------------------------------------------------------------------------------------
// Clusters.
// ---------------------------------------------------------------------------------------------

const CLUSTER_BY_CODE = new Map<string, ReferenceCluster>();
/** Names, aliases and their `Cluster <name>` forms. */
const CLUSTER_BY_NAME = new Map<string, ReferenceCluster>();
const CLUSTERS_OF_GD = new Map<string, string[]>();
for (const cl of REFERENCE_CLUSTERS) {
  addKey(CLUSTER_BY_CODE, cl.code, cl, 'cluster');
  for (const n of [cl.name, ...cl.aliases]) {
    addKey(CLUSTER_BY_NAME, n, cl, 'cluster');
    addKey(CLUSTER_BY_NAME, 'Cluster ' + n, cl, 'cluster');
  }
  if (cl.defaultGd !== null) {
    const list = CLUSTERS_OF_GD.get(cl.defaultGd);
    if (list) list.push(cl.code);
    else CLUSTERS_OF_GD.set(cl.defaultGd, [cl.code]);
  }
}

/** Reference dialogue groups that have a default cluster (GD-EAU, GD-EDUCATION, GD-PSSAN, GD-SANTE). */
export const GDS_WITH_DEFAULT_CLUSTER: readonly string[] = REFERENCE_GDS.map((g) => g.code).filter((c) =>
  CLUSTERS_OF_GD.has(c),
);

/**
 * The reference cluster ('CL-…') a text names, where a cluster is expected: its code, name or
 * alias, or `Cluster <name>` / `Cluster <alias>`.
 */
export function matchCluster(text: string): string | null {
  const n = normalise(text);
  return (CLUSTER_BY_CODE.get(n) ?? CLUSTER_BY_NAME.get(n))?.code ?? null;
}

/**
 * The reference cluster a `Groupes` row of type Cluster matches: its code equals a cluster code,
 * or its name a cluster name, alias or `Cluster <name>` form. The code wins on a conflict.
 */
export function matchClusterRow(code: string | null, name: string | null): string | null {
  if (code !== null) {
    const c = CLUSTER_BY_CODE.get(normalise(code));
    if (c !== undefined) return c.code;
  }
  if (name === null) return null;
  return CLUSTER_BY_NAME.get(normalise(name))?.code ?? null;
}

/** The reference entry of a cluster code, or undefined. */
export function referenceCluster(code: string): ReferenceCluster | undefined {
  return CLUSTER_BY_CODE.get(normalise(code));
}

/** Cluster codes whose default dialogue group is `gdCode` (III.7); [] when none. */
export function defaultClustersOfGd(gdCode: string): string[] {
  const list = CLUSTERS_OF_GD.get(gdCode);
  return list === undefined ? [] : list.slice();
}

/** The default dialogue group of a reference cluster, or null. */
export function defaultGdOfCluster(clCode: string): string | null {
  return CLUSTER_BY_CODE.get(normalise(clCode))?.defaultGd ?? null;
}

// ---------------------------------------------------------------------------------------------
// CPS.
// ---------------------------------------------------------------------------------------------

const CPS_BY_TEXT = new Map<string, ReferenceCps>();
const CPS_BY_CODE = new Map<string, ReferenceCps>();
for (const cps of REFERENCE_CPS) {
  addKey(CPS_BY_CODE, cps.code, cps, 'CPS');
  for (const t of [cps.code, ...cps.aliases, cps.name, 'CPS ' + cps.name]) addKey(CPS_BY_TEXT, t, cps, 'CPS');
}

/**
 * The reference CPS ('CPS-…') a cell names: its code (`CPS/SDR`, `CPS-SDR`, `CPS SDR`; alias
 * `CPS-SS-DS-PF`), its name (`Justice`), or its name prefixed with `CPS` (`CPS Justice`,
 * `CPS/Eau, Environnement, Urbanisation et Domaine de l'Etat`).
 */
export function matchCps(text: string): string | null {
  return CPS_BY_TEXT.get(normalise(text))?.code ?? null;
}

/** The reference entry of a CPS code, or undefined. */
export function referenceCps(code: string): ReferenceCps | undefined {
  return CPS_BY_CODE.get(normalise(code));
}

// ---------------------------------------------------------------------------------------------
// ODD.
// ---------------------------------------------------------------------------------------------

const ODD_BY_NAME = new Map<string, number>();
for (const o of REFERENCE_ODD) {
  addKey(ODD_BY_NAME, o.fr, o.number, 'ODD');
  addKey(ODD_BY_NAME, o.en, o.number, 'ODD');
}

// `3`, `ODD 3`, `ODD3`, `SDG 3`, optionally followed by that ODD's own name.
const ODD_ITEM = /^(?:(?:odd|sdg) ?)?(\d{1,3})(?: (.+))?$/;

/** The ODD number one list item names, or null. */
function oddOfItem(item: string): number | null {
  const n = normalise(item);
  const m = ODD_ITEM.exec(n);
  if (m === null) return ODD_BY_NAME.get(n) ?? null;
  const num = +m[1];
  if (num < 1 || num > 17) return null;
  if (m[2] === undefined) return num;
  return ODD_BY_NAME.get(m[2]) === num ? num : null;
}

const matchesOddItem = (item: string): boolean => oddOfItem(item) !== null;

/**
 * ODD numbers of a cell: `3`, `ODD 3`, `ODD3`, `SDG 3`, `ODD 3 : Bonne santé et bien-être`, an
 * official short name, in a list separated by `,` `;` `/` or new lines. Each number once, in the
 * order written. A number cell 3 gives [3]. A number outside 1-17 or an unreadable item → INVALID.
 * Blank text gives [] (callers test blank cells first).
 */
export function parseOddList(text: string | number): number[] | Invalid {
  if (typeof text === 'number') {
    return Number.isInteger(text) && text >= 1 && text <= 17 ? [text] : INVALID;
  }
  const out: number[] = [];
  for (const item of splitList(text, matchesOddItem)) {
    const n = oddOfItem(item);
    if (n === null) return INVALID;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}
