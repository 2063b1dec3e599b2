// A set of texts compared normalised (text.ts), for the largest one of a workbook: the hundred
// thousand Calendrier IDs (duplicates, and Décisions.Réunion looking them up). A Map keyed by
// `normalise(id)` made and hashed a new string per ID; here each ID is hashed as if normalised,
// without making the string, and the normalised forms are compared only when two hashes meet.

import { normalise } from '../text';
import { keepShape } from '../keep-shape';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * FNV-1a of `normalise(s)`. ASCII text is hashed as it is read (letters folded to lower case,
 * each run of other characters one space, none at either end); other text is normalised first.
 */
export function normalisedHash(s: string): number {
  let h = FNV_OFFSET;
  let pending = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return hashString(normalise(s));
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (pending) {
        h = Math.imul(h ^ 32, FNV_PRIME);
        pending = false;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      started = true;
    } else if (started) pending = true;
  }
  return h;
}

/**
 * Hash → index (a whole number ≥ 0), by open addressing in typed arrays: a Map of a hundred
 * thousand numbers costs an entry's worth of memory and a cache miss or two per look-up.
 */
class HashIndex {
  private hashes = new Int32Array(1024);
  /** -1: an empty slot. */
  private values = new Int32Array(1024).fill(-1);
  private count = 0;

  get(h: number): number | undefined {
    const mask = this.values.length - 1;
    for (let i = HashIndex.slot(h, mask); ; i = (i + 1) & mask) {
      const v = this.values[i];
      if (v < 0) return undefined;
      if (this.hashes[i] === h) return v;
    }
  }

  /** Adds a hash not there yet. */
  set(h: number, v: number): void {
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    this.insert(h, v);
    this.count++;
  }

  private static slot(h: number, mask: number): number {
    return (h ^ (h >>> 16)) & mask;
  }

  private insert(h: number, v: number): void {
    const mask = this.values.length - 1;
    let i = HashIndex.slot(h, mask);
    while (this.values[i] >= 0) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.values[i] = v;
  }

  private grow(): void {
    const hashes = this.hashes;
    const values = this.values;
    this.hashes = new Int32Array(hashes.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    for (let i = 0; i < values.length; i++) if (values[i] >= 0) this.insert(hashes[i], values[i]);
  }
}

export class NormalisedKeys {
  /** Hash → index of the first text with that hash. */
  private readonly byHash = new HashIndex();
  /** Texts whose hash was taken by another normalised form: by normalised form. */
  private readonly others = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly values: number[] = [];

  /** The value kept for a text equal (normalised) to `text`, if any. */
  get(text: string): number | undefined {
    const i = this.byHash.get(normalisedHash(text));
    if (i === undefined) return undefined;
    const first = this.texts[i];
    if (first === text) return this.values[i];
    const n = normalise(text);
    if (normalise(first) === n) return this.values[i];
    const j = this.others.get(n);
    return j === undefined ? undefined : this.values[j];
  }

  has(text: string): boolean {
    return this.get(text) !== undefined;
  }

  /** Keeps `value` for `text` unless an equal text is there: then returns the value kept for it. */
  addFirst(text: string, value: number): number | undefined {
    const h = normalisedHash(text);
    const i = this.byHash.get(h);
    if (i === undefined) {
      this.byHash.set(h, this.push(text, value));
      return undefined;
    }
    const first = this.texts[i];
    if (first === text) return this.values[i];
    const n = normalise(text);
    if (normalise(first) === n) return this.values[i];
    // Two normalised forms with one hash: the second and its equals are kept by normalised form.
    const j = this.others.get(n);
    if (j !== undefined) return this.values[j];
    this.others.set(n, this.push(text, value));
    return undefined;
  }

  /** The normalised forms kept, each once. */
  keys(): string[] {
    return this.texts.map(normalise);
  }

  get size(): number {
    return this.texts.length;
  }

  private push(text: string, value: number): number {
    this.texts.push(text);
    this.values.push(value);
    return this.texts.length - 1;
  }
}

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new NormalisedKeys());
