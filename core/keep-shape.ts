// V8 forgets an object shape (hidden class) once the last object of that shape is collected, and
// throws away the optimized code built for it ("weak objects"). The core's classes live for one
// validation: after a garbage collection between two validations, each ran as cold as the first
// (half the time of a small workbook went to the interpreter and to recompiling). One object of
// each such class is kept for the module's life, so that its shape, and the code, stay.

const kept: unknown[] = [];

/** Keeps `o` (one object of a per-run class) for good; returns it. */
export function keepShape<T>(o: T): T {
  kept.push(o);
  return o;
}
