// List cells read in one pass, for the hottest list of a large workbook: Calendrier.Participants
// (a hundred thousand cells of five to seventy items each, a million and a half items). Same
// items as `splitList` (values.ts) with the same whole-item test, each with its key, without the
// intermediate arrays and strings of split-then-trim: each item is looked up, character by
// character as the text is scanned, in a trie of the items met so far, so that an item met before
// costs no string at all (the list holds the string of its first occurrence).

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
  /** Reported as naming nothing known (ListItems.unknown). */
  unknown: boolean;
  /** Matches a known name whole: not split further on `,` and `/`. */
  whole: boolean;
  /** Contains `,` or `/`. */
  splittable: boolean;
}

/**
 * Items of a list cell with their keys (items whose key is null have none); `unknown` holds the
 * items that name nothing known (by default, those whose key is null).
 */
export interface ListItems {
  items: string[];
  keys: string[];
  unknown: string[];
}

/** A node of the trie of the items met: children by character code. */
interface TrieNode {
  next: TrieNode[];
  entry: Entry | undefined;
}

/** Bounds for a workbook of random text: longer items, or items beyond this many nodes, are not kept. */
const TRIE_ITEM_LENGTH = 64;
const TRIE_NODES = 200_000;

export class ListReader {
  private readonly cache = new Map<string, Entry>();
  private readonly root: TrieNode = { next: [], entry: undefined };
  private nodes = 0;

  /**
   * @param keyOf the key of an item, or null when it names nothing known
   * @param whole whether an item (with its key) matches a known name whole
   * @param unknown whether an item (with its key) names nothing known: reported, though it may
   * still have a key (a partner the PTF sheet does not list)
   */
  constructor(
    private readonly keyOf: (item: string) => string | null,
    private readonly whole: (item: string, key: string | null) => boolean,
    private readonly unknown: (item: string, key: string | null) => boolean = (_item, key) => key === null,
  ) {}

  /** text[a, b) through the trie (after trailing spaces were trimmed), else inserted. */
  private lookup(text: string, a: number, b: number): Entry {
    let node: TrieNode | undefined = this.root;
    for (let i = a; i < b && node !== undefined; i++) node = node.next[text.charCodeAt(i)];
    return node !== undefined && node.entry !== undefined ? node.entry : this.insert(text, a, b);
  }

  private entry(item: string): Entry {
    let e = this.cache.get(item);
    if (e === undefined) {
      const key = this.keyOf(item);
      e = { item, key, unknown: this.unknown(item, key), whole: this.whole(item, key), splittable: SUB_ITEMS.test(item) };
      // Bounded: a workbook of random text must not grow the cache without end.
      if (this.cache.size < 100000) this.cache.set(item, e);
    }
    return e;
  }

  /** The entry of text[a, b), met for the first time (or too long for the trie): kept in the trie. */
  private insert(text: string, a: number, b: number): Entry {
    const e = this.entry(a === 0 && b === text.length ? text : text.slice(a, b));
    if (b - a <= TRIE_ITEM_LENGTH && this.nodes + (b - a) <= TRIE_NODES) {
      let node = this.root;
      for (let i = a; i < b; i++) {
        const c = text.charCodeAt(i);
        let child: TrieNode | undefined = node.next[c];
        if (child === undefined) {
          child = { next: [], entry: undefined };
          node.next[c] = child;
          this.nodes++;
        }
        node = child;
      }
      node.entry = e;
    }
    return e;
  }

  private add(out: ListItems, e: Entry): void {
    out.items.push(e.item);
    if (e.unknown) out.unknown.push(e.item);
    if (e.key !== null) out.keys.push(e.key);
  }

  /**
   * `splitList(text, item => whole(item, keyOf(item)))`, then each item's key: items separated by
   * `;` or new lines, trimmed, empties dropped; an item that is not whole is split further on `,`
   * and `/`.
   */
  read(text: string): ListItems {
    // Gathered in reused buffers, then copied to arrays of the exact length: arrays grown by
    // push keep up to half again as much room, and a large workbook keeps a hundred thousand
    // lists (half of the parsed workbook's memory, and of the collector's work, went there).
    const out = this.scratch;
    out.items.length = 0;
    out.keys.length = 0;
    out.unknown.length = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // One item: up to the next ';', '\n' or '\r', trimmed; the trie is walked on the way.
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const a = i;
      let node: TrieNode | undefined = this.root;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 59 || c === 10 || c === 13) break;
        if (node !== undefined) node = node.next[c];
        i++;
      }
      let b = i;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      i++; // past the separator
      if (a === b) continue;
      // The walk covered [a, i - 1): it names the item when nothing was trimmed at its end.
      const e = b === i - 1 && node !== undefined && node.entry !== undefined ? node.entry : this.lookup(text, a, b);
      if (e.whole || !e.splittable) {
        this.add(out, e);
        continue;
      }
      for (const part of e.item.split(SUB_ITEMS)) {
        const t = part.trim();
        if (t.length > 0) this.add(out, this.entry(t));
      }
    }
    return {
      items: out.items.slice(),
      keys: out.keys.slice(),
      unknown: out.unknown.length === 0 ? [] : out.unknown.slice(),
    };
  }

  private readonly scratch: ListItems = { items: [], keys: [], unknown: [] };
}
