// Text normalisation used for every name comparison (reference.md, "Name matching"; workbook.md,
// sheet and header names): lower case, accents removed (NFD, combining marks dropped), every run of
// characters other than letters and digits replaced by one space, trimmed.
//
// Called about a million times on a large workbook, so:
// - plain ASCII (the common case) takes a single pass without regular expressions or Unicode
//   normalisation, and text that is already normalised is returned as is (no allocation);
// - Latin text (French names with accents) uses a per-character table built at load from the
//   general definition (so it cannot disagree with it);
// - anything else (other scripts, rare marks) goes through the general definition.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Normalised form of `s`: `"  Développement  du Capital-Humain "` → `"developpement du capital humain"`.
 * Letters and digits are Unicode letters (\p{L}) and numbers (\p{N}); anything else (punctuation,
 * apostrophes, symbols, any white space) separates words.
 */
export function normalise(s: string): string {
  const n = s.length;
  // Pass 1: ASCII only? Already normalised (lower-case alphanumerics separated by single spaces,
  // no leading or trailing space)?
  let clean = true;
  let prevSpace = true; // a leading space is not clean
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return normaliseLatin(s);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      prevSpace = false;
    } else if (c === 32 && !prevSpace) {
      prevSpace = true;
    } else {
      clean = false;
    }
  }
  if (clean && (!prevSpace || n === 0)) return s;
  return normaliseAscii(s);
}

/**
 * normalise(a) === normalise(b), cheaply when the answer is no: two names whose first letters
 * (ASCII, any case) differ are different without normalising either (the common case).
 */
export function sameNormalised(a: string, b: string): boolean {
  if (a === b) return true;
  const x = firstAsciiAlnum(a);
  const y = firstAsciiAlnum(b);
  if (x >= 0 && y >= 0 && x !== y) return false;
  return normalise(a) === normalise(b);
}

/** The first letter or digit of s, lower-cased, when it comes before any non-ASCII character; else -1. */
function firstAsciiAlnum(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
    if (c >= 65 && c <= 90) return c + 32;
  }
  return -1;
}

/** ASCII only: one pass, copying runs of lower-case alphanumerics by slices. */
function normaliseAscii(s: string): string {
  let out = '';
  let start = -1; // start of the current run of lower-case alphanumerics, or -1
  let pendingSpace = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        if (pendingSpace) {
          out += ' ';
          pendingSpace = false;
        }
        start = i;
      }
    } else if (c >= 65 && c <= 90) {
      if (start >= 0) {
        out += s.slice(start, i);
        start = -1;
      } else if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      out += String.fromCharCode(c + 32);
    } else {
      if (start >= 0) {
        out += s.slice(start, i);
        start = -1;
      }
      if (out.length > 0) pendingSpace = true;
    }
  }
  if (start >= 0) out += s.slice(start);
  return out;
}

/**
 * Normalised form of each character below U+0250 (Latin-1 and Latin Extended-A/B): the letters
 * and digits it stands for, or null for a separator. Combining diacritics (U+0300-U+036F) are
 * dropped. Built once from the general path, so both paths agree by construction.
 */
const LATIN_LIMIT = 0x250;
const LATIN: (string | null)[] = [];
for (let c = 0; c < LATIN_LIMIT; c++) {
  const r = normaliseUnicode(String.fromCharCode(c));
  LATIN.push(r === '' ? null : r);
}

/** Mostly-Latin text (French names with accents): table look-ups, no Unicode normalisation. */
function normaliseLatin(s: string): string {
  let out = '';
  let pendingSpace = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let m: string | null;
    if (c < LATIN_LIMIT) m = LATIN[c];
    else if (c >= 0x300 && c <= 0x36f) continue;
    else return normaliseUnicode(s);
    if (m === null) {
      if (out.length > 0) pendingSpace = true;
    } else {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      out += m;
    }
  }
  return out;
}

/** The general definition, for any text. */
function normaliseUnicode(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}
