import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/application/command-handler.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi } from '../support/api-harness.js';
import { syntheticUser } from '../support/synthetic-writes.js';

// Synthetic data only. The store's clock is the test's: each step below is recorded at `now`.
let now = Date.parse('2026-03-01T09:00:00.000Z');
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi({ clock: () => new Date(now) });
});
afterAll(() => api.stop());

const manager = syntheticUser('case_manager', 'cm');
const nurse = syntheticUser('clinician', 'rn');
const auditor = syntheticUser('auditor', 'auditor');
const cm: CommandContext = { actor: manager };

const recordAt = (iso: string) => {
  now = Date.parse(iso);
};

/** Sends a mutation as this caller and returns its first recorded event's id and times. */
async function mutate(name: string, input: Record<string, unknown>, caller = manager) {
  const result = await api.graphql<
    Record<
      string,
      {
        position: string;
        events: { id: string; occurredAt: string; recordedAt: string; data: unknown }[];
      }
    >
  >(
    `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) {
      ${name}(input: $input) { position events { id occurredAt recordedAt data } } }`,
    { input },
    caller,
  );
  expect(result.errors).toBeUndefined();
  const outcome = result.data![name]!;
  await api.projections.waitForPosition(outcome.position as never, 5_000);
  return outcome.events[0]!;
}

const titles = {
  recorded: 'Synthetic plan: recovery at home',
  corrected: 'Synthetic plan: recovery at home with home care',
};
const reasons = {
  onTime: { text: 'Synthetic: no one at home in the daytime', code: 'caregiver-gap' },
  late: { text: 'Synthetic: PHQ-9 rose at the weekend visit', code: 'risk-up' },
};

/**
 * A case whose care plan changes:
 * - 2 March: the plan is drafted; 3 March: activated;
 * - 5 March 09:00, on time: revised (a home-care referral);
 * - 6 March 09:00, late: a revision that occurred on 4 March at noon (weekly calls);
 * - 7 March 09:00: a correction of the plan's title, by a nurse.
 */
async function scriptedCase() {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label: 'bitemporal' };
  recordAt('2026-03-01T09:00:00.000Z');
  await openMinimalCase(api.commands, cm, ids);
  await api.commands.execute(
    { type: 'AssignCareTeamMember', caseId: ids.caseId, memberId: nurse.userId, role: 'nurse' },
    cm,
  );
  const { caseId } = ids;
  recordAt('2026-03-02T09:00:00.000Z');
  const drafted = await mutate('draftCarePlan', { caseId, title: titles.recorded });
  const carePlanId = (drafted.data as { carePlanId: string }).carePlanId;
  recordAt('2026-03-03T09:00:00.000Z');
  const activated = await mutate('activateCarePlan', { caseId, carePlanId });
  recordAt('2026-03-05T09:00:00.000Z');
  const onTime = await mutate('reviseCarePlan', {
    caseId,
    carePlanId,
    summary: 'Synthetic: refer to home care',
    changes: [{ path: 'services', before: 'none', after: 'home care' }],
    reason: reasons.onTime,
  });
  recordAt('2026-03-06T09:00:00.000Z');
  const late = await mutate('reviseCarePlan', {
    caseId,
    carePlanId,
    occurredAt: '2026-03-04T12:00:00.000Z',
    summary: 'Synthetic: weekly calls instead of monthly',
    changes: [{ path: 'followUpCadence', before: 'monthly', after: 'weekly' }],
    reason: reasons.late,
  });
  recordAt('2026-03-07T09:00:00.000Z');
  const correction = await mutate(
    'correctEntry',
    {
      caseId,
      targetEventId: drafted.id,
      correctedData: { title: titles.corrected },
      reason: { text: 'Synthetic: the title left out the referral' },
    },
    nurse,
  );
  recordAt('2026-03-08T09:00:00.000Z');
  return { caseId, carePlanId, drafted, activated, onTime, late, correction };
}

let script: Awaited<ReturnType<typeof scriptedCase>>;
beforeAll(async () => {
  script = await scriptedCase();
});

/** Valid and transaction times on either side of the late entry (occurred 4 March noon, recorded 6 March 09:00). */
const trueBefore = '2026-03-04T06:00:00.000Z';
const trueAfter = '2026-03-05T12:00:00.000Z';
const knownBefore = '2026-03-05T12:00:00.000Z';
const knownAfter = '2026-03-07T12:00:00.000Z';
const knownBetweenLateEntryAndCorrection = '2026-03-06T12:00:00.000Z';

const planFields = `id status title description period revisionCount eventId occurredAt recordedAt enteredInError
  latestRevision { eventId summary reason { text code } occurredAt recordedAt }
  revisions { eventId summary reason { text code } changes occurredAt recordedAt }`;

async function planAsOf(occurredAt: string, recordedAt: string) {
  const result = await api.graphql<{ case: { asOf: { carePlan: unknown } } }>(
    `query ($id: ID!, $occurredAt: DateTime!, $recordedAt: DateTime!) { case(id: $id) {
      asOf(occurredAt: $occurredAt, recordedAt: $recordedAt) { carePlan { ${planFields} } } } }`,
    { id: script.caseId, occurredAt, recordedAt },
    auditor,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.case.asOf.carePlan;
}

describe('a care plan with a late revision and a corrected title, seen bitemporally', () => {
  const plan = (
    title: string,
    revisions: {
      eventId: string;
      occurredAt: string;
      recordedAt: string;
      summary: string;
      reason: unknown;
      changes: unknown;
    }[],
  ) => ({
    id: script.carePlanId,
    status: 'ACTIVE',
    title,
    description: null,
    period: null,
    revisionCount: revisions.length,
    eventId: script.drafted.id,
    occurredAt: script.drafted.occurredAt,
    recordedAt: script.drafted.recordedAt,
    enteredInError: false,
    latestRevision:
      revisions.length === 0
        ? null
        : (({ changes: _changes, ...latest }) => latest)(revisions.at(-1)!),
    revisions,
  });
  const onTimeRevision = () => ({
    eventId: script.onTime.id,
    summary: 'Synthetic: refer to home care',
    reason: reasons.onTime,
    changes: [{ path: 'services', before: 'none', after: 'home care' }],
    occurredAt: '2026-03-05T09:00:00.000Z',
    recordedAt: '2026-03-05T09:00:00.000Z',
  });
  const lateRevision = () => ({
    eventId: script.late.id,
    summary: 'Synthetic: weekly calls instead of monthly',
    reason: reasons.late,
    changes: [{ path: 'followUpCadence', before: 'monthly', after: 'weekly' }],
    occurredAt: '2026-03-04T12:00:00.000Z',
    recordedAt: '2026-03-06T09:00:00.000Z',
  });

  it('as true before the late entry, as known before it: the plan as drafted, not yet revised', async () => {
    expect(await planAsOf(trueBefore, knownBefore)).toEqual(plan(titles.recorded, []));
  });

  it('as true before the late entry, as known after it: the corrected title, still not revised', async () => {
    expect(await planAsOf(trueBefore, knownAfter)).toEqual(plan(titles.corrected, []));
  });

  it('as true after the late entry, as known before it: only the on-time revision', async () => {
    expect(await planAsOf(trueAfter, knownBefore)).toEqual(
      plan(titles.recorded, [onTimeRevision()]),
    );
  });

  it('as true after the late entry, as known after it: both revisions in clinical order, title corrected', async () => {
    expect(await planAsOf(trueAfter, knownAfter)).toEqual(
      plan(titles.corrected, [lateRevision(), onTimeRevision()]),
    );
  });

  it('as known after the late entry but before the correction: both revisions, the title as recorded', async () => {
    expect(await planAsOf(trueAfter, knownBetweenLateEntryAndCorrection)).toEqual(
      plan(titles.recorded, [lateRevision(), onTimeRevision()]),
    );
  });
});

interface Entry {
  eventId: string;
  summary: string;
  status: string;
  originalSummary: string | null;
  occurredAt: string;
  recordedAt: string;
  lateEntry: boolean;
  recordedLate: boolean;
  recordingDelaySeconds: number;
  correctedByEventId: string | null;
  correctedAt: string | null;
  correctedBy: { userId: string; role: string } | null;
}

async function timeline(args: Record<string, unknown>) {
  const result = await api.graphql<{ case: { timeline: { edges: { node: Entry }[] } } }>(
    `query ($id: ID!, $knownAt: DateTime, $from: DateTime, $to: DateTime,
        $recordedFrom: DateTime, $recordedTo: DateTime, $kinds: [String!]) {
      case(id: $id) { timeline(first: 50, knownAt: $knownAt, from: $from, to: $to,
          recordedFrom: $recordedFrom, recordedTo: $recordedTo, kinds: $kinds) {
        edges { node { eventId summary status originalSummary occurredAt recordedAt lateEntry
          recordedLate recordingDelaySeconds correctedByEventId correctedAt correctedBy { userId role } } } } } }`,
    { id: script.caseId, kinds: ['care-plan'], ...args },
    auditor,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.case.timeline.edges.map((edge) => edge.node);
}

describe('a case timeline as known at a time', () => {
  it('hides the late entry before it was recorded, and shows it with both times once it was', async () => {
    const before = await timeline({ knownAt: knownBefore });
    const after = await timeline({ knownAt: knownBetweenLateEntryAndCorrection });

    expect(before.map((entry) => entry.eventId)).toEqual([
      script.onTime.id,
      script.activated.id,
      script.drafted.id,
    ]);
    expect(after.map((entry) => entry.eventId)).toEqual([
      script.onTime.id,
      script.late.id,
      script.activated.id,
      script.drafted.id,
    ]);
    expect(after.find((entry) => entry.eventId === script.late.id)).toEqual({
      eventId: script.late.id,
      summary: 'Care plan revised (1 change): Synthetic: weekly calls instead of monthly',
      status: 'RECORDED',
      originalSummary: null,
      occurredAt: '2026-03-04T12:00:00.000Z',
      recordedAt: '2026-03-06T09:00:00.000Z',
      lateEntry: true,
      recordedLate: true,
      recordingDelaySeconds: 45 * 3600,
      correctedByEventId: null,
      correctedAt: null,
      correctedBy: null,
    });
  });

  it('shows the original summary before the correction was recorded and the corrected one after, with its time and author', async () => {
    const drafted = (entries: Entry[]) =>
      entries.find((entry) => entry.eventId === script.drafted.id);
    const common = {
      eventId: script.drafted.id,
      occurredAt: '2026-03-02T09:00:00.000Z',
      recordedAt: '2026-03-02T09:00:00.000Z',
      lateEntry: false,
      recordedLate: false,
      recordingDelaySeconds: 0,
    };

    expect(drafted(await timeline({ knownAt: knownBetweenLateEntryAndCorrection }))).toEqual({
      ...common,
      summary: `Care plan drafted: ${titles.recorded}`,
      status: 'RECORDED',
      originalSummary: null,
      correctedByEventId: null,
      correctedAt: null,
      correctedBy: null,
    });
    const corrected = {
      ...common,
      summary: `Care plan drafted: ${titles.corrected}`,
      status: 'CORRECTED',
      originalSummary: `Care plan drafted: ${titles.recorded}`,
      correctedByEventId: script.correction.id,
      correctedAt: '2026-03-07T09:00:00.000Z',
      correctedBy: { userId: nurse.userId, role: 'clinician' },
    };
    expect(drafted(await timeline({ knownAt: knownAfter }))).toEqual(corrected);
    // Without knownAt, the timeline as known now: the same.
    expect(drafted(await timeline({}))).toEqual(corrected);
  });

  it('answers what the timeline said at one time about what happened before another', async () => {
    const entries = await timeline({
      knownAt: knownBetweenLateEntryAndCorrection,
      to: '2026-03-04T18:00:00.000Z',
    });

    expect(entries.map((entry) => [entry.eventId, entry.summary])).toEqual([
      [script.late.id, 'Care plan revised (1 change): Synthetic: weekly calls instead of monthly'],
      [script.activated.id, `Care plan activated: ${titles.recorded}`],
      [script.drafted.id, `Care plan drafted: ${titles.recorded}`],
    ]);
  });

  it('filters by when entries were recorded', async () => {
    const entries = await timeline({
      kinds: null,
      recordedFrom: '2026-03-06T00:00:00.000Z',
      recordedTo: '2026-03-07T23:59:59.999Z',
    });

    expect(entries.map((entry) => entry.eventId)).toEqual([script.correction.id, script.late.id]);
  });

  it('refuses a knownAt that is not a date-time', async () => {
    const result = await api.graphql(
      `query ($id: ID!) { case(id: $id) { timeline(knownAt: "last Tuesday") { edges { cursor } } } }`,
      { id: script.caseId },
      auditor,
    );

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
