export { HelloBadge } from './hello-badge.js';
export { version } from './version.js';
