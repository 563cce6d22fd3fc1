import fc from 'fast-check';

/** The same inputs every run: a failure found once is found again. */
export const FUZZ_SEED = 20;

export type Path = ReadonlyArray<string | number>;

/**
 * Values a misbehaving venue or a broken store could hold where a figure should be: decimals of
 * every sign and length (400 digits read as Infinity), numbers JSON can carry and some it cannot,
 * the wrong types, and objects that break whatever handles them carelessly.
 */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '-5',
    '-0',
    '0',
    '0.0',
    '00',
    '',
    ' ',
    'NaN',
    'Infinity',
    '1e999',
    '1e5',
    '0x10',
    '+1',
    '1.',
    '.5',
    '9'.repeat(400),
    `-${'9'.repeat(400)}`,
    `0.${'0'.repeat(400)}1`,
    `1${'0'.repeat(308)}`,
    null,
    true,
    false,
    0,
    -0,
    -5,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    [],
    {},
    { toString: 1 },
    [[]],
    '__proto__',
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc
    .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,30}(\.\d{1,30})?$/))
    .map(([sign, digits]) => `${sign}${digits}`),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path into a JSON value, itself (the empty path) included. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...at, key]))];
}

/** The value with the part at `path` replaced by `by` (or taken out, when `by` is undefined). */
export function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const [key, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const inner = replaced(copy[key], rest, by);
  if (inner === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = inner;
  return copy;
}

/** One part of a value broken: a path into it (by index into its paths), and what it becomes there. */
export interface Breakage {
  path: Path;
  by: unknown;
}

/** Breakages of `value`: one to three of its parts replaced by garbage or taken out. */
export function breakages(value: unknown): fc.Arbitrary<Breakage[]> {
  const paths = pathsOf(value);
  return fc.array(
    fc.record({
      path: fc.nat({ max: paths.length - 1 }).map((index) => paths[index] as Path),
      by: fc.oneof({ weight: 9, arbitrary: garbage }, { weight: 1, arbitrary: fc.constant(undefined) }),
    }),
    { minLength: 1, maxLength: 3 },
  );
}

/** `value` with every breakage applied in turn. */
export const broken = (value: unknown, all: readonly Breakage[]): unknown =>
  all.reduce((result, { path, by }) => replaced(result, path, by), value);
