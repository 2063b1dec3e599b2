// List cells read in one pass, for the hottest list of a large workbook: Calendrier.Participants
// (a hundred thousand cells of five to seventy items each, a million and a half items). Same
// items as `splitList` (values.ts) with the same whole-item test, each with its key, without the
// intermediate arrays and strings of split-then-trim: each item is looked up, character by
// character as the text is scanned, in a trie of the items met so far, so that an item met before
// costs no string at all (the list holds the string of its first occurrence). A list is kept as
// a range of item numbers in one typed array (ItemList), not as arrays of its own.

import { keepShape } from '../keep-shape';

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
  /** Its number in the reader's `entries`. */
  id: number;
  /** The item as first met (later equal items reuse this string). */
  item: string;
  key: string | null;
  /** The key's number in the reader (-1 without a key): equal keys, one number. */
  keyId: number;
  /** Reported as naming nothing known (ListItems.unknown). */
  unknown: boolean;
  /** Matches a known name whole: not split further on `,` and `/`. */
  whole: boolean;
  /** Contains `,` or `/`. */
  splittable: boolean;
}

/**
 * A list cell's items, kept as numbers in the reader's one table (no arrays per cell: a large
 * workbook keeps a hundred thousand lists, and two arrays each were a third of the parsed
 * workbook's memory and of the collector's work). `items()` and `keys()` make the arrays when a
 * rule asks.
 */
export class ItemList {
  constructor(
    private readonly reader: ListReader,
    private readonly start: number,
    /** The number of items. */
    readonly length: number,
  ) {}

  /** The items as written (trimmed), in order. */
  items(): string[] {
    const out: string[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.reader.entryAt(this.start + i).item;
    return out;
  }

  /** Whether an item has this key (no array made). */
  hasKey(key: string): boolean {
    for (let i = 0; i < this.length; i++) if (this.reader.entryAt(this.start + i).key === key) return true;
    return false;
  }

  /** The distinct keys, in the order first met; items without a key are left out. */
  distinctKeys(): string[] {
    return this.reader.distinctKeys(this.start, this.length);
  }

  /** The items' keys, in order; items without a key are left out. */
  keys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.length; i++) {
      const key = this.reader.entryAt(this.start + i).key;
      if (key !== null) out.push(key);
    }
    return out;
  }
}

/** A list cell read: its items, and those that name nothing known (by default, those without a key). */
export interface ListItems {
  list: ItemList;
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

/**
 * What the items of a list are. Given as an object of a class rather than as closures: optimized
 * code that calls a closure of one run is thrown away with it (keep-shape.ts).
 */
export interface ItemKinds {
  /** The key of an item, or null when it names nothing known. */
  keyOf(item: string): string | null;
  /** Whether an item (with its key) matches a known name whole. */
  whole(item: string, key: string | null): boolean;
  /**
   * Whether an item (with its key) names nothing known: reported, though it may still have a key
   * (a partner the PTF sheet does not list).
   */
  unknown(item: string, key: string | null): boolean;
}

export class ListReader {
  private readonly cache = new Map<string, Entry>();
  /** Every entry made, by number. */
  private readonly entries: Entry[] = [];
  /** The entry numbers of every list read, one after the other (ItemList: a range of them). */
  private listed = new Int32Array(4096);
  private listedCount = 0;
  private readonly root: TrieNode = { next: [], entry: undefined };
  private nodes = 0;

  constructor(private readonly kinds: ItemKinds) {}

  /** text[a, b) through the trie (after trailing spaces were trimmed), else inserted. */
  private lookup(text: string, a: number, b: number): Entry {
    let node: TrieNode | undefined = this.root;
    for (let i = a; i < b && node !== undefined; i++) node = node.next[text.charCodeAt(i)];
    return node !== undefined && node.entry !== undefined ? node.entry : this.insert(text, a, b);
  }

  private entry(item: string): Entry {
    let e = this.cache.get(item);
    if (e === undefined) {
      const key = this.kinds.keyOf(item);
      e = {
        id: this.entries.length,
        item,
        key,
        keyId: key === null ? -1 : this.keyNumber(key),
        unknown: this.kinds.unknown(item, key),
        whole: this.kinds.whole(item, key),
        splittable: SUB_ITEMS.test(item),
      };
      this.entries.push(e);
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

  private readonly keyIds = new Map<string, number>();
  /** Per key number, the last distinctKeys call that met it (a stamp, not a Set per call). */
  private seenAt = new Int32Array(64);
  private calls = 0;

  private keyNumber(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
      if (id >= this.seenAt.length) {
        const grown = new Int32Array(this.seenAt.length * 2);
        grown.set(this.seenAt);
        this.seenAt = grown;
      }
    }
    return id;
  }

  /** ItemList.distinctKeys of the range [start, start + length). */
  distinctKeys(start: number, length: number): string[] {
    const call = ++this.calls;
    const out: string[] = [];
    for (let i = start; i < start + length; i++) {
      const e = this.entries[this.listed[i]];
      if (e.keyId < 0 || this.seenAt[e.keyId] === call) continue;
      this.seenAt[e.keyId] = call;
      out.push(e.key!);
    }
    return out;
  }

  /** The entry of a list's item (ItemList). */
  entryAt(i: number): Entry {
    return this.entries[this.listed[i]];
  }

  private add(e: Entry): void {
    if (this.listedCount === this.listed.length) {
      const grown = new Int32Array(this.listed.length * 2);
      grown.set(this.listed);
      this.listed = grown;
    }
    this.listed[this.listedCount++] = e.id;
    if (e.unknown) this.unknownItems.push(e.item);
  }

  /**
   * `splitList(text, item => whole(item, keyOf(item)))`, then each item's key: items separated by
   * `;` or new lines, trimmed, empties dropped; an item that is not whole is split further on `,`
   * and `/`.
   */
  read(text: string): ListItems {
    const start = this.listedCount;
    this.unknownItems.length = 0;
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
        this.add(e);
        continue;
      }
      for (const part of e.item.split(SUB_ITEMS)) {
        const t = part.trim();
        if (t.length > 0) this.add(this.entry(t));
      }
    }
    return {
      list: new ItemList(this, start, this.listedCount - start),
      unknown: this.unknownItems.length === 0 ? [] : this.unknownItems.slice(),
    };
  }

  /** The unknown items of the list being read (copied out when there are any). */
  private readonly unknownItems: string[] = [];
}

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new ListReader({ keyOf: () => null, whole: () => false, unknown: () => true }).read('a'));
