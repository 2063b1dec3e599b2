// List cells read in one pass, for the hottest list of a large workbook: Calendrier.Participants
// (a hundred thousand cells of five to seventy items each). Same items as `splitList` (values.ts)
// with the same whole-item test, each with its key, without the intermediate arrays and strings
// of split-then-trim, and with one look-up per item in a cache of the items met so far.

/** String.prototype.trim's white space (WhiteSpace and LineTerminator of ECMA-262). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const SUB_ITEMS = /[,/]/;

interface Entry {
  /** The item as first met (later equal items reuse this string). */
  item: string;
  key: string | null;
  /** Matches a known name whole: not split further on `,` and `/`. */
  whole: boolean;
  /** Contains `,` or `/`. */
  splittable: boolean;
}

/** Items of a list cell with their keys; `unknown` holds the items whose key is null. */
export interface ListItems {
  items: string[];
  keys: string[];
  unknown: string[];
}

export class ListReader {
  private readonly cache = new Map<string, Entry>();

  /**
   * @param keyOf the key of an item, or null when it names nothing known
   * @param whole whether an item (with its key) matches a known name whole
   */
  constructor(
    private readonly keyOf: (item: string) => string | null,
    private readonly whole: (item: string, key: string | null) => boolean,
  ) {}

  private entry(item: string): Entry {
    let e = this.cache.get(item);
    if (e === undefined) {
      const key = this.keyOf(item);
      e = { item, key, whole: this.whole(item, key), splittable: SUB_ITEMS.test(item) };
      // Bounded: a workbook of random text must not grow the cache without end.
      if (this.cache.size < 100000) this.cache.set(item, e);
    }
    return e;
  }

  private add(out: ListItems, e: Entry): void {
    out.items.push(e.item);
    if (e.key === null) out.unknown.push(e.item);
    else out.keys.push(e.key);
  }

  /**
   * `splitList(text, item => whole(item, keyOf(item)))`, then each item's key: items separated by
   * `;` or new lines, trimmed, empties dropped; an item that is not whole is split further on `,`
   * and `/`.
   */
  read(text: string): ListItems {
    const out: ListItems = { items: [], keys: [], unknown: [] };
    const n = text.length;
    let i = 0;
    while (i < n) {
      // One item: up to the next ';', '\n' or '\r'.
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 59 || c === 10 || c === 13) break;
        end++;
      }
      let a = i;
      let b = end;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      i = end + 1;
      if (a === b) continue;
      const e = this.entry(a === 0 && b === n ? text : text.slice(a, b));
      if (e.whole || !e.splittable) {
        this.add(out, e);
        continue;
      }
      for (const part of e.item.split(SUB_ITEMS)) {
        const t = part.trim();
        if (t.length > 0) this.add(out, this.entry(t));
      }
    }
    return out;
  }
}
