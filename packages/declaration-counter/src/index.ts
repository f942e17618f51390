// The deprecated helpers at the end come from these (see there).
import { toDeclaration as toDeclarationInternal } from './declaration.js';
export { DeclarationCounter } from './declaration-counter.js';
export { DEFAULT_URL, SEED, SEED_SOURCES, type Declaration, type Signatory } from './declaration.js';
export { formatCount } from './format.js';

// Internal helpers that 1.0 exported by mistake: kept, deprecated, so that no import breaks before
// 2.0. The package's own tests import them from their modules.
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const toDeclaration = toDeclarationInternal;
