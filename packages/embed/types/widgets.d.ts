/**
 * Every widget in one classic script: importing it defines all `scn-*` tags at once.
 * It exports nothing.
 */
export {};
