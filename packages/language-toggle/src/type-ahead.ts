import type { Language } from './languages.js';

/**
 * The choice a typed prefix lands on (APG menu type-ahead): matched against each name and code,
 * searching after the focused one for a single key (so pressing it again cycles), from it for
 * more. Codes matter: a Latin keyboard cannot type "العربية", but it can type "ar". −1 if none.
 */
export function typeAhead(choices: readonly Language[], typed: string, from: number): number {
  const prefix = typed.toLocaleLowerCase();
  const start = Math.max(0, typed.length === 1 ? from + 1 : from);
  for (let step = 0; step < choices.length; step++) {
    const index = (start + step) % choices.length;
    const { name, code } = choices[index];
    if (name.toLocaleLowerCase(code).startsWith(prefix) || code.toLowerCase().startsWith(prefix)) return index;
  }
  return -1;
}
