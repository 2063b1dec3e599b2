// P3's floor and the text scan beside it: what each pass reads (bench/bench.ts).

import { floorPass, textScanPass } from '../../bench/bench';
import type { WorkbookSnapshot } from '../../core/types';

const snapshot: WorkbookSnapshot = {
  name: 'passes.xlsx',
  sheets: [
    { name: 'A', rows: [['ab', 7, true], [], [null, new Date(Date.UTC(2026, 0, 1)), 'c']] },
    { name: 'B', rows: [[''], ['é']] },
  ],
};

describe('the benchmark passes over a snapshot', () => {
  it('the floor reads each value: its type, and a text only by its length', () => {
    // 'ab' 2 + 7 → 1 + true → 2 + Date → 3 + 'c' 1 + '' 0 + 'é' 1 (null and missing rows: nothing)
    expect(floorPass(snapshot)).toBe(10);
  });

  it('the text scan reads every character of each text, and the other values as the floor does', () => {
    const chars = 'a'.charCodeAt(0) + 'b'.charCodeAt(0) + 'c'.charCodeAt(0) + 'é'.charCodeAt(0);
    expect(textScanPass(snapshot)).toBe(chars + 1 + 2 + 3);
  });
});
