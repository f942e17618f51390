import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';
import { sequenceResponder } from './test/sequence-responder.js';

// a11ySnapshot: the disclosure's expanded state is the browser's own, read from its accessibility tree
export default wtrConfig({ middleware: [feedResponder(), sequenceResponder()], plugins: [a11ySnapshotPlugin()] });
