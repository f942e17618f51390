/**
 * The autoloader, for bundlers that import it rather than paste the script tag: importing it
 * defines every `scn-*` widget tag on the page, now or added later, loading only those in use.
 * It exports nothing.
 */
export {};
