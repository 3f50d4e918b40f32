// Tamper evidence from the command line:
//   npm run verify [-- --stream ID] [-- --bundle FILE] [-- --trust KEYID,...]
//   npm run integrity -- checkpoint
//   npm run integrity -- bundle --stream ID --out FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openEventStore } from '../src/compose.js';
import { loadConfigOrExit } from '../src/config.js';
import { checkpointSigner } from '../src/integrity/checkpoint-signer.js';
import { writeCheckpoints } from '../src/integrity/checkpoints.js';
import { exportEvidenceBundle, verifyEvidenceBundle } from '../src/integrity/evidence-bundle.js';
import type { IntegrityReport } from '../src/integrity/integrity-report.js';
import { verifyStore, verifyStream } from '../src/integrity/verify-integrity.js';

const usage = `usage:
  npm run verify [-- --stream ID | --bundle FILE] [--trust KEYID,...]
  npm run integrity -- checkpoint
  npm run integrity -- bundle --stream ID --out FILE`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    stream: { type: 'string' },
    bundle: { type: 'string' },
    out: { type: 'string' },
    trust: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
const command = positionals[0] ?? 'verify';
if (values.help || !['verify', 'checkpoint', 'bundle'].includes(command)) {
  console.info(usage);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfigOrExit();
const signer = checkpointSigner(config.integrity.signingKey);
// Trust the configured signing key unless told which keys to trust (e.g. after a key rotation).
const trustedKeyIds = new Set(values.trust ? values.trust.split(',') : [signer.keyId]);

function print(scope: string, report: IntegrityReport): never {
  console.info(
    `${scope}: ${report.verified ? 'VERIFIED' : 'BROKEN'} (${report.eventsChecked} events in ${report.streamsChecked} streams, ${report.checkpointsChecked} checkpoints, ${report.eventsAfterLastCheckpoint} events after the last checkpoint)`,
  );
  for (const found of report.breaks)
    console.info(
      `  ${found.problem} at ${found.streamId ?? '-'}@${found.revision ?? '-'} position ${found.position ?? '-'}${found.checkpointSequence ? ` checkpoint ${found.checkpointSequence}` : ''}: ${found.detail}`,
    );
  process.exit(report.verified ? 0 : 1);
}

if (command === 'verify' && values.bundle) {
  const bundle = JSON.parse(readFileSync(values.bundle, 'utf8')) as unknown;
  print(`bundle ${values.bundle}`, verifyEvidenceBundle(bundle, { trustedKeyIds }));
}

const store = await openEventStore(config.store);
try {
  if (command === 'checkpoint') {
    const written = await writeCheckpoints({ store, signer, clock: () => new Date() });
    const events = written.reduce((sum, checkpoint) => sum + checkpoint.eventCount, 0);
    console.info(`wrote ${written.length} checkpoints over ${events} events (key ${signer.keyId})`);
  } else if (command === 'bundle') {
    if (!values.stream || !values.out) {
      console.error(usage);
      process.exit(2);
    }
    const bundle = await exportEvidenceBundle(store, values.stream, new Date());
    if (bundle.events.length === 0) {
      console.error(`no stream ${values.stream}`);
      process.exit(2);
    }
    writeFileSync(values.out, JSON.stringify(bundle, null, 2));
    console.info(
      `wrote ${values.out}: ${bundle.events.length} events, ${bundle.proofs.length} with inclusion proofs, ${bundle.checkpoints.length} checkpoints`,
    );
  } else {
    const started = performance.now();
    const report = values.stream
      ? await verifyStream(store, values.stream, { trustedKeyIds })
      : await verifyStore(store, { trustedKeyIds });
    await store.close();
    console.info(`checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    print(values.stream ? `stream ${values.stream}` : 'store', report);
  }
} finally {
  await store.close();
}
