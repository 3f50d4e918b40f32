import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { CSRF_HEADER } from '../../src/graphql/plugins/operation-limits.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect } from '../contract/event-store.contract.js';
import { startApi } from '../support/api-harness.js';
import { ciOrLong } from '../support/long-variant.js';

// Synthetic data only: the patients below are made up, and their names and MRNs carry a marker
// that no response to an unauthorized or malformed request may contain.
const marker = 'fuzzsecret';
const runs = ciOrLong(4_000, 40_000);
const secondPerRequest = 1_000;

let api: Awaited<ReturnType<typeof startApi>>;
const ids: string[] = [];
let registration = '';
const authorizations = new Map<string, string>();
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  api = await startApi({ development: false });
  const manager: Actor = { userId: 'synthetic-fuzz-cm', role: 'case_manager' };
  for (let i = 0; i < 3; i += 1) {
    const patient = { patientId: randomUUID(), caseId: randomUUID(), label: `${marker}-${i}` };
    await openMinimalCase(api.commands, { actor: manager }, patient);
    ids.push(patient.patientId, patient.caseId, `patient-${patient.patientId}`);
  }
  const events = await collect(api.store.readAll());
  ids.push(...events.map((e) => e.id));
  registration = events.find((e) => e.type === 'PatientRegistered')!.id;
  // Callers who may read none of it: nobody, strangers of each role that reads cases, forged tokens.
  const outsiders: Actor[] = [
    { userId: 'synthetic-fuzz-outsider', role: 'case_manager' },
    { userId: 'synthetic-fuzz-clinician', role: 'clinician' },
    { userId: 'synthetic-fuzz-quality', role: 'quality_analyst' },
  ];
  for (const outsider of outsiders)
    authorizations.set(outsider.role, (await api.authorizationAs(outsider)).authorization!);
  const forged = (await api.authorizationAs(outsiders[0]!)).authorization!;
  authorizations.set('forged', `${forged.slice(0, -6)}AAAAAA`);
  authorizations.set('garbage', 'Bearer not-a-token');
  authorizations.set('basic', 'Basic c3ludGhldGljOnVzZXI=');
  // The care team's own case manager: only ever sent bodies that cannot be a valid request.
  authorizations.set('member', (await api.authorizationAs(manager)).authorization!);
}, 120_000);
afterAll(async () => {
  agent.destroy();
  await api.stop();
});

interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Sends exactly these bytes and headers; resolves with the status, the body and how long it took. */
function send(raw: RawRequest): Promise<{ status: number; body: string; ms: number }> {
  const url = new URL(api.base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: raw.method,
        path: raw.path,
        headers: { ...raw.headers, 'content-length': raw.body.length } as OutgoingHttpHeaders,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}

const encoder = new TextEncoder();
const knownOperations = [
  `query ($id: ID!) { patient(id: $id) { id cases { id status } timeline(first: 100) { edges { node { kind summary } } } } }`,
  `query ($id: ID!) { case(id: $id) { id patientId status timeline { edges { node { summary } } } } }`,
  `query ($id: ID!) { event(id: $id) { id type data } }`,
  `query ($id: String!) { integrityEvidence(streamId: $id) }`,
  `query ($id: String!) { verifyIntegrity(streamId: $id) { verified firstBreak { detail } } }`,
  `{ caseload(first: 100) { edges { node { id patientId } } } }`,
  `{ projections { name state error { message } } }`,
  `mutation ($id: ID!) { logContact(input: { caseId: $id, party: PATIENT, channel: PHONE, reached: true, purpose: FOLLOW_UP, summary: "synthetic" }) { revision } }`,
  `subscription ($id: ID!) { caseUpdated(caseId: $id) { position } }`,
];
const tokens = [
  ...['{', '}', '(', ')', ':', '$id', '!', '...', '@skip(if: true)', '"', '#', ',', '[', ']'],
  ...['query', 'mutation', 'subscription', 'fragment', 'on', 'Patient', 'Case', 'ID', 'String'],
  ...['patient', 'case', 'event', 'caseload', 'timeline', 'edges', 'node', 'id', 'data', 'summary'],
  ...['first: 100', 'first: -1', 'first: 99999999999999999999', 'id: $id', '__typename'],
  ...['__schema', '__type(name: "Patient")', 'fields { name }', 'integrityEvidence', 'auditTrail'],
];

const operation = fc.oneof(
  fc.constantFrom(...knownOperations),
  fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Deep nesting, past any depth limit.
  fc
    .integer({ min: 50, max: 3_000 })
    .map((depth) => `{${' a {'.repeat(depth)}${'}'.repeat(depth)}}`),
);
const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, -0, 1e-320),
  fc.double(),
  fc.bigInt().map((n) => n.toString()),
);
const variableValue = fc.oneof(
  // The ids exist only once the store is seeded, so they are picked when a value is drawn.
  fc.nat().map((i) => ids[i % ids.length]!),
  hugeNumber,
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.integer({ min: 1_000, max: 90_000 }).map((n) => 'x'.repeat(n)),
  fc.jsonValue({ maxDepth: 4 }),
  fc
    .integer({ min: 100, max: 500 })
    .map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown),
);
const variables = fc.oneof(
  fc.record({ id: variableValue }),
  fc.dictionary(fc.string({ maxLength: 10 }), variableValue, { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
);
/** JSON text of a request, or the raw value to serialize; nested past JSON.parse's comfort. */
const jsonBody = fc.oneof(
  fc.record({ query: operation, variables }).map((body) => JSON.stringify(body)),
  fc
    .record({ query: operation, variables, operationName: fc.option(fc.string({ maxLength: 20 })) })
    .map((body) => JSON.stringify(body)),
  fc.jsonValue({ maxDepth: 5 }).map((value) => JSON.stringify(value)),
  fc
    .integer({ min: 100, max: 20_000 })
    .map((depth) => `{"query":${'['.repeat(depth)}${']'.repeat(depth)}}`),
);
/** A body that cannot be a valid request: JSON cut short, or bytes that are not UTF-8. */
const malformedBody = fc.oneof(
  fc
    .tuple(
      fc.record({ query: fc.constantFrom(...knownOperations), variables }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([body, cut]) => {
      const text = JSON.stringify(body);
      return encoder.encode(text.slice(0, Math.floor(text.length * cut * 0.99)));
    }),
  fc
    .tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(0xff, 0xc3, 0xed, 0x80))
    .map(([bytes, invalid]) => Uint8Array.from([0x7b, invalid, ...bytes, 0xfe])),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/xml',
  '',
  'applicati\xf6n/json; charset=\xff',
);
const extraHeaders = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'accept',
      'content-encoding',
      CSRF_HEADER,
      'x-request-id',
      'x-forwarded-for',
      'cookie',
      'origin',
    ),
    fc.stringMatching(/^x-[a-z0-9-]{1,20}$/),
  ),
  fc.oneof(
    fc.constantFrom(
      'text/event-stream',
      'application/graphql-response+json',
      '*/*',
      'gzip',
      'deflate',
      'br',
      '1',
      'null',
    ),
    fc.stringMatching(/^[\x20-\x7e]{0,200}$/),
  ),
  { maxKeys: 4 },
);
const outsider = fc.constantFrom<string | null>(
  null,
  'case_manager',
  'clinician',
  'quality_analyst',
  'forged',
  'garbage',
  'basic',
);

const request: fc.Arbitrary<RawRequest> = fc.oneof(
  // Anything at all, from someone who may not read these patients.
  fc
    .record({
      method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'OPTIONS', 'DELETE'),
      body: fc.oneof(
        jsonBody.map((text) => encoder.encode(text)),
        malformedBody,
        fc.uint8Array({ maxLength: 500 }),
      ),
      query: fc.option(
        fc
          .constantFrom(...knownOperations)
          .map(
            (q) =>
              `?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(JSON.stringify({ id: ids[0] }))}`,
          ),
      ),
      contentType,
      headers: extraHeaders,
      caller: outsider,
    })
    .map(({ method, body, query, contentType, headers, caller }) => ({
      method,
      path: `/graphql${query ?? ''}`,
      headers: {
        ...headers,
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(caller === null ? {} : { authorization: authorizations.get(caller)! }),
      },
      body: method === 'GET' ? new Uint8Array() : body,
    })),
  // A malformed body from the care team's own case manager.
  fc
    .record({ body: malformedBody, contentType, headers: extraHeaders })
    .map(({ body, contentType, headers }) => ({
      method: 'POST',
      path: '/graphql',
      headers: {
        ...headers,
        'content-type': contentType || 'application/json',
        authorization: authorizations.get('member')!,
      },
      body,
    })),
);

/** Where a response gives away more than an answer should. */
function leaks(body: string): string | null {
  if (body.includes('    at ')) return 'a stack trace';
  if (/\/(work|home|src|node_modules|usr|tmp)\/|\w\.(ts|js|mjs|cjs):\d+/.test(body))
    return 'a file path';
  if (body.includes(marker)) return 'patient data';
  return null;
}

describe('the marker the fuzzing looks for', () => {
  it('is in what the care team’s own case manager reads of the patient', async () => {
    const answer = await send({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: authorizations.get('member')! },
      body: encoder.encode(
        JSON.stringify({ query: knownOperations[2], variables: { id: registration } }),
      ),
    });
    expect(answer.status).toBe(200);
    expect(leaks(answer.body)).toBe('patient data');
  });
});

describe(`${runs} fuzzed requests against the whole HTTP stack`, () => {
  it('never answer 5xx, a stack trace or patient data, and each takes under a second', async () => {
    const statuses = new Map<number, number>();
    const slow: number[] = [];
    let total = 0;
    await fc.assert(
      fc.asyncProperty(request, async (raw) => {
        const answer = await send(raw);
        total += 1;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500);
        expect(leaks(answer.body), answer.body.slice(0, 300)).toBeNull();
        if (answer.ms > secondPerRequest) {
          // The machine is shared: a slow answer counts only if the median of three more is slow too.
          const again = [];
          for (let i = 0; i < 3; i += 1) again.push((await send(raw)).ms);
          const median = again.sort((a, b) => a - b)[1]!;
          slow.push(median);
          expect(
            median,
            `median of 3 retries of a ${answer.ms.toFixed(0)} ms answer`,
          ).toBeLessThanOrEqual(secondPerRequest);
        }
      }),
      { seed: 20261128, numRuns: runs, endOnFailure: true },
    );
    console.info(
      `fuzzing: ${total} requests (seed 20261128), statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `${slow.length} over ${secondPerRequest} ms at first (medians of retries: ${slow.map((ms) => ms.toFixed(0)).join(', ') || 'none'})`,
    );
  }, 300_000);
});
