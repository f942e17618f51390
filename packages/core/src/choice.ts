/**
 * A fixed-choice attribute's value as every widget reads it: trimmed and in lower case, when that
 * is one of `allowed`; else undefined. The lists are `as const` arrays, so the type is their union.
 */
export function oneOf<const T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  const wanted = value?.trim().toLowerCase();
  return allowed.find((choice) => choice === wanted);
}
