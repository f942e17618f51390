// A node:test reporter that writes pass/fail/skip counts to .reports/<name>.json (name from
// REPORT_NAME, default "node"; the folder from REPORT_DIR), for scripts/test.js to total. Use it beside the spec reporter:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=../../config/node-test-reporter.js --test-reporter-destination=/dev/null test/*.test.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function* countsReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const data = event.data ?? {};
    if (data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (data.skip || data.todo) totals.skipped += 1;
      else totals.passed += 1;
    } else if (event.type === 'test:fail') {
      // a `todo` test is a known gap, named with its reason: it fails no run (node:test agrees)
      if (data.todo) totals.skipped += 1;
      else totals.failed += 1;
    }
  }
  const dir = process.env.REPORT_DIR ?? join(process.cwd(), '.reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.env.REPORT_NAME ?? 'node'}.json`), JSON.stringify(totals, null, 2));
  yield '';
}
