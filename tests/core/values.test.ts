import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import type { Cell } from '../../core/types';
import {
  INVALID,
  dayFromYmd,
  dayToIso,
  errorValue,
  formatDay,
  formatTime,
  isBlank,
  isoToDay,
  isValidTimeZone,
  makeEnum,
  readDate,
  readDayMonth,
  dayInYear,
  readNumber,
  readRate,
  readText,
  readTime,
  readWholeNumber,
  readYesNo,
  splitList,
  todayDay,
  ymdOfDay,
  type Invalid,
  type ReadOptions,
} from '../../core/values';

const BAMAKO: ReadOptions = { date1904: false, timeZone: 'Africa/Bamako' };
const UTC: ReadOptions = { date1904: false, timeZone: 'UTC' };
const NEW_YORK: ReadOptions = { date1904: false, timeZone: 'America/New_York' };
const PARIS: ReadOptions = { date1904: false, timeZone: 'Europe/Paris' };
const MAC: ReadOptions = { date1904: true, timeZone: 'Africa/Bamako' };

const iso = (s: string) => isoToDay(s)!;
const dateOf = (c: Cell, o: ReadOptions = BAMAKO) => {
  const d = readDate(c, o);
  return d === INVALID ? INVALID : dayToIso(d);
};

describe('day helpers', () => {
  test('dayFromYmd / ymdOfDay', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 1, 2)).toBe(1);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2000, 3, 1)).toBe(11017);
    expect(dayFromYmd(2026, 3, 15)).toBe(Date.UTC(2026, 2, 15) / 86400000);
    expect(dayFromYmd(1900, 1, 1)).toBe(-25567);
    expect(ymdOfDay(0)).toEqual({ y: 1970, m: 1, d: 1 });
    expect(ymdOfDay(-25567)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(ymdOfDay(dayFromYmd(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
  });

  test('round trip over four centuries against Date.UTC', () => {
    const start = dayFromYmd(1899, 12, 1);
    const wrong: number[] = [];
    for (let day = start; day < start + 146097; day += 3) {
      const { y, m, d } = ymdOfDay(day);
      if (Date.UTC(y, m - 1, d) / 86400000 !== day || dayFromYmd(y, m, d) !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  test('dayToIso / isoToDay (strict)', () => {
    expect(dayToIso(iso('2026-03-15'))).toBe('2026-03-15');
    expect(dayToIso(dayFromYmd(987, 6, 5))).toBe('0987-06-05');
    expect(isoToDay('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
    expect(isoToDay('2026-02-29')).toBeNull();
    expect(isoToDay('2026-13-01')).toBeNull();
    expect(isoToDay('2026-3-15')).toBeNull();
    expect(isoToDay('2026-03-15T09:00')).toBeNull();
    expect(isoToDay(' 2026-03-15')).toBeNull();
    expect(isoToDay('15/03/2026')).toBeNull();
  });

  test('formatDay / formatTime', () => {
    expect(formatDay(iso('2026-03-15'), 'fr')).toBe('15/03/2026');
    expect(formatDay(iso('2026-03-05'), 'en')).toBe('2026-03-05');
    expect(formatTime(540)).toBe('09:00');
    expect(formatTime(845)).toBe('14:05');
    expect(formatTime(0)).toBe('00:00');
    expect(formatTime(1439)).toBe('23:59');
  });

  test('todayDay', () => {
    const now = Math.floor(Date.now() / 86400000);
    expect([now, now + 1]).toContain(todayDay());
    expect(Math.abs(todayDay('Pacific/Kiritimati') - todayDay('Pacific/Pago_Pago'))).toBeLessThanOrEqual(2);
    expect(Math.abs(todayDay('America/New_York') - now)).toBeLessThanOrEqual(1);
  });
});

describe('isBlank / errorValue', () => {
  test.each<[Cell, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    ['  \t\n', true],
    ['\u00a0', true],
    ['x', false],
    [' x ', false],
    ['\u00a0x', false],
    ['\u3000', true],
    ['é', false],
    [0, false],
    [false, false],
    [new Date(0), false],
  ])('isBlank(%p) = %p', (c, b) => expect(isBlank(c)).toBe(b));

  test.each<[Cell, string | null]>([
    ['#N/A', '#N/A'],
    [' #n/a ', '#N/A'],
    ['#REF!', '#REF!'],
    ['#VALUE!', '#VALUE!'],
    ['#DIV/0!', '#DIV/0!'],
    ['#name?', '#NAME?'],
    ['#NULL!', '#NULL!'],
    ['#NUM!', '#NUM!'],
    ['#GETTING_DATA', '#GETTING_DATA'],
    ['#SPILL!', '#SPILL!'],
    ['#calc!', '#CALC!'],
    ['#N/A text', null],
    ['#1', null],
    ['N/A', null],
    ['', null],
    [42, null],
    [null, null],
    [true, null],
  ])('errorValue(%p) = %p', (c, e) => expect(errorValue(c)).toBe(e));
});

describe('readDate', () => {
  test('Excel 1900 serials, with the phantom 1900-02-29', () => {
    expect(dateOf(1)).toBe('1900-01-01');
    expect(dateOf(59)).toBe('1900-02-28');
    expect(dateOf(60)).toBe(INVALID);
    expect(dateOf(61)).toBe('1900-03-01');
    expect(dateOf(25569)).toBe('1970-01-01');
    expect(dateOf(45658)).toBe('2025-01-01');
    expect(dateOf(46096)).toBe('2026-03-15');
    expect(dateOf(46096.99)).toBe('2026-03-15');
    expect(dateOf(2958465)).toBe('9999-12-31');
    expect(dateOf(2958466)).toBe(INVALID);
    expect(dateOf(-1)).toBe(INVALID);
    expect(dateOf(0)).toBe(INVALID);
    expect(dateOf(NaN)).toBe(INVALID);
    expect(dateOf(Infinity)).toBe(INVALID);
  });

  test('Excel 1904 serials', () => {
    expect(dateOf(0, MAC)).toBe('1904-01-01');
    expect(dateOf(1, MAC)).toBe('1904-01-02');
    expect(dateOf(59, MAC)).toBe('1904-02-29');
    expect(dateOf(44196, MAC)).toBe('2025-01-01');
    expect(dateOf(44196.5, MAC)).toBe('2025-01-01');
    expect(dateOf(-1, MAC)).toBe(INVALID);
    expect(dateOf(2958465, MAC)).toBe(INVALID);
  });

  test('Dates in UTC and Africa/Bamako', () => {
    expect(dateOf(new Date(Date.UTC(2026, 2, 15, 0, 0)))).toBe('2026-03-15');
    expect(dateOf(new Date(Date.UTC(2026, 2, 15, 23, 59, 59)))).toBe('2026-03-15');
    expect(dateOf(new Date(Date.UTC(2026, 2, 15, 2)), UTC)).toBe('2026-03-15');
    expect(dateOf(new Date(Date.UTC(1899, 11, 30, 12)))).toBe('1899-12-30');
    expect(dateOf(new Date(NaN))).toBe(INVALID);
  });

  test('Dates in another time zone', () => {
    expect(dateOf(new Date('2026-03-15T02:00:00Z'), NEW_YORK)).toBe('2026-03-14');
    expect(dateOf(new Date('2026-03-15T05:00:00Z'), NEW_YORK)).toBe('2026-03-15');
    expect(dateOf(new Date('2026-03-14T23:30:00Z'), PARIS)).toBe('2026-03-15');
    // Cached look-ups give the same answer.
    expect(dateOf(new Date('2026-03-15T02:00:00Z'), NEW_YORK)).toBe('2026-03-14');
  });

  test.each<[string, string | Invalid]>([
    ['2026-03-15', '2026-03-15'],
    ['2026-03-15T09:00', '2026-03-15'],
    ['2026-03-15T23:30:00-05:00', '2026-03-15'],
    ['2026-03-15 09:00:00', '2026-03-15'],
    ['  2026-03-15 ', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['15/03/26', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['15/3/2026', '2026-03-15'],
    ['5/3/26', '2026-03-05'],
    ['15/03/2026 09:00', '2026-03-15'],
    ['29/02/2024', '2024-02-29'],
    ['31/02/2026', INVALID],
    ['29/02/2026', INVALID],
    ['2026-02-30', INVALID],
    ['32/01/2026', INVALID],
    ['15/13/2026', INVALID],
    ['00/01/2026', INVALID],
    ['15/03-2026', INVALID],
    ['15/03/226', INVALID],
    ['03/2026', INVALID],
    ['2026-03-15 foo', INVALID],
    ['hier', INVALID],
    ['46096', INVALID],
    ['', INVALID],
  ])('text %j → %p', (text, expected) => expect(dateOf(text)).toBe(expected));

  test('booleans and blanks are not dates', () => {
    expect(readDate(true, BAMAKO)).toBe(INVALID);
    expect(readDate(false, BAMAKO)).toBe(INVALID);
    expect(readDate(null, BAMAKO)).toBe(INVALID);
    expect(readDate(undefined, BAMAKO)).toBe(INVALID);
  });
});

describe('dates and times do not depend on the machine time zone', () => {
  test('no local-time Date getters or constructors in core/values.ts', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../core/values.ts'), 'utf8');
    expect(src).not.toMatch(/\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds|TimezoneOffset)\(/);
    expect(src).not.toMatch(/new Date\(\s*\w+\s*,/);
  });

  // Jest's process.env is not the process's own, so TZ is set on child processes instead.
  test('same results under TZ=Pacific/Kiritimati, America/Los_Angeles and Asia/Kolkata', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-values-'));
    try {
      for (const name of ['text', 'values']) {
        const src = fs.readFileSync(path.join(__dirname, `../../core/${name}.ts`), 'utf8');
        const js = ts.transpileModule(src, {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
        }).outputText;
        fs.writeFileSync(path.join(dir, `${name}.js`), js);
      }
      const script = `
        const v = require(${JSON.stringify(path.join(dir, 'values.js'))});
        const B = { date1904: false, timeZone: 'Africa/Bamako' };
        const NY = { date1904: false, timeZone: 'America/New_York' };
        const at = new Date('2026-03-15T02:00:00Z');
        console.log(JSON.stringify([
          new Date('2026-01-01T00:00:00Z').getHours(),
          v.dayToIso(v.readDate(at, B)), v.dayToIso(v.readDate(at, NY)),
          v.dayToIso(v.readDate(45658, B)), v.dayToIso(v.readDate('15/03/2026', B)),
          v.readTime(new Date('1899-12-30T09:16:08Z'), B), v.readTime(0.375, B),
          v.readText(at), v.dayFromYmd(2026, 3, 15), v.formatDay(20527, 'fr'),
        ]));`;
      const results = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map((tz) =>
        JSON.parse(
          execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }),
        ) as unknown[],
      );
      // The machine zone really differs between the runs...
      expect(results.map((r) => r[0])).toEqual([14, 16, 5]);
      // ...and nothing else does.
      for (const r of results) {
        expect(r.slice(1)).toEqual([
          '2026-03-15', '2026-03-14', '2025-01-01', '2026-03-15', 540, 540, '2026-03-15', 20527, '15/03/2026',
        ]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readTime', () => {
  test('day fractions and date-times', () => {
    expect(readTime(0, BAMAKO)).toBe(0);
    expect(readTime(0.375, BAMAKO)).toBe(540);
    expect(readTime(0.5, BAMAKO)).toBe(720);
    expect(readTime(14 / 24 + 5 / 1440, BAMAKO)).toBe(845);
    expect(readTime(0.3750001, BAMAKO)).toBe(540);
    expect(readTime(0.99999, BAMAKO)).toBe(1439);
    expect(readTime(46096.375, BAMAKO)).toBe(540);
    expect(readTime(46096, BAMAKO)).toBe(INVALID);
    expect(readTime(1, BAMAKO)).toBe(INVALID);
    expect(readTime(-0.5, BAMAKO)).toBe(INVALID);
    expect(readTime(NaN, BAMAKO)).toBe(INVALID);
  });

  test.each<[string, number | Invalid]>([
    ['9:00', 540],
    ['09:00', 540],
    ['09h00', 540],
    ['09H00', 540],
    ['9h', 540],
    ['9 h', 540],
    ['9h30', 570],
    ['9 h 30', 570],
    ['14:05', 845],
    ['0:00', 0],
    ['23:59', 1439],
    ['09:00:00', 540],
    ['09:00:59', 540],
    [' 8:15 ', 495],
    ['24:00', INVALID],
    ['9:60', INVALID],
    ['9:5', INVALID],
    ['09:00:60', INVALID],
    ['123:00', INVALID],
    ['9', INVALID],
    ['9.30', INVALID],
    ['h30', INVALID],
    ['neuf heures', INVALID],
    ['', INVALID],
  ])('text %j → %p', (text, expected) => expect(readTime(text, BAMAKO)).toBe(expected));

  test('Dates: Apps Script times on 1899-12-30 and other Dates', () => {
    expect(readTime(new Date('1899-12-30T09:00:00Z'), UTC)).toBe(540);
    // Apps Script builds the time with the zone's historical offset (Bamako: LMT -0:16:08 before 1912).
    expect(readTime(new Date('1899-12-30T09:16:08Z'), BAMAKO)).toBe(540);
    expect(readTime(new Date('1899-12-30T14:05:00Z'), UTC)).toBe(845);
    expect(readTime(new Date('2026-03-15T09:30:00Z'), BAMAKO)).toBe(570);
    expect(readTime(new Date('2026-03-15T13:30:00Z'), NEW_YORK)).toBe(570);
    expect(readTime(new Date('2026-03-15T09:30:29Z'), UTC)).toBe(570);
    expect(readTime(new Date('2026-03-15T09:30:31Z'), UTC)).toBe(571);
    expect(readTime(new Date('2026-03-15T23:59:50Z'), UTC)).toBe(1439);
    expect(readTime(new Date(NaN), UTC)).toBe(INVALID);
  });

  test('booleans are not times', () => {
    expect(readTime(true, BAMAKO)).toBe(INVALID);
    expect(readTime(null, BAMAKO)).toBe(INVALID);
  });
});

describe('readYesNo', () => {
  test.each<[Cell, boolean | Invalid]>([
    ['Oui', true],
    ['oui', true],
    ['O', true],
    ['Yes', true],
    ['Y', true],
    ['x', true],
    ['X', true],
    ['Vrai', true],
    ['TRUE', true],
    ['1', true],
    [' oui ', true],
    [true, true],
    [1, true],
    ['Non', false],
    ['N', false],
    ['no', false],
    ['Faux', false],
    ['false', false],
    ['0', false],
    [false, false],
    [0, false],
    ['peut-être', INVALID],
    ['2', INVALID],
    [2, INVALID],
    [0.5, INVALID],
    ['', INVALID],
    [new Date(0), INVALID],
  ])('%p → %p', (c, expected) => expect(readYesNo(c)).toBe(expected));
});

describe('readNumber / readWholeNumber', () => {
  test.each<[Cell, number | Invalid]>([
    [12, 12],
    [12.5, 12.5],
    [-3, -3],
    ['12', 12],
    ['12,5', 12.5],
    [' 12.5 ', 12.5],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1\u202f000,25', 1000.25],
    ['12 345 678', 12345678],
    ['-4', -4],
    ['+4', 4],
    [',5', 0.5],
    ['1 00', INVALID],
    ['1  000', INVALID],
    ['1.000,5', INVALID],
    ['12abc', INVALID],
    ['abc', INVALID],
    ['1e3', INVALID],
    ['', INVALID],
    [NaN, INVALID],
    [Infinity, INVALID],
    [true, INVALID],
    [null, INVALID],
    [new Date(0), INVALID],
  ])('readNumber(%p) = %p', (c, expected) => expect(readNumber(c)).toBe(expected));

  test.each<[Cell, number | Invalid]>([
    [3, 3],
    ['3', 3],
    ['3,0', 3],
    ['1 000', 1000],
    [3.5, INVALID],
    ['3,5', INVALID],
    ['trois', INVALID],
  ])('readWholeNumber(%p) = %p', (c, expected) => expect(readWholeNumber(c)).toBe(expected));
});

describe('readRate', () => {
  test.each<[Cell, number | Invalid]>([
    [0.5, 0.5],
    [1, 1],
    [0, 0],
    [50, 0.5],
    [75.5, 0.755],
    ['50 %', 0.5],
    ['50%', 0.5],
    ['1 %', 0.01],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['1', 1],
    ['50', 0.5],
    ['12,5 %', 0.125],
    [-0.5, INVALID],
    ['-50 %', INVALID],
    ['%', INVALID],
    ['moitié', INVALID],
    [true, INVALID],
  ])('%p → %p', (c, expected) => {
    const r = readRate(c);
    if (expected === INVALID) expect(r).toBe(INVALID);
    else expect(r).toBeCloseTo(expected, 12);
  });
});

describe('dayInYear', () => {
  test.each([
    [2026, 31, 3, '2026-03-31'],
    [2028, 29, 2, '2028-02-29'],
    [2026, 29, 2, '2026-02-28'],
    [2026, 1, 1, '2026-01-01'],
  ])('%p, %p/%p = %p', (y, day, month, iso) => expect(dayToIso(dayInYear(y, { day, month }))).toBe(iso));
});

describe('readDayMonth', () => {
  test.each<[Cell, { day: number; month: number } | Invalid]>([
    ['31/03', { day: 31, month: 3 }],
    ['31-03', { day: 31, month: 3 }],
    ['31.03', { day: 31, month: 3 }],
    ['1/4', { day: 1, month: 4 }],
    ['29/02', { day: 29, month: 2 }],
    ['31/04', INVALID],
    ['30/02', INVALID],
    ['00/03', INVALID],
    ['31/13', INVALID],
    ['31/03/2026', { day: 31, month: 3 }],
    ['2026-03-31', { day: 31, month: 3 }],
    [46112, { day: 31, month: 3 }],
    [new Date('2026-03-31T00:00:00Z'), { day: 31, month: 3 }],
    ['fin mars', INVALID],
    [true, INVALID],
  ])('%p → %p', (c, expected) => expect(readDayMonth(c, BAMAKO)).toEqual(expected));
});

describe('readText', () => {
  test.each<[Cell, string]>([
    ['  texte  ', 'texte'],
    [12, '12'],
    [12.0, '12'],
    [12.5, '12.5'],
    [-0, '0'],
    [true, 'true'],
    [false, 'false'],
    [new Date('2026-03-15T10:00:00Z'), '2026-03-15'],
    [new Date(NaN), ''],
    [null, ''],
    [undefined, ''],
  ])('%p → %j', (c, expected) => expect(readText(c)).toBe(expected));

  test('a Date in the workbook time zone', () => {
    expect(readText(new Date('2026-03-15T02:00:00Z'), NEW_YORK)).toBe('2026-03-14');
  });
});

describe('splitList', () => {
  test('separators and trimming', () => {
    expect(splitList('a; b ;c')).toEqual(['a', 'b', 'c']);
    expect(splitList('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList(' ; a ;; \n ')).toEqual(['a']);
    expect(splitList('')).toEqual([]);
    expect(splitList('seul')).toEqual(['seul']);
  });

  test('without a callback, items are split on , and / too', () => {
    expect(splitList('a, b / c; d')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('a,,b; /')).toEqual(['a', 'b']);
  });

  test('an item that matches whole is kept whole', () => {
    const known = new Set(['Eau, hygiène et assainissement', 'Economie et finances / Statistiques']);
    const whole = (s: string) => known.has(s);
    expect(splitList('Eau, hygiène et assainissement; UNICEF, PAM', whole)).toEqual([
      'Eau, hygiène et assainissement',
      'UNICEF',
      'PAM',
    ]);
    expect(splitList('Economie et finances / Statistiques\nBanque mondiale/FMI', whole)).toEqual([
      'Economie et finances / Statistiques',
      'Banque mondiale',
      'FMI',
    ]);
    expect(splitList('a, b', () => true)).toEqual(['a, b']);
    expect(splitList('a, b', () => false)).toEqual(['a', 'b']);
  });
});

describe('makeEnum', () => {
  const matchStatus = makeEnum({
    planned: ['Prévue', 'Planned', 'Planifiée'],
    held: ['Tenue', 'Held', 'Réalisée'],
  });

  test('matches normalised names and aliases', () => {
    expect(matchStatus('Prévue')).toBe('planned');
    expect(matchStatus('  PREVUE ')).toBe('planned');
    expect(matchStatus('planifiee')).toBe('planned');
    expect(matchStatus('réalisée')).toBe('held');
    expect(matchStatus('Held')).toBe('held');
  });

  test('unknown text and value keys do not match', () => {
    expect(matchStatus('Annulée')).toBeUndefined();
    expect(matchStatus('planned ')).toBe('planned'); // 'Planned' is a listed name
    expect(makeEnum({ gtCoordination: ['Coordination GT'] })('gtCoordination')).toBeUndefined();
    expect(matchStatus('')).toBeUndefined();
  });

  test('a name listed under two values is an error', () => {
    expect(() => makeEnum({ a: ['Réalisée'], b: ['realisee'] })).toThrow(/two|both/);
    expect(() => makeEnum({ a: ['X', 'x'] })).not.toThrow();
  });
});

describe('isValidTimeZone', () => {
  test('known and unknown zones', () => {
    expect(isValidTimeZone('Africa/Bamako')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('constructor')).toBe(false);
  });
});
