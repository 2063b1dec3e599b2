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

  // Each character at its own width in Calibri (the column unit is a digit's width): narrow
  // letters fit more to a line, wide capitals fewer, so rows get no blank line and lose no text.
  test('characters count at their own width', () => {
    expect(wrappedLines('i'.repeat(60), 40, false)).toBe(1);
    expect(wrappedLines('l'.repeat(80), 40, false)).toBe(1);
    expect(wrappedLines('W'.repeat(30), 40, false)).toBe(2);
    expect(wrappedLines('MMMM MMMM MMMM MMMM MMMM', 30, false)).toBe(2);
    // Accented letters count as their base letter.
    expect(wrappedLines('é'.repeat(40), 40, false)).toBe(wrappedLines('e'.repeat(40), 40, false));
  });

  test('a finding’s message in the Constats column (50 wide): the lines Excel draws it on in Calibri 11', () => {
    // 54, 56 and 60 characters, then the rest: "alors que son échéance … dépassée de" / "15 jours.".
    const message =
      'La décision « Transmettre au MEF la note conjointe sur l’apurement des arriérés intérieurs » du groupe Economie inclusive et durable (responsable : UE) est toujours ouverte alors que son échéance du 31/10/2026 est dépassée de 15 jours.';
    expect(wrappedLines(message, 50, false)).toBe(5);
    expect(wrappedLines(message, 60, false)).toBe(4);
    expect(wrappedLines('La réunion du 09/09/2026 (Développement du capital humain et inclusion sociale) a eu lieu il y a 67 jours et aucune date de diffusion du compte rendu n’est indiquée (délai : 14 jours).', 50, false)).toBe(4);
  });
});
