import type { ComponentChildren } from 'preact';

/** Stands for the control in a message: a private-use character no message contains. */
const FIELD = '\uE000';

interface Props {
  /** The message, given the mark to put for its `{field}`: `(field) => t('options.showPricesIn', { field })`. */
  words: (field: string) => string;
  /** The control the words are around. */
  children: ComponentChildren;
}

/**
 * A label's words with its control where the language puts it ("Show prices in [USD]", "Preise
 * anzeigen in [USD]", "Börsen [jede Minute] abfragen"), so no label is glued from fragments.
 */
export function InWords({ words, children }: Props) {
  const [before, after] = words(FIELD).split(FIELD);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
