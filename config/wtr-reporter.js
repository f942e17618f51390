// Writes pass/fail/skip counts of a @web/test-runner run to .reports/wtr.json, so that
// scripts/test.js can print one total over every suite (and turbo can cache it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function count(results, into) {
  if (!results) return;
  for (const t of results.tests ?? []) {
    if (t.skipped) into.skipped += 1;
    else if (t.passed) into.passed += 1;
    else into.failed += 1;
  }
  for (const s of results.suites ?? []) count(s, into);
}

export function countsReporter(dir = process.cwd()) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += session.errors.length;
      }
      totals.failed += totals.errors;
      mkdirSync(join(dir, '.reports'), { recursive: true });
      writeFileSync(join(dir, '.reports', 'wtr.json'), JSON.stringify(totals, null, 2));
    },
  };
}
