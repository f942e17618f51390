/**
 * Registers `--scn-rem`, the length every widget's sizes are multiples of (see base-styles.ts).
 * Registered, `1em` on `:host` computes to pixels there and is inherited as pixels; unregistered it
 * would be re-read against each element's own font size. Once per page: the embed's loader registers
 * it before the page's first layout (registered later, it restyles every element of the page), else
 * whichever widget comes first; a second registration throws, which is fine: the first one holds.
 * Kept free of Lit: loader.js bundles this file too.
 */
export function registerHostUnit(): void {
  try {
    CSS.registerProperty({ name: '--scn-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // already registered, or no Properties and Values API: sizes then follow each element's em
  }
}
