// Shared by the .xlsx annotation tests: the input files, the whole pipeline (read, validate,
// plan, annotate), and part-level views of a package.

import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { validateWorkbook } from '../../../core/index';
import { buildPlan } from '../../../core/plan';
import type { Plan } from '../../../core/plan/types';
import type { Report } from '../../../core/types';
import { annotateXlsx, listSheets } from '../../../cli/xlsx/annotate';
import { readXlsx } from '../../../cli/xlsx/read';

export const ROOT = path.resolve(__dirname, '../../..');
export const D = '2026-11-15';
export const NOW = '2026-11-15T10:00:00Z';

/**
 * Every workbook under examples/ and the test fixtures that the reader accepts (R1): the sample,
 * the LibreOffice-written fixtures, and this folder's own. Unreadable fixtures (corrupt, empty,
 * password-protected) are the reader's business.
 */
export function inputFiles(): string[] {
  const files: string[] = [];
  for (const dir of [path.join(ROOT, 'examples'), path.join(ROOT, 'tests/fixtures'), path.join(__dirname, 'fixtures')]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.xlsx')) continue;
      const file = path.join(dir, f);
      try {
        readXlsx(new Uint8Array(fs.readFileSync(file)), f);
        files.push(file);
      } catch {
        // not a readable workbook: nothing to annotate
      }
    }
  }
  return files;
}

export interface Run {
  report: Report;
  plan: Plan;
  output: Uint8Array;
}

/** Read, validate at D, plan against the workbook's own sheets, annotate. */
export function annotate(input: Uint8Array, name = 'classeur.xlsx', language?: 'fr' | 'en'): Run {
  const snapshot = readXlsx(input, name);
  const { report, parsed } = validateWorkbook(snapshot, { today: D, referenceDate: D, language });
  const plan = buildPlan(report, parsed, { now: NOW, workbookName: name, existingSheets: listSheets(input) });
  return { report, plan, output: annotateXlsx(input, plan) };
}

/** Parts of a package by name. */
export function parts(data: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(data)));
}

export function text(data: Uint8Array, part: string): string {
  const p = unzipSync(data)[part];
  if (!p) throw new Error(`no part ${part}`);
  return strFromU8(p);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Names of the parts that differ (added, removed or changed). */
export function differingParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = parts(a);
  const pb = parts(b);
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names].filter((n) => !sameBytes(pa.get(n), pb.get(n))).sort();
}

/** The part that holds each sheet, by sheet name (read from workbook.xml and its rels). */
export function sheetParts(data: Uint8Array): Map<string, string> {
  const wb = text(data, 'xl/workbook.xml');
  const rels = text(data, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])![1];
    const target = /\sTarget="([^"]*)"/.exec(m[0])![1];
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/\sname="([^"]*)"/.exec(m[0])![1]);
    const id = /\sr:id="([^"]*)"/.exec(m[0])![1];
    out.set(name, targets.get(id)!);
  }
  return out;
}

export function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The tool's highlight elements, written out independently of the code under test. */
export const TOOL_CF = /<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>ISTEXT\("tdr-check"\)<\/formula><\/cfRule><\/conditionalFormatting>/g;

/** Items of a list of styles.xml (`fonts` → every `<font>…</font>`), as strings. */
export function styleItems(xml: string, list: string, item: string): string[] {
  const m = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml);
  if (!m || !m[1]) return [];
  return [...m[1].matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map((x) => x[0]);
}
