export { DeclarationCounter } from './declaration-counter.js';
export { DEFAULT_URL, SEED, SEED_SOURCES, toDeclaration, type Declaration, type Signatory } from './declaration.js';
export { formatCount } from './format.js';
