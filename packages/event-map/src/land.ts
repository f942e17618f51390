import { landData } from './generated/land.js';
import { decodeLand } from './land-code.js';

export { landScale } from './generated/land.js';

/** Land as one SVG path on a grid of `landScale` world units (see projection.ts). */
export const landPath = decodeLand(landData);
