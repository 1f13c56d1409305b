// Prints vitest's JSON report as the plain closing line CI reads: "N passed, N failed[, N skipped]".
// A test file that failed to load counts as one failure, so a broken import cannot look green.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(`summary: no readable vitest report at ${file} (${error.message})`);
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const brokenFiles = (report.testResults ?? []).filter(
  (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
).length;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const failed = (report.numFailedTests ?? 0) + brokenFiles;
console.log(`${report.numPassedTests ?? 0} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
