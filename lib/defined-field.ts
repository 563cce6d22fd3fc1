/** `{ [key]: value }`, or nothing when there is no value: a missing figure stays absent, never zero. */
export function definedField<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
