// A self-contained HTML report of every outcome measure by month, for a cohort:
//   npm run report -- --out FILE [--from YYYY-MM-DD --to YYYY-MM-DD] [--program P,…] [--payer P,…]
//     [--disposition D,…] [--risk-tier T,…] [--primary-case-manager U,…] [--time-zone Europe/London]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { caseOutcomes } from '../projections/case-outcomes/case-outcomes.js';
import { catchUp, openReadSide } from '../src/compose.js';
import { loadConfigOrExit } from '../src/config.js';
import { ValidationError } from '../src/domain/errors.js';
import { computeMeasures, dischargeDates } from '../src/outcomes/compute-measures-read.js';
import { measureCatalogue } from '../src/outcomes/measure-catalogue.js';
import { measureSeries, reportPeriodOf } from '../src/reporting/measure-series.js';
import { htmlReport } from '../src/reporting/html-report.js';

const usage = `usage: npm run report -- --out FILE [--from YYYY-MM-DD --to YYYY-MM-DD]
  [--program P,…] [--payer P,…] [--disposition D,…] [--risk-tier T,…] [--primary-case-manager U,…]
  [--time-zone ZONE]
Without --from/--to: the months of the discharges in the read models, at most the twelve up to the latest.`;

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    program: { type: 'string' },
    payer: { type: 'string' },
    disposition: { type: 'string' },
    'risk-tier': { type: 'string' },
    'primary-case-manager': { type: 'string' },
    'time-zone': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || !values.out || (values.from === undefined) !== (values.to === undefined)) {
  console.info(usage);
  process.exit(values.help ? 0 : 2);
}
const list = (value: string | undefined) => (value === undefined ? undefined : value.split(','));
const filters = Object.fromEntries(
  Object.entries({
    program: list(values.program),
    payer: list(values.payer),
    disposition: list(values.disposition),
    riskTier: list(values['risk-tier']),
    primaryCaseManager: list(values['primary-case-manager']),
  }).filter(([, value]) => value !== undefined),
);

const config = loadConfigOrExit();
// Only the read model the measures read is brought up to date; the others wait for the server.
const { store, readModels: projections } = await openReadSide(config, [caseOutcomes]);
try {
  const headPosition = await catchUp(store, projections, 600_000);
  const today = new Date().toISOString().slice(0, 10);
  const discharges = dischargeDates(projections);
  const period =
    values.from && values.to
      ? { from: values.from, to: values.to }
      : reportPeriodOf(discharges?.first ?? today, discharges?.last ?? today);
  const started = performance.now();
  const measured = computeMeasures(projections, {
    period,
    filters,
    groupBy: 'month',
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
  });
  const cohort = [
    `discharges and other anchors from ${period.from} to ${period.to} (exclusive)`,
    ...Object.entries(filters).map(([dimension, chosen]) => `${dimension} ${chosen!.join(' or ')}`),
  ].join(', ');
  writeFileSync(
    values.out,
    htmlReport({
      title: 'caretrail outcome measures',
      cohort,
      generatedAt: new Date().toISOString(),
      asOfPosition: headPosition,
      smallNumberThreshold: measured.smallCellThreshold,
      series: measureSeries(measureCatalogue, measured),
    }),
  );
  console.info(
    `wrote ${values.out}: ${measureCatalogue.length} measures by month, ${period.from} to ${period.to}, computed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(`${error.message}: ${error.issues.map((i) => i.message).join('; ')}`);
  process.exitCode = 2;
} finally {
  await projections.stop();
  await store.close();
}
