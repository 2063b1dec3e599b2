// Quality bar R3: no input makes the core throw, and every finding points at a real cell of its
// sheet (or at nothing). Property-based (fast-check): 1,000 random workbooks per run, with a fixed
// seed in CI (FC_SEED overrides it; a failure prints the seed and the path to replay it).
//
// The workbooks look like the real thing often enough to go deep: sheet names and headers drawn
// from workbook.md's aliases (in any case, with stray spaces, sometimes under a title row), and
// cells of every kind a host hands over: numbers, date serials and fractions, Date objects (valid
// and invalid), booleans, error values, blanks of every sort, 10,000-character strings, Unicode,
// formulas' text, and the vocabulary of the sheets (group codes and names, types, statuses, roles,
// partner codes, lists, waivers, rule ids, settings keys).

import fc from 'fast-check';
import { validateWorkbook, type ValidateOptions } from '../../core/index';
import { RULES } from '../../core/rules';
import { REFERENCE_CLUSTERS, REFERENCE_CPS, REFERENCE_GDS, REFERENCE_GTS } from '../../core/reference';
import type { Cell, Finding, Report, SheetSnapshot, WorkbookSnapshot } from '../../core/types';
import { SHEETS } from '../../core/workbook/schema';
import {
  DECISION_STATUSES,
  DOCUMENT_TYPES,
  GROUP_TYPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  PARTNER_TYPES,
  ROLES,
} from '../../core/workbook/enums';
import { SETTING_KEYS } from '../../core/workbook/settings-sheet';
import { columnName } from '../../core/a1';
import { normalise } from '../../core/text';
import { splitList } from '../../core/values';
import { ListReader, type ItemList } from '../../core/workbook/lists';
import { NormalisedKeys, normalisedHash } from '../../core/workbook/keys';

const RUNS = 1000;
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20261115;

// ---------------------------------------------------------------------------------------------
// Vocabulary.
// ---------------------------------------------------------------------------------------------

const flat = (r: Record<string, readonly string[]>) => Object.values(r).flat();
const WORDS: string[] = [
  ...REFERENCE_GTS.flatMap((g) => [g.code, g.name]),
  ...REFERENCE_GDS.flatMap((g) => [g.code, g.name]),
  ...REFERENCE_CLUSTERS.flatMap((c) => [c.code, c.name, `Cluster ${c.name}`]),
  ...REFERENCE_CPS.map((c) => c.code),
  ...flat(GROUP_TYPES), ...flat(ROLES), ...flat(MEETING_TYPES), ...flat(MEETING_STATUSES),
  ...flat(DECISION_STATUSES), ...flat(DOCUMENT_TYPES), ...flat(PARTNER_TYPES),
  'SGT', 'Sous-groupe thématique', 'Chef de file',
  'UE', 'BM', 'France', 'Allemagne', 'UNICEF', 'PNUD', 'Partenaire inconnu', 'GT9', 'GD-INCONNU',
  'Oui', 'Non', 'X', 'Vrai', 'faux', 'oui ', '1', '0',
  '2026-03-15', '15/03/2026', '15/03/26', '15-03-2026', '15.03.2026', '2026-03-15T09:00', '31/02/2026', '00/00/0000',
  '9:00', '09h00', '9h', '9h30', '14:05', '25:99', '50 %', '0,5', '12,5', '-3', '1e309', '31/03',
  'R26-001', 'R26-002', 'DEC-001', 'fr', 'en', 'English', 'erreur', 'warning', 'info', 'désactivée', 'off',
  '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '=SUM(A1:A3)', '<img src=x onerror=alert(1)>',
  ...SETTING_KEYS.flatMap((k) => k.aliases),
];
const RULE_IDS = RULES.map((r) => r.id);
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!', ' #n/a ', '#CALC!'];

const word = fc.constantFrom(...WORDS);
/** A list cell: words, rule ids or text separated by the list separators, with waiver reasons. */
const listCell = fc
  .array(fc.oneof(word, fc.constantFrom(...RULE_IDS), fc.string({ maxLength: 8 })), { maxLength: 6 })
  .chain((items) =>
    fc.array(fc.constantFrom('; ', ';', '\n', '\r\n', ', ', '/', ': raison ; ', ':'), { minLength: items.length, maxLength: items.length })
      .map((seps) => items.map((it, i) => it + (i < items.length - 1 ? seps[i] : '')).join('')),
  );

/** Any cell a host may hand over. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: listCell },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, '', ' ', '\t', '\n') },
  { weight: 2, arbitrary: fc.integer({ min: 40000, max: 50000 }) }, // date serials
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, // times of day
  { weight: 2, arbitrary: fc.double() }, // any number: NaN, ±Infinity, -0, huge, tiny
  { weight: 1, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }) }, // Date, valid or not
  { weight: 1, arbitrary: fc.constant(new Date(NaN)) },
  { weight: 1, arbitrary: fc.date({ min: new Date('1899-12-30T00:00:00Z'), max: new Date('1899-12-31T00:00:00Z') }) }, // bare times
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) }, // lone surrogates, controls
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10000), 'é'.repeat(10000), 'UE; '.repeat(2500), '#'.repeat(10000)) },
  { weight: 1, arbitrary: fc.string({ minLength: 9990, maxLength: 10010 }) },
  { weight: 1, arbitrary: fc.constantFrom(...RULE_IDS) },
);

// Values by kind, from small pools so that references between sheets often resolve.
const GROUP_CODES = ['GT1', 'GT2', 'GT3', 'GT4', 'GT5', 'GT6', 'GD-SANTE', 'GD-EAU', 'GD-JUSTICE', 'GD-X', 'GDAH-1', 'CL-SANTE', 'CL-WASH', 'Cluster Santé', 'Santé'];
const PARTNERS = ['UE', 'BM', 'France', 'UNICEF', 'PNUD', 'Suède', 'Inconnu'];
const PEOPLE = ['Awa Traoré', 'Jan de Vries', 'Moussa Keïta', 'awa traore'];
const day = fc.integer({ min: 44000, max: 47000 }); // 2020..2028 as serials
const dateCell: fc.Arbitrary<Cell> = fc.oneof(
  day,
  day.map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000 + 3600000 * 9)),
  day.map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10)),
  day.map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10).split('-').reverse().join('/')),
);
const listOf = (items: readonly string[]) =>
  fc.array(fc.constantFrom(...items), { maxLength: 6 }).chain((xs) =>
    fc.constantFrom('; ', '\n', ', ', ' / ').map((sep) => xs.join(sep)),
  );
const waiverCell = fc
  .array(fc.tuple(fc.constantFrom(...RULE_IDS, 'rule/unknown'), fc.constantFrom('', ': réunion d’urgence', ':')), { maxLength: 3 })
  .map((ws) => ws.map(([id, r]) => id + r).join('; '));

const KINDS: Record<string, fc.Arbitrary<Cell>> = {
  group: fc.constantFrom(...GROUP_CODES),
  code: fc.constantFrom(...GROUP_CODES, ...PARTNERS),
  name: fc.constantFrom(...REFERENCE_GTS.map((g) => g.name), ...REFERENCE_GDS.map((g) => g.name), 'Cluster Santé', 'Nom libre', ...PARTNERS),
  'groups.type': fc.constantFrom(...flat(GROUP_TYPES), 'SGT', 'Comité'),
  'calendar.type': fc.constantFrom(...flat(MEETING_TYPES), 'Réunion du groupe', 'Coordination GT', 'Atelier'),
  'documents.type': fc.constantFrom(...flat(DOCUMENT_TYPES), 'Note'),
  'partners.type': fc.constantFrom(...flat(PARTNER_TYPES), 'Privé'),
  parentGt: fc.constantFrom('GT1', 'GT2', 'GT5', REFERENCE_GTS[1].name, 'GD-SANTE', 'CL-SANTE', 'GT9'),
  cps: fc.constantFrom(...REFERENCE_CPS.map((c) => c.code), 'CPS/SDR', 'CPS-INCONNUE'),
  odd: fc.constantFrom('1, 2', '16', '3; 18', 'ODD 5', 7, 0),
  clusters: listOf(['Cluster Santé', 'WASH', 'CL-EDUCATION', 'Cluster inconnu', 'GD-EAU']),
  partner: fc.constantFrom(...PARTNERS),
  role: fc.constantFrom(...flat(ROLES), 'Chef de file', 'Président'),
  expert: fc.constantFrom(...PEOPLE),
  alternate: fc.constantFrom(...PEOPLE, ''),
  expertEmail: fc.constantFrom('awa@ue.europa.eu', 'pas un courriel', ''),
  alternateEmail: fc.constantFrom('jan@minbuza.nl', '@', ''),
  nexus: fc.constantFrom('Oui', 'Non', 'X', '', true, false, 'peut-être'),
  nexusDate: dateCell,
  start: fc.oneof(dateCell, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('9:00', '14h30', '25:00')),
  end: fc.oneof(dateCell, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('11:00', '9h', '')),
  id: fc.constantFrom('R26-001', 'R26-002', 'R26-003', 'r26 001', 'DEC-1'),
  meeting: fc.constantFrom('R26-001', 'R26-002', 'R99-999'),
  date: dateCell,
  due: dateCell,
  doneOn: dateCell,
  agendaSent: dateCell,
  minutesSent: dateCell,
  'calendar.status': fc.constantFrom(...flat(MEETING_STATUSES), 'Tenue', 'Tenue', 'Prévue', 'Terminée'),
  'decisions.status': fc.constantFrom(...flat(DECISION_STATUSES), 'Suspendue'),
  participants: listOf([...PARTNERS, 'Cluster Santé', 'CL-WASH', 'GT1']),
  invited: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom('12', 'douze')),
  gtRepresentative: listOf([...PARTNERS, ...PEOPLE]),
  year: fc.oneof(fc.integer({ min: 1995, max: 2105 }), fc.constantFrom('2026', 'deux mille')),
  link: fc.constantFrom('https://exemple.org/tdr.pdf', ''),
  key: fc.constantFrom(...SETTING_KEYS.flatMap((k) => k.aliases), ...RULE_IDS, 'Clé inconnue'),
  value: fc.oneof(cell, fc.constantFrom('erreur', 'off', 'info', '31/03', '50 %', 'oui', 'en', 90)),
  waivers: waiverCell,
  decision: fc.constantFrom('Transmettre la note', ''),
  owner: fc.constantFrom(...PARTNERS, ''),
  theme: fc.constantFrom('Emploi des jeunes', ''),
  results: fc.constantFrom('Résultats attendus', ''),
};

/** A cell of a column: mostly of the column's kind, otherwise anything. */
function cellOf(sheet: string, field: string | null): fc.Arbitrary<Cell> {
  const kind = field === null ? undefined : KINDS[`${sheet}.${field}`] ?? KINDS[field];
  return kind ? fc.oneof({ weight: 12, arbitrary: kind }, { weight: 1, arbitrary: cell }) : cell;
}

/** A header as people write it: an alias, in any case, with stray spaces; sometimes anything. */
function header(aliases: readonly string[]): fc.Arbitrary<Cell> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...aliases) },
    { weight: 2, arbitrary: fc.constantFrom(...aliases).map((a) => a.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...aliases).map((a) => `  ${a.toLowerCase()} `) },
  );
}

/**
 * One input sheet under one of its names: a header row of its columns (any subset, any order,
 * the required ones most of the time, sometimes a stranger or a duplicate), optionally under a
 * title row, then ragged data rows whose cells mostly fit their column.
 */
function sheetOf(spec: (typeof SHEETS)[number]): fc.Arbitrary<SheetSnapshot> {
  const columns = spec.columns;
  return fc
    .record({
      nameCase: fc.constantFrom('as is', 'as is', 'upper', 'spaces', 'other'),
      title: fc.boolean(),
      keep: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), {
        minLength: columns.length,
        maxLength: columns.length,
      }),
      allRequired: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      order: fc.shuffledSubarray(columns.map((_, i) => i), { minLength: columns.length, maxLength: columns.length }),
      extra: fc.array(fc.oneof(cell, fc.constantFrom(...columns.flatMap((c) => c.aliases))), { maxLength: 2 }),
      height: fc.integer({ min: 0, max: 20 }),
    })
    .chain(({ nameCase, title, keep, allRequired, order, extra, height }) => {
      const fields = order.filter((i) => keep[i] || (allRequired && columns[i].required)).map((i) => columns[i]);
      const name = fc.constantFrom(...spec.names).map((n) =>
        nameCase === 'upper' ? n.toUpperCase() : nameCase === 'spaces' ? ` ${n}  ` : nameCase === 'other' ? `${n} (copie)` : n,
      );
      const headers = fc.tuple(...fields.map((c) => header(c.aliases)));
      const width = fields.length + extra.length;
      // Ragged rows: each row its own length, up to a little beyond the header.
      const length = fc.oneof({ weight: 4, arbitrary: fc.constant(width) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: width + 1 }) });
      const row = length.chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => cellOf(spec.key, fields[i]?.field ?? null))));
      const rows = fc.array(row, { minLength: height, maxLength: height });
      const titleRow = title ? fc.array(cell, { maxLength: 3 }) : fc.constant(null);
      return fc.record({ name, headers, rows, titleRow }).map(
        ({ name, headers, rows, titleRow }): SheetSnapshot => ({
          name,
          rows: [...(titleRow ? [titleRow] : []), [...headers, ...extra] as Cell[], ...(rows as Cell[][])],
        }),
      );
    });
}

/** A sheet of any shape: any name, any cells (no header to speak of). */
const strangerSheet: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.oneof(fc.constantFrom(...SHEETS.flatMap((s) => s.names)), fc.string({ maxLength: 31 })),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
});

const sheet: fc.Arbitrary<SheetSnapshot> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SHEETS).chain(sheetOf) },
  { weight: 1, arbitrary: strangerSheet },
);
const REQUIRED = SHEETS.filter((s) => s.required);

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record(
  {
    name: fc.string({ maxLength: 20 }),
    // Most workbooks have the three required sheets, then anything.
    sheets: fc
      .tuple(fc.boolean(), fc.tuple(...REQUIRED.map(sheetOf)), fc.array(sheet, { maxLength: 6 }))
      .chain(([withRequired, required, others]) => {
        const all = [...(withRequired ? required : []), ...others];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
      }),
    date1904: fc.boolean(),
    timeZone: fc.constantFrom('Africa/Bamako', 'UTC', 'Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'),
  },
  { requiredKeys: ['sheets'] },
);

const options: fc.Arbitrary<ValidateOptions> = fc.record(
  {
    referenceDate: fc.constantFrom('2026-11-15', '2024-02-29', '2000-01-01', '2099-12-31'),
    language: fc.constantFrom('fr' as const, 'en' as const),
    today: fc.constantFrom('2026-11-15', '2026-01-01'),
  },
  { requiredKeys: ['today'] },
);

// ---------------------------------------------------------------------------------------------
// What every report must satisfy.
// ---------------------------------------------------------------------------------------------

/**
 * A real cell of its sheet: a sheet of the workbook, a row within its rows and a column within
 * its widest row (A1 counts on a sheet with no cells: every sheet has an A1), or no cell at all
 * (row and column null) on a sheet or on the workbook (sheet null too).
 */
function anchorProblem(f: Finding, snapshot: WorkbookSnapshot): string | null {
  if (f.sheet === null) {
    return f.row === null && f.col === null && f.cell === null ? null : 'a workbook anchor with a row or column';
  }
  const sheet = snapshot.sheets.find((s) => s.name === f.sheet);
  if (!sheet) return `sheet "${f.sheet}" is not in the workbook`;
  if (f.row === null) return f.col === null && f.cell === null ? null : 'a sheet anchor with a column';
  const height = Math.max(sheet.rows.length, 1);
  const width = Math.max(1, ...sheet.rows.map((r) => (r ? r.length : 0)));
  if (!Number.isInteger(f.row) || f.row < 1 || f.row > height) return `row ${f.row} outside 1..${height}`;
  if (f.col === null || !Number.isInteger(f.col) || f.col < 0 || f.col >= width) return `column ${f.col} outside 0..${width - 1}`;
  if (f.cell !== `${columnName(f.col)}${f.row}`) return `cell ${f.cell} is not row ${f.row}, column ${f.col}`;
  return null;
}

function reportProblem(report: Report, snapshot: WorkbookSnapshot): string | null {
  for (const f of report.findings) {
    const p = anchorProblem(f, snapshot);
    if (p) return `${f.ruleId} ${f.sheet}!${f.cell}: ${p}`;
    if (typeof f.message !== 'string' || f.message.length === 0) return `${f.ruleId}: empty message`;
  }
  const s = report.summary;
  if (s.errors + s.warnings + s.infos + s.waived !== report.findings.length) return 'summary counts do not add up';
  if (report.rules.length !== RULES.length) return 'a rule is missing from the summary';
  for (const r of report.rules) if (r.failed > r.evaluated) return `${r.ruleId}: more failed than evaluated`;
  return null;
}

describe('R3: random workbooks', () => {
  it(`never make the core throw, and every anchor is a real cell or null (${RUNS} runs, seed ${SEED})`, () => {
    try {
      fc.assert(
        fc.property(workbook, options, (snapshot, opts) => {
          const { report } = validateWorkbook(snapshot, opts);
          const problem = reportProblem(report, snapshot);
          if (problem) throw new Error(problem);
          // The report is plain data a host can store and send.
          JSON.parse(JSON.stringify(report));
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
    } catch (e) {
      // fast-check's message holds the seed and the path; say how to replay it too.
      process.stderr.write(`R3 property failed with seed ${SEED} (replay: FC_SEED=${SEED} npx jest tests/core/properties.test.ts)\n`);
      throw e;
    }
  }, 120_000);

  it('the checker itself rejects a misplaced anchor', () => {
    // The property above must be able to fail: an anchor below the sheet, or on a missing sheet.
    const snapshot: WorkbookSnapshot = { sheets: [{ name: 'Groupes', rows: [['Code'], ['GT1']] }] };
    const base: Finding = {
      ruleId: 'x', severity: 'error', tdr: '—', sheet: 'Groupes', cell: 'A2', row: 2, col: 0, group: null, gt: null,
      messageId: 'x', data: {}, message: 'x', suggestion: '', waived: false, waiver: null,
    };
    expect(anchorProblem(base, snapshot)).toBeNull();
    expect(anchorProblem({ ...base, row: 3, cell: 'A3' }, snapshot)).toMatch(/row 3/);
    expect(anchorProblem({ ...base, col: 1, cell: 'B2' }, snapshot)).toMatch(/column 1/);
    expect(anchorProblem({ ...base, sheet: 'Membres' }, snapshot)).toMatch(/not in the workbook/);
    expect(anchorProblem({ ...base, cell: 'B2' }, snapshot)).toMatch(/is not row/);
    expect(anchorProblem({ ...base, sheet: null }, snapshot)).toMatch(/workbook anchor/);
  });
});

describe('the one-pass list reader (Participants) against splitList', () => {
  // Items known whole include separators of the second level (`,` `/`), as partner names do.
  const KNOWN = ['UE', 'BM', 'France', 'Suède', 'Cluster Santé', 'Eau, hygiène et assainissement', 'CPS/SDR', 'ue'];
  const keyOf = (item: string) => (KNOWN.some((k) => normalise(k) === normalise(item)) ? normalise(item) : item.length % 3 ? `k:${item}` : null);
  const whole = (item: string, key: string | null) => key !== null && KNOWN.some((k) => normalise(k) === normalise(item));
  const piece = fc.oneof(
    fc.constantFrom(...KNOWN),
    fc.constantFrom(';', ',', '/', ' ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0001'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 20 }).map((xs) => xs.join(''));

  it('gives the same items, keys and unknown items, cell after cell (items met before included)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const reader = new ListReader({ keyOf, whole, unknown: (_item, key) => key === null });
        const read: [ItemList, string[]][] = [];
        for (const t of [...texts, ...texts]) {
          const items = splitList(t, (item) => whole(item, keyOf(item)));
          const got = reader.read(t);
          expect(got.list.length).toBe(items.length);
          expect(got.list.items()).toEqual(items);
          expect(got.list.keys()).toEqual(items.map(keyOf).filter((k): k is string => k !== null));
          expect(got.unknown).toEqual(items.filter((i) => keyOf(i) === null));
          for (const k of got.list.keys()) expect(got.list.hasKey(k)).toBe(true);
          // Distinct keys, in the order first met (equal keys of unequal items counted once).
          expect(got.list.distinctKeys()).toEqual([...new Set(got.list.keys())]);
          expect(got.list.hasKey('k:\u0000 not an item')).toBe(false);
          read.push([got.list, items]);
        }
        // The lists share one table: each still gives its own items after the others were read.
        for (const [list, items] of read) {
          expect(list.items()).toEqual(items);
          expect(list.distinctKeys()).toEqual([...new Set(list.keys())]);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('the set of texts compared normalised (Calendrier IDs) against a Map of normalise(text)', () => {
  const id = fc.oneof(
    fc.constantFrom('R26-001', 'r26 001', ' R26_001 ', 'R26-002', 'Réf-1', 'ref 1', 'REF1', '---', '', 'é', 'E', 'e'),
    // Two IDs whose hashes meet (FNV-1a of their normalised forms): both must still be told apart.
    fc.constantFrom('r7wzx', 'ra6cd', 'R7WZX', 'RA6CD'),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );

  it('hashes a text as its normalised form', () => {
    expect(normalisedHash('r7wzx')).toBe(normalisedHash('ra6cd'));
    fc.assert(
      fc.property(id, (t) => {
        expect(normalisedHash(t)).toBe(normalisedHash(normalise(t)));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('finds duplicates and looks texts up as the Map did', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), fc.array(id, { maxLength: 10 }), (texts, probes) => {
        const keys = new NormalisedKeys();
        const map = new Map<string, number>();
        texts.forEach((t, row) => {
          const expected = map.get(normalise(t));
          if (expected === undefined) map.set(normalise(t), row);
          expect(keys.addFirst(t, row)).toBe(expected);
        });
        for (const p of [...probes, ...texts]) expect(keys.has(p)).toBe(map.has(normalise(p)));
        expect(keys.keys().sort()).toEqual([...map.keys()].sort());
      }),
      { numRuns: 500, seed: SEED },
    );
  });
});
