// How one suite's run becomes one line of the summary, and the lines one total.

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {Counts & { name: string, seconds: number, note: string }} SuiteResult
 */

/**
 * A suite's result from its exit code and the counts it reported. The exit code wins: a suite that
 * exits non-zero fails even if its report says 0 failed (a coverage threshold, a crash after the
 * report); a suite that wrote no report, or ran no test, fails too.
 * @param {string} name
 * @param {{ exitCode: number | null, seconds: number, cached?: boolean }} run
 * @param {Counts | undefined} counts
 * @returns {SuiteResult}
 */
export function judge(name, run, counts) {
  const base = { name, seconds: run.seconds, passed: 0, failed: 0, skipped: 0, note: run.cached ? 'cached' : '' };
  if (!counts) return { ...base, failed: 1, note: `no report: the suite did not run (exit ${run.exitCode})` };
  const result = { ...base, ...counts };
  if (counts.passed + counts.failed + counts.skipped === 0) return { ...result, failed: 1, note: 'ran no test' };
  if (run.exitCode !== 0 && counts.failed === 0) {
    return { ...result, failed: 1, note: `exit ${run.exitCode} although its report has no failure (see its output above)` };
  }
  return result;
}

/** @param {SuiteResult[]} results */
export function total(results) {
  return results.reduce(
    (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** @param {SuiteResult} r */
export function formatSuiteLine(r) {
  const counts = [r.passed, r.failed, r.skipped].map((n) => String(n).padStart(5)).join(' ');
  const seconds = `${r.seconds.toFixed(1).padStart(7)} s`;
  return `  ${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(44)} ${counts} ${seconds}${r.note ? `  (${r.note})` : ''}`;
}

/** The last line of every run, alone: `N passed, N failed` and `, N skipped` when there are any. */
export function formatTotal({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
