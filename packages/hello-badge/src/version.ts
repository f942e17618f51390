// Kept equal to package.json's version by scripts/sync-versions.js (run by `npm run version`).
export const version = '1.0.0';
