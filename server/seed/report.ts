import type { SeedReport } from './loadSeeds.js';

export function printSeedReport(
  report: SeedReport,
  log: (line: string) => void = console.log,
): void {
  for (const name of report.loaded) log(`loaded     ${name}`);
  for (const name of report.checked) log(`valid      ${name}`);
  for (const name of report.unchanged) log(`unchanged  ${name}`);
  for (const { name, people, statements, figures, warnings } of report.extracted) {
    const warned = warnings.length ? ` (${warnings.join('; ')})` : '';
    log(
      `extracted  ${name}: ${people} people, ${statements} statements, ${figures} figures${warned}`,
    );
  }
  for (const { file, problems } of report.failed) {
    log(`REJECTED   ${file}: nothing of this article was written`);
    for (const problem of problems)
      log(`             ${problem.field}: expected ${problem.expected}`);
  }
}
