import { normalise, sameNormalised } from '../../core/text';

/** The definition, written plainly. */
function reference(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalise', () => {
  test.each([
    ['Economie inclusive et durable', 'economie inclusive et durable'],
    ['  Développement  du Capital-Humain ', 'developpement du capital humain'],
    ['GT PTF 2 : Développement du capital humain', 'gt ptf 2 developpement du capital humain'],
    ['GT-PTF-2', 'gt ptf 2'],
    ['CPS/SDR', 'cps sdr'],
    ["Protection de l'environnement", 'protection de l environnement'],
    ['Protection de l’environnement', 'protection de l environnement'],
    ['ÉDUCATION', 'education'],
    ['Troïka', 'troika'],
    ['Faim « zéro »', 'faim zero'],
    ['Réunion\u00a0du\tgroupe\n', 'reunion du groupe'],
    ['e\u0301te\u0301', 'ete'],
    ['Straße', 'straße'],
    ['Ελλάδα', 'ελλαδα'],
    ['МИР 2', 'мир 2'],
    ['— ; —', ''],
    ['', ''],
    ['   ', ''],
    ['abc', 'abc'],
    ['a b', 'a b'],
    ['ABC', 'abc'],
    ['a  b', 'a b'],
    [' a', 'a'],
    ['a ', 'a'],
    ['x_y', 'x y'],
    ['2026-03-15', '2026 03 15'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
    expect(reference(input)).toBe(expected);
  });

  test('returns an already normalised string as is', () => {
    const s = 'deja normalise 42';
    expect(normalise(s)).toBe(s);
  });

  test('agrees with the definition on random ASCII, Latin and other text', () => {
    const pool: number[] = [];
    for (let c = 0; c < 0x400; c++) pool.push(c);
    pool.push(0x1e9e, 0x2019, 0x202f, 0x3000, 0x130, 0x1f600, 0x0660, 0x00b2);
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const wrong: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const len = rand(10);
      for (let i = 0; i < len; i++) {
        // Mostly ASCII, some Latin, a few others.
        const r = rand(10);
        const c = r < 6 ? rand(128) : pool[rand(pool.length)];
        s += String.fromCodePoint(c);
      }
      if (normalise(s) !== reference(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sameNormalised', () => {
  test.each([
    ['Awa Traoré', 'AWA TRAORE', true],
    ['  awa-traore', 'Awa Traoré', true],
    ['Awa Traoré', 'Amadou Traoré', false],
    ['Awa', 'Bintou', false],
    ['Élise', 'elise', true],
    ['Élise', 'Elsa', false],
    ['1 Awa', 'Awa', false],
    ['', '  ', true],
    ['--', '', true],
  ])('sameNormalised(%p, %p) = %p', (a, b, same) => {
    expect(sameNormalised(a, b)).toBe(same);
    expect(sameNormalised(b, a)).toBe(same);
  });

  test('agrees with comparing normalised forms on random text', () => {
    const alphabet = ['a', 'A', 'b', 'B', 'é', 'É', ' ', '-', '1', '\u00a0', 'ß', 'x'];
    let seed = 777;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = () => Array.from({ length: rand(4) }, () => alphabet[rand(alphabet.length)]).join('');
    const wrong: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const a = word();
      const b = word();
      if (sameNormalised(a, b) !== (normalise(a) === normalise(b))) wrong.push(`${a}|${b}`);
    }
    expect(wrong).toEqual([]);
  });
});
