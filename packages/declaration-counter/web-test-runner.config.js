import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { wtrConfig } from '../../config/wtr.config.js';
import { feedResponder } from '../../config/feed-responder.js';
import { sequenceResponder } from './test/sequence-responder.js';

// a11ySnapshot: the disclosure's expanded state is the browser's own, read from its accessibility tree
// Firefox (over WebDriver BiDi) cannot emulate prefers-reduced-motion, and most suites here want
// numbers shown at once: its Firefox runs with the visitor's "reduce motion" setting on. The
// count-up's own tests need motion allowed: they run in a group whose Firefox has it off.
export default wtrConfig({
  middleware: [feedResponder(), sequenceResponder()],
  plugins: [a11ySnapshotPlugin()],
  firefoxPrefs: { 'ui.prefersReducedMotion': 1 },
  groups: [{ name: 'count-up', files: 'test/motion.test.ts', firefoxPrefs: { 'ui.prefersReducedMotion': 0 } }],
});
