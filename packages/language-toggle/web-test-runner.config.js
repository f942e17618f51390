import { wtrConfig } from '../../config/wtr.config.js';

const base = wtrConfig();
// The shared config's coverage patterns are relative to the repo root, but the v8 coverage plugin
// resolves relative patterns against the working directory (this package): they match nothing.
// Until config/wtr.config.js resolves them itself, count this package's sources from here.
export default {
  ...base,
  coverageConfig: { ...base.coverageConfig, include: ['src/**'], exclude: ['**/node_modules/**'] },
};
