const warned = new Set<string>();

/**
 * Warns once per distinct message, prefixed so a host page's developer knows where it came from.
 * A widget meeting the same bad input on every render must not flood the console.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[strong-cities] ${message}`);
}
