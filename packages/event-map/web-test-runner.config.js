import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';

// Tests need src/generated/land.ts: run `npm run build` (or scripts/build-geometry.js) first.
export default wtrConfig({ middleware: [feedResponder()] });
