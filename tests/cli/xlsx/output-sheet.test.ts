// Row heights of wrapped texts: LibreOffice does not grow rows when it opens a file, so the writer
// estimates the lines of each wrapped cell and writes the height.

import { wrappedLines } from '../../../cli/xlsx/output-sheet';

describe('wrappedLines', () => {
  test('a text that fits is one line; words move to the next line whole', () => {
    expect(wrappedLines('GT1', 9, false)).toBe(1);
    expect(wrappedLines('', 10, false)).toBe(1);
    // 40 characters wide holds about 43: three words of 20 need two lines.
    expect(wrappedLines('aaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbb cccccccccccccccccccc', 40, false)).toBe(2);
  });

  test('a word longer than the line is cut where it overflows; line breaks count', () => {
    expect(wrappedLines('x'.repeat(30), 10, false)).toBe(3);
    expect(wrappedLines('un\ndeux\ntrois', 40, false)).toBe(3);
  });

  test('bold text takes more room than plain text', () => {
    const text = 'Réunions tenues (30 derniers jours)';
    expect(wrappedLines(text, 11, true)).toBeGreaterThanOrEqual(wrappedLines(text, 11, false));
    expect(wrappedLines(text, 11, true)).toBeGreaterThan(1);
  });
});
