// Changelog lines for the packages' users: each change as its changeset says it, without commit
// hashes, and one line naming the Strong Cities packages it was released with (not one per change).
/* global module */
'use strict';

/** @type {import('@changesets/types').ChangelogFunctions['getReleaseLine']} */
async function getReleaseLine(changeset) {
  const [first, ...rest] = changeset.summary.trim().split('\n').map((line) => line.trimEnd());
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : ''))].join('\n');
}

/** @type {import('@changesets/types').ChangelogFunctions['getDependencyReleaseLine']} */
async function getDependencyReleaseLine(_changesets, updated) {
  if (updated.length === 0) return '';
  const names = updated.map((d) => `${d.name} ${d.newVersion}`).sort();
  return `- Released with ${names.join(', ')}.`;
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
