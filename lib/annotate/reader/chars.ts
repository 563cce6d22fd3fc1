/**
 * What kind of character a page's text holds, asked once per character by the scanning stages:
 * plain ASCII is answered by its code, everything else by the Unicode classes.
 */
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;

export const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

export function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD.test(char);
}
