import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';

// Tests need src/generated/land.ts: run `npm run build` (or scripts/build-geometry.js) first.
const config = wtrConfig({ middleware: [feedResponder()] });

// The shared include ('packages/event-map/src/**') matches no file when run from this folder, so
// coverage came out empty and the threshold never applied: match our sources by name.
export default {
  ...config,
  coverageConfig: { ...config.coverageConfig, include: ['**/event-map/src/**'] },
};
