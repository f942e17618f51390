import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';

export default wtrConfig({ coverageLines: 90, middleware: [feedResponder()] });
