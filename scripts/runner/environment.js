// `npm test` always runs every suite in full. Variables that narrow a suite (a story filter, another
// baseline folder, "update instead of compare") are for a contributor's own runs, by hand; here they
// are dropped with a printed notice, so a stray export in a shell can never turn a run green.

/** Variables our suites read that would narrow or disable what they check. */
export const NARROWING = {
  UPDATE_BASELINES: 'writes screenshots as baselines instead of comparing them',
  STORY_FILTER: 'runs only the stories whose id contains it',
  STORYBOOK_STATIC: 'tests another Storybook build than the one just made',
  VISUAL_BASELINES: 'compares with another baseline folder than visual-baselines/',
  SCN_ENGINES: 'runs the browser suites in only the engines it names',
};

/** node flags that run only some tests when passed through NODE_OPTIONS. */
const NARROWING_NODE_FLAGS = /--test-(only|name-pattern|skip-pattern)(=\S+)?/g;

/**
 * A copy of `env` without anything that narrows a suite.
 * @param {NodeJS.ProcessEnv} env
 * @param {(notice: string) => void} notify called once per variable dropped
 */
export function cleanEnvironment(env, notify) {
  const clean = { ...env };
  for (const [name, effect] of Object.entries(NARROWING)) {
    if (clean[name] === undefined) continue;
    notify(`ignoring ${name}=${clean[name]} (it ${effect}); npm test always runs every suite in full`);
    delete clean[name];
  }
  if (clean.NODE_OPTIONS && NARROWING_NODE_FLAGS.test(clean.NODE_OPTIONS)) {
    const kept = clean.NODE_OPTIONS.replace(NARROWING_NODE_FLAGS, '').trim();
    notify(`ignoring the test filters in NODE_OPTIONS=${clean.NODE_OPTIONS}; npm test always runs every suite in full`);
    if (kept) clean.NODE_OPTIONS = kept;
    else delete clean.NODE_OPTIONS;
  }
  NARROWING_NODE_FLAGS.lastIndex = 0;
  return clean;
}
