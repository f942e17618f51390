import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';
import { sequenceResponder } from './test/sequence-responder.js';

export default wtrConfig({ middleware: [feedResponder(), sequenceResponder()] });
