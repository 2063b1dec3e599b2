import { buildHighlights, chunk, rectangles } from '../../../core/plan/highlights';
import { MAX_RANGE_CHARS, SEVERITY_COLOURS } from '../../../core/plan/types';
import { finding } from './helpers';

const at = (sheet: string, row: number, col: number, severity: 'error' | 'warning' | 'info' = 'warning') =>
  finding({ sheet, row, col, cell: `${String.fromCharCode(65 + col)}${row}`, severity });

describe('rectangles', () => {
  test('a single cell is its own address', () => {
    expect(rectangles([{ row: 12, col: 5 }])).toEqual(['F12']);
  });

  test('consecutive rows of a column make one run, neighbouring equal runs one rectangle', () => {
    const cells = [];
    for (let r = 3; r <= 9; r++) for (let c = 1; c <= 3; c++) cells.push({ row: r, col: c });
    expect(rectangles(cells)).toEqual(['B3:D9']);
  });

  test('gaps split runs; ranges come sorted by top row then column', () => {
    const cells = [
      { row: 10, col: 0 },
      { row: 2, col: 0 },
      { row: 3, col: 0 },
      { row: 2, col: 27 },
      { row: 5, col: 2 },
      { row: 5, col: 2 },
    ];
    expect(rectangles(cells)).toEqual(['A2:A3', 'AB2', 'C5', 'A10']);
  });

  test('equal runs in columns that are not neighbours stay apart', () => {
    expect(rectangles([{ row: 1, col: 0 }, { row: 1, col: 2 }])).toEqual(['A1', 'C1']);
  });
});

describe('chunk', () => {
  test('keeps every comma-joined chunk under the limit, and loses nothing', () => {
    const ranges = Array.from({ length: 3000 }, (_, i) => `AB${1000 + 2 * i}`);
    const chunks = chunk(ranges, MAX_RANGE_CHARS);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.join(',').length).toBeLessThan(MAX_RANGE_CHARS);
    expect(chunks.flat()).toEqual(ranges);
  });

  test('keeps every chunk under 500 areas, which Excel on the web refuses long before 8,192 characters (H5)', () => {
    const ranges = Array.from({ length: 1200 }, (_, i) => `A${2 * i + 1}`);
    expect(ranges.join(',').length).toBeLessThan(MAX_RANGE_CHARS);
    const chunks = chunk(ranges, MAX_RANGE_CHARS);
    expect(chunks.map((c) => c.length)).toEqual([499, 499, 202]);
    expect(chunks.flat()).toEqual(ranges);
    expect(chunk(['A1', 'B2', 'C3'], 100, 3)).toEqual([['A1', 'B2'], ['C3']]);
  });

  test('one chunk when everything fits', () => {
    expect(chunk(['A1', 'B2'], 10)).toEqual([['A1', 'B2']]);
    expect(chunk(['A1', 'B2'], 5)).toEqual([['A1'], ['B2']]);
  });
});

describe('buildHighlights', () => {
  test('one rule per sheet and severity, with the severity colour', () => {
    const h = buildHighlights([at('Membres', 3, 5, 'error'), at('Membres', 4, 5, 'warning'), at('Groupes', 2, 1, 'info')]);
    expect(h).toEqual([
      { sheet: 'Membres', severity: 'error', colour: SEVERITY_COLOURS.error, ranges: ['F3'] },
      { sheet: 'Membres', severity: 'warning', colour: '#FCE8B2', ranges: ['F4'] },
      { sheet: 'Groupes', severity: 'info', colour: '#CFE2F3', ranges: ['B2'] },
    ]);
    expect(SEVERITY_COLOURS).toEqual({ error: '#F4CCCC', warning: '#FCE8B2', info: '#CFE2F3' });
  });

  test('a cell takes only the colour of its most severe finding', () => {
    const h = buildHighlights([at('Membres', 3, 5, 'info'), at('Membres', 3, 5, 'error'), at('Membres', 3, 5, 'warning')]);
    expect(h).toEqual([{ sheet: 'Membres', severity: 'error', colour: '#F4CCCC', ranges: ['F3'] }]);
  });

  test('waived findings and workbook or sheet anchors colour nothing', () => {
    const h = buildHighlights([
      finding({ sheet: 'Membres', row: 3, col: 5, waived: true, waiver: 'ok' }),
      finding({ sheet: null, row: null, col: null, cell: null }),
      finding({ sheet: 'Groupes', row: null, col: null, cell: null }),
    ]);
    expect(h).toEqual([]);
  });

  test('a sheet with many cells is split into several rules, each under the limit', () => {
    const findings = Array.from({ length: 4000 }, (_, i) => at('Calendrier', 2 + 2 * i, 7));
    const h = buildHighlights(findings);
    expect(h.length).toBeGreaterThan(1);
    for (const rule of h) {
      expect(rule.sheet).toBe('Calendrier');
      expect(rule.ranges.join(',').length).toBeLessThan(8000);
    }
    expect(h.flatMap((r) => r.ranges)).toHaveLength(4000);
  });
});
