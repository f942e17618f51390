import { wtrConfig } from '../../config/wtr.config.js';

const config = wtrConfig();

// The shared include ('packages/membership-cta/src/**') matches no file when run from this folder,
// so coverage came out empty and the 80% threshold never applied. Match our sources by name.
export default {
  ...config,
  coverageConfig: { ...config.coverageConfig, include: ['**/membership-cta/src/**'] },
};
