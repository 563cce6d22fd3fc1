import type { z } from 'zod/mini';

/** The parts of a zod definition salvage walks; every other kind of schema is kept whole or not at all. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  keyType?: Schema;
  valueType?: Schema;
}
type Schema = z.ZodMiniType & { _zod: { def: Def } };

const LOST = Symbol('lost');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What can still be read of a value that fails its schema (one from storage, or a snapshot whose
 * figures overflowed), field by field and entry by entry: a field that does not fit is left out, so its default (or nothing) takes its place; an
 * entry of a list or a record that does not fit is dropped; everything else is kept as it was.
 * A value that is not even an object reads as one with nothing in it, so an item whose fields all
 * have defaults (the settings, the schedule's safe waits) still reads. Undefined when nothing fits.
 */
export function salvage<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | undefined {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const mended = mend(schema as unknown as Schema, value);
  if (mended === LOST) return undefined;
  const again = schema.safeParse(mended);
  return again.success ? again.data : undefined;
}

/** The value with its parts that do not fit taken out, as stored (not parsed): LOST when it cannot fit. */
function mend(schema: Schema, value: unknown): unknown {
  if (schema.safeParse(value).success) return value;
  const { type, shape, element, innerType, keyType, valueType } = schema._zod.def;
  let mended: unknown = LOST;
  if (type === 'optional' || type === 'default' || type === 'nullable') {
    mended = innerType ? mend(innerType, value) : LOST;
  } else if (type === 'object' && shape) {
    const from = isRecord(value) ? value : {};
    const kept: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const part = mend(field, from[key]);
      if (part !== LOST && part !== undefined) kept[key] = part;
    }
    mended = kept;
  } else if (type === 'array' && element && Array.isArray(value)) {
    mended = value.map((entry) => mend(element, entry)).filter((entry) => entry !== LOST);
  } else if (type === 'record' && keyType && valueType && isRecord(value)) {
    const entries = Object.entries(value).flatMap(([key, entry]) => {
      const part = keyType.safeParse(key).success ? mend(valueType, entry) : LOST;
      return part === LOST ? [] : [[key, part]];
    });
    // A record none of whose entries can be read is unreadable, not empty: its default holds.
    if (entries.length > 0 || Object.keys(value).length === 0) mended = Object.fromEntries(entries);
  }
  return mended !== LOST && schema.safeParse(mended).success ? mended : LOST;
}
