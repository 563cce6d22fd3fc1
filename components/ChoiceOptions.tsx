interface Props<T extends string> {
  values: readonly T[];
  /** What each value reads as; the value itself by default. */
  label?: (value: T) => string;
}

/** A `<select>`'s options, one per value. */
export function ChoiceOptions<T extends string>({ values, label }: Props<T>) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label ? label(value) : value}
        </option>
      ))}
    </>
  );
}
