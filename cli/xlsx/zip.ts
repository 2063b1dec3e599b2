// A zip reader and writer that keeps each entry's compressed bytes, so that the parts the tool
// does not change are copied into the output exactly as they were (and are never inflated and
// deflated again, which on a large workbook is most of the time spent). Only what OOXML packages
// use is supported: stored and deflated entries, no encryption, no ZIP64; anything else is left
// to fflate's general reader (every part is then compressed again on writing). Node's zlib
// inflates and deflates: several times faster than a JavaScript implementation on large sheets.

import * as zlib from 'zlib';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { unzipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** The entry as stored in the source archive, when it is copied unchanged. */
  raw: { method: number; crc: number; size: number; data: Uint8Array; time: number; date: number } | null;
  /** The uncompressed content, once needed (or when the entry is new or changed). */
  content: Uint8Array | null;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
/** 2026-01-01 00:00 as an MS-DOS date and time: changed parts get a fixed time, for reproducible output. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Node's own CRC-32 (Node ≥ 20.15), else the table below. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries of an archive, in central-directory order; null when this reader cannot. */
function readEntries(data: Uint8Array): ZipEntry[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  if (count === 0xffff || p === 0xffffffff) return null; // ZIP64
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== SIG_CENTRAL) return null;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1 || (method !== 0 && method !== 8)) return null; // encrypted, or an unusual method
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > data.length || view.getUint32(local, true) !== SIG_LOCAL) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > data.length) return null;
    entries.push({ name, raw: { method, crc, size, data: data.subarray(start, start + compressed), time, date }, content: null });
  }
  return entries;
}

/** Reads an archive; throws what fflate throws when it is not one. */
export function readZip(data: Uint8Array): ZipEntry[] {
  const entries = readEntries(data);
  if (entries) return entries;
  return Object.entries(unzipSync(data)).map(([name, content]) => ({ name, raw: null, content }));
}

/** An entry's uncompressed content. */
export function contentOf(entry: ZipEntry): Uint8Array {
  if (entry.content) return entry.content;
  const raw = entry.raw!;
  const content = raw.method === 0 ? raw.data : new Uint8Array(inflateRawSync(raw.data));
  if (content.length !== raw.size) throw new Error(`${entry.name}: size mismatch`);
  entry.content = content;
  return content;
}

/** UTF-8 names flag (general purpose bit 11), set on every entry: names are always written in UTF-8. */
const UTF8_NAMES = 0x800;
/** Largest size or offset without ZIP64 (0xffffffff marks a ZIP64 field). */
const MAX_32 = 0xfffffffe;

/** Writes entries: unchanged ones (with `raw`) copied, the others deflated. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    let raw = e.raw;
    if (!raw) {
      const content = e.content ?? new Uint8Array(0);
      raw = { method: 8, crc: crc32(content), size: content.length, data: new Uint8Array(deflateRawSync(content, { level: 6 })), time: DOS_TIME, date: DOS_DATE };
    }
    if (raw.data.length > MAX_32 || raw.size > MAX_32 || offset > MAX_32) {
      throw new RangeError('workbook too large for a zip without Zip64');
    }
    const name = encoder.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG_LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_NAMES, true);
    lv.setUint16(8, raw.method, true);
    lv.setUint16(10, raw.time, true);
    lv.setUint16(12, raw.date, true);
    lv.setUint32(14, raw.crc, true);
    lv.setUint32(18, raw.data.length, true);
    lv.setUint32(22, raw.size, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, SIG_CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8_NAMES, true);
    cv.setUint16(10, raw.method, true);
    cv.setUint16(12, raw.time, true);
    cv.setUint16(14, raw.date, true);
    cv.setUint32(16, raw.crc, true);
    cv.setUint32(20, raw.data.length, true);
    cv.setUint32(24, raw.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, raw.data);
    central.push(cd);
    offset += local.length + raw.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_END, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
