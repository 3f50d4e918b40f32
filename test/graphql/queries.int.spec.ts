import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/application/command-handler.js';
import type { Position } from '../../src/event-store/port.js';
import { readModelStatementCount } from '../../src/graphql/read/read-model-sql.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi } from '../support/api-harness.js';

// Synthetic data only: every patient here is made up by the test that uses it.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const cm: CommandContext = { actor: { userId: 'synthetic-cm-1', role: 'case_manager' } };

/** Opens a case through the command path and waits until the read models have it. */
async function openCase(label: string) {
  const ids = { patientId: randomUUID(), caseId: randomUUID(), label };
  await openMinimalCase(api.commands, cm, ids);
  const { headPosition } = await api.store.stats();
  await api.projections.waitForPosition(headPosition!, 5_000);
  return ids;
}

/** Registers a patient and opens a case whose events happened at `occurredAt`: for valid-time tests. */
async function openCaseAt(label: string, occurredAt: string) {
  const ids = { patientId: randomUUID(), caseId: randomUUID() };
  await api.commands.execute(
    {
      type: 'RegisterPatient',
      patientId: ids.patientId,
      occurredAt,
      mrn: `SYN-${label}`,
      name: { given: 'Synthetic', family: `Testpatient-${label}` },
      birthDate: '1950-01-01',
      sex: 'unknown',
    },
    cm,
  );
  await run({
    type: 'OpenCase',
    caseId: ids.caseId,
    patientId: ids.patientId,
    occurredAt,
    program: 'transitions-of-care',
    referralSource: { kind: 'hospital' },
    admittedAt: occurredAt,
    admissionType: 'unplanned',
    primaryCaseManager: { userId: cm.actor.userId },
  });
  return ids;
}

async function run(input: Record<string, unknown>, context: CommandContext = cm) {
  const outcome = await api.commands.execute(input, context);
  await api.projections.waitForPosition(outcome.position, 5_000);
  return outcome;
}

function contact(caseId: string, occurredAt?: string, summary = 'Synthetic call') {
  return {
    type: 'LogContact',
    caseId,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    party: 'family',
    channel: 'phone',
    reached: true,
    purpose: 'coordination',
    summary,
  };
}

interface Page {
  edges: { cursor: string; node: { eventId: string; occurredAt: string; lateEntry: boolean } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const timelinePageQuery = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  patient(id: $id) {
    timeline(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { eventId occurredAt lateEntry } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

async function timelinePage(variables: Record<string, unknown>): Promise<Page> {
  const result = await api.graphql<{ patient: { timeline: Page } }>(timelinePageQuery, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.patient.timeline;
}

describe('patient(id)', () => {
  it('shows the patient’s cases and a newest-first timeline with actors and nested cases', async () => {
    const { patientId, caseId } = await openCase('pt-1');
    const logged = await run(contact(caseId, undefined, 'Synthetic family call'));
    const result = await api.graphql<{
      patient: {
        id: string;
        cases: { id: string; status: string; program: string }[];
        timeline: {
          edges: {
            node: {
              kind: string;
              eventType: string;
              summary: string;
              status: string;
              actor: { userId: string; role: string };
              caseId: string | null;
              case: { id: string; primaryCaseManager: { userId: string } } | null;
              eventId: string;
            };
          }[];
        };
      };
    }>(
      `query ($id: ID!, $at: String) { patient(id: $id, atPosition: $at) {
        id cases { id status program }
        timeline(first: 10) { edges { node {
          kind eventType summary status actor { userId role } caseId eventId
          case { id primaryCaseManager { userId } }
        } } }
      } }`,
      { id: patientId, at: logged.position },
    );
    expect(result.errors).toBeUndefined();
    const patient = result.data!.patient;
    expect(patient.cases).toEqual([{ id: caseId, status: 'OPEN', program: 'transitions-of-care' }]);
    const nodes = patient.timeline.edges.map((edge) => edge.node);
    expect(nodes[0]!.eventType).toBe('ContactLogged');
    expect(nodes.map((node) => node.eventType)).toEqual(
      expect.arrayContaining(['CaseOpened', 'PatientRegistered']),
    );
    expect(nodes[0]).toMatchObject({
      kind: 'contact',
      status: 'RECORDED',
      actor: { userId: 'synthetic-cm-1', role: 'case_manager' },
      caseId,
      eventId: logged.events[0]!.id,
      case: { id: caseId, primaryCaseManager: { userId: 'synthetic-cm-1' } },
    });
    expect(nodes.find((node) => node.eventType === 'PatientRegistered')).toMatchObject({
      caseId: null,
      case: null,
      kind: 'patient',
    });
  });

  it('is null for an unknown patient, and an unknown case is null too, not an error', async () => {
    const result = await api.graphql(
      `query ($id: ID!) { patient(id: $id) { id } case(id: $id) { id } event(id: $id) { id } }`,
      { id: randomUUID() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ patient: null, case: null, event: null });
  });

  it('filters the timeline by kinds and by an occurredAt window', async () => {
    const { patientId, caseId } = await openCase('pt-filter');
    await run(contact(caseId, '2026-02-01T09:00:00Z'));
    await run(contact(caseId, '2026-02-03T09:00:00Z'));
    await run(contact(caseId, '2026-02-05T09:00:00Z'));
    const result = await api.graphql<{
      patient: { timeline: { edges: { node: { occurredAt: string; kind: string } }[] } };
    }>(
      `query ($id: ID!) { patient(id: $id) { timeline(kinds: ["contact"], from: "2026-02-02T00:00:00Z", to: "2026-02-05T09:00:00+00:00") {
        edges { node { occurredAt kind } } } } }`,
      { id: patientId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.patient.timeline.edges.map((edge) => edge.node.occurredAt)).toEqual([
      '2026-02-05T09:00:00.000Z',
      '2026-02-03T09:00:00.000Z',
    ]);
  });

  it('refuses a page larger than 100 and a cursor from nowhere', async () => {
    const { patientId } = await openCase('pt-cap');
    const tooMany = await api.graphql(timelinePageQuery, { id: patientId, first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['first'] }],
    });
    const badCursor = await api.graphql(timelinePageQuery, { id: patientId, after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a long timeline', () => {
  it('pages forward and backward, seven at a time, returning every entry once in order', async () => {
    const { patientId, caseId } = await openCase('pt-long');
    // With the 3 entries of opening, 117 contacts on 50 distinct hours: many ties on occurredAt.
    for (let i = 0; i < 117; i += 1) {
      const hour = (i * 7) % 50;
      await api.commands.execute(
        contact(caseId, new Date(Date.UTC(2026, 0, 2, hour)).toISOString()),
        cm,
      );
    }
    const head = await api.store.stats();
    await api.projections.waitForPosition(head.headPosition!, 10_000);

    const forward: string[] = [];
    const times: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await timelinePage({ id: patientId, first: 7, after });
      forward.push(...page.edges.map((edge) => edge.node.eventId));
      times.push(...page.edges.map((edge) => edge.node.occurredAt));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(120);
    expect(new Set(forward).size).toBe(120);
    expect([...times].sort().reverse()).toEqual(times);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page = await timelinePage({ id: patientId, last: 7, before });
      backward.unshift(...page.edges.map((edge) => edge.node.eventId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);

    // The same order as the store's events sorted by occurredAt, newest first, ties newest first.
    const stored: { id: string; occurredAt: string }[] = [];
    for (const stream of [`patient-${patientId}`, `case-${caseId}`])
      for await (const event of api.store.readStream(stream)) stored.push(event);
    const expected = stored
      .map((event, index) => ({ ...event, index }))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.index - a.index)
      .map((event) => event.id);
    expect(forward).toEqual(expected);
  });

  it('places a late entry at its clinical time and flags it', async () => {
    const { patientId, caseId } = await openCase('pt-late');
    const onTime = await run(contact(caseId));
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const late = await run(contact(caseId, threeHoursAgo, 'Synthetic late note'));
    const page = await timelinePage({ id: patientId, first: 10 });
    const nodes = page.edges.map((edge) => edge.node);
    // Recorded last, it happened first: it sits below the opening entries.
    expect(nodes[0]).toMatchObject({ eventId: onTime.events[0]!.id, lateEntry: false });
    expect(nodes.at(-1)).toMatchObject({
      eventId: late.events[0]!.id,
      occurredAt: threeHoursAgo,
      lateEntry: true,
    });
    expect(nodes).toHaveLength(5);
  });
});

describe('case(id)', () => {
  async function caseWithRevisedPlan() {
    const ids = await openCase('case-plan');
    const drafted = await run({
      type: 'DraftCarePlan',
      caseId: ids.caseId,
      title: 'Synthetic plan',
    });
    const carePlanId = (drafted.events[0]!.data as { carePlanId: string }).carePlanId;
    await run({ type: 'ActivateCarePlan', caseId: ids.caseId, carePlanId });
    const revised = await run({
      type: 'ReviseCarePlan',
      caseId: ids.caseId,
      carePlanId,
      summary: 'Synthetic: weekly calls instead of monthly',
      changes: [{ path: 'followUpCadence', before: 'monthly', after: 'weekly' }],
      reason: { text: 'Synthetic: readmission risk rose', code: 'risk-up' },
    });
    await run({
      type: 'RecordAssessment',
      caseId: ids.caseId,
      instrument: { code: 'PHQ-9' },
      total: 11,
    });
    await run({
      type: 'AssignCareTeamMember',
      caseId: ids.caseId,
      memberId: 'synthetic-nurse-1',
      role: 'nurse',
    });
    return { ...ids, carePlanId, revised };
  }

  it('shows the current plan, team, assessments and case fields', async () => {
    const { caseId, patientId, carePlanId } = await caseWithRevisedPlan();
    const result = await api.graphql<{ case: Record<string, unknown> }>(
      `query ($id: ID!) { case(id: $id) {
        id patientId status program admittedAt dischargedAt revision
        primaryCaseManager { userId }
        carePlan { id status title revisionCount latestRevision { summary reason { text code } } }
        careTeam { current { userId role from until } past { userId } }
        assessments(instrument: "PHQ-9") { instrument total band eventId }
        none: assessments(instrument: "GAD-7") { total }
        handoffs { id } utilizationReviews { id } dischargePlan { expectedDate } goals { id }
      } }`,
      { id: caseId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.case).toMatchObject({
      id: caseId,
      patientId,
      status: 'OPEN',
      program: 'transitions-of-care',
      admittedAt: '2026-01-01T08:00:00Z',
      dischargedAt: null,
      revision: 6,
      primaryCaseManager: { userId: 'synthetic-cm-1' },
      carePlan: {
        id: carePlanId,
        status: 'ACTIVE',
        title: 'Synthetic plan',
        revisionCount: 1,
        latestRevision: {
          summary: 'Synthetic: weekly calls instead of monthly',
          reason: { text: 'Synthetic: readmission risk rose', code: 'risk-up' },
        },
      },
      careTeam: {
        current: expect.arrayContaining([
          expect.objectContaining({ userId: 'synthetic-nurse-1', role: 'NURSE', until: null }),
        ]) as unknown,
        past: [],
      },
      assessments: [{ instrument: 'PHQ-9', total: 11 }],
      none: [],
      handoffs: [],
      utilizationReviews: [],
      dischargePlan: null,
    });
  });

  it('shows a plan revision in the decision trail with its reason and before/after', async () => {
    const { caseId, revised } = await caseWithRevisedPlan();
    const result = await api.graphql<{
      case: { decisions: { edges: { node: Record<string, unknown> }[] } };
    }>(
      `query ($id: ID!) { case(id: $id) { decisions(kinds: ["CarePlanRevised"]) { edges { node {
        eventId eventType category revision occurredAt recordedAt actor { userId role }
        reason { text code } changes commandId correlationId
      } } } } }`,
      { id: caseId },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.case.decisions.edges.map((edge) => edge.node);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      eventId: revised.events[0]!.id,
      eventType: 'CarePlanRevised',
      category: 'decision',
      revision: 4,
      actor: { userId: 'synthetic-cm-1', role: 'case_manager' },
      reason: { text: 'Synthetic: readmission risk rose', code: 'risk-up' },
      commandId: revised.commandId,
    });
    expect(JSON.stringify(rows[0]!.changes)).toContain('"before":"monthly"');
    expect(JSON.stringify(rows[0]!.changes)).toContain('"after":"weekly"');
  });

  it('pages the whole decision trail and the raw history with full envelopes', async () => {
    const { caseId } = await caseWithRevisedPlan();
    const decisions = await api.graphql<{
      case: {
        decisions: {
          edges: { node: { revision: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    }>(
      `query ($id: ID!) { case(id: $id) { decisions(first: 4) { edges { node { revision } } pageInfo { hasNextPage endCursor } } } }`,
      { id: caseId },
    );
    expect(decisions.data!.case.decisions.edges.map((e) => e.node.revision)).toEqual([0, 1, 2, 3]);
    expect(decisions.data!.case.decisions.pageInfo.hasNextPage).toBe(true);

    const query = `query ($id: ID!, $after: String) { case(id: $id) { history(first: 4, after: $after) {
      edges { node { id type schemaVersion streamId revision position occurredAt recordedAt
        actor { userId role onBehalfOf } reason { text } commandId correlationId causationId data } }
      pageInfo { hasNextPage endCursor } } } }`;
    type History = {
      case: {
        history: {
          edges: { node: Record<string, unknown> }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = await api.graphql<History>(query, { id: caseId });
    expect(first.errors).toBeUndefined();
    const second = await api.graphql<History>(query, {
      id: caseId,
      after: first.data!.case.history.pageInfo.endCursor,
    });
    const events = [...first.data!.case.history.edges, ...second.data!.case.history.edges].map(
      (edge) => edge.node,
    );
    expect(events.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(second.data!.case.history.pageInfo.hasNextPage).toBe(false);
    const stored = [];
    for await (const event of api.store.readStream(`case-${caseId}`)) stored.push(event);
    expect(events[4]).toEqual({
      id: stored[4]!.id,
      type: 'CarePlanRevised',
      schemaVersion: stored[4]!.schemaVersion,
      streamId: `case-${caseId}`,
      revision: 4,
      position: stored[4]!.position,
      occurredAt: stored[4]!.occurredAt,
      recordedAt: stored[4]!.recordedAt,
      actor: { userId: 'synthetic-cm-1', role: 'case_manager', onBehalfOf: null },
      reason: { text: 'Synthetic: readmission risk rose' },
      commandId: stored[4]!.commandId,
      correlationId: stored[4]!.correlationId,
      causationId: stored[4]!.causationId,
      data: stored[4]!.data,
    });
  });

  it('finds one recorded event by id', async () => {
    const { revised } = await caseWithRevisedPlan();
    const id = revised.events[0]!.id;
    const result = await api.graphql<{ event: { id: string; type: string; revision: number } }>(
      `query ($id: ID!) { event(id: $id) { id type revision } }`,
      { id },
    );
    expect(result.data!.event).toEqual({ id, type: 'CarePlanRevised', revision: 4 });
  });

  it('shows the case as it was at a revision, a recordedAt and an occurredAt', async () => {
    const { caseId } = await openCaseAt('case-asof', '2026-03-30T08:00:00Z');
    await run(contact(caseId, '2026-04-01T09:00:00Z'));
    const drafted = await run({
      type: 'DraftCarePlan',
      caseId,
      title: 'Synthetic plan',
      occurredAt: '2026-04-05T09:00:00Z',
    });
    const recordedAtDraft = drafted.events[0]!.recordedAt;
    const result = await api.graphql<{
      case: Record<string, { revision: number; carePlan: { title: string } | null } | null>;
    }>(
      `query ($id: ID!, $known: DateTime!) { case(id: $id) {
        atRevision: asOf(revision: 2) { revision carePlan { title } }
        knownAfterDraft: asOf(recordedAt: $known) { revision carePlan { title } }
        trueOnApril2: asOf(occurredAt: "2026-04-02T00:00:00Z") { revision carePlan { title } }
        trueOnApril6: asOf(occurredAt: "2026-04-06T00:00:00Z") { revision carePlan { title } }
        beforeOpening: asOf(occurredAt: "2025-01-01T00:00:00Z") { revision }
      } }`,
      { id: caseId, known: recordedAtDraft },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.case).toMatchObject({
      atRevision: { revision: 2, carePlan: null },
      knownAfterDraft: { revision: 3, carePlan: { title: 'Synthetic plan' } },
      trueOnApril2: { carePlan: null },
      trueOnApril6: { carePlan: { title: 'Synthetic plan' } },
      beforeOpening: null,
    });
  });

  it('refuses asOf without a point in time', async () => {
    const { caseId } = await openCase('case-asof-none');
    const result = await api.graphql(`query ($id: ID!) { case(id: $id) { asOf { revision } } }`, {
      id: caseId,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads its own writes with atPosition, and answers STALE_READ for a position never reached', async () => {
    const { caseId } = await openCase('case-ryw');
    const outcome = await api.commands.execute(
      { type: 'DraftCarePlan', caseId, title: 'Synthetic plan' },
      cm,
    );
    const fresh = await api.graphql<{ case: { carePlan: { title: string } } }>(
      `query ($id: ID!, $at: String) { case(id: $id, atPosition: $at) { carePlan { title } } }`,
      { id: caseId, at: outcome.position },
    );
    expect(fresh.data!.case.carePlan.title).toBe('Synthetic plan');
    const stale = await api.graphql(
      `query ($id: ID!, $at: String) { case(id: $id, atPosition: $at) { id } }`,
      { id: caseId, at: String(Number(outcome.position) + 1_000_000) },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_READ');
  });
});

describe('caseload', () => {
  it('lists the cases the caller manages or is on the team of, and no others', async () => {
    const managed = await openCase('load-1');
    const nurse = { actor: { userId: `synthetic-nurse-${randomUUID()}`, role: 'clinician' } };
    await run({
      type: 'AssignCareTeamMember',
      caseId: managed.caseId,
      memberId: nurse.actor.userId,
      role: 'nurse',
    });
    const other = await openCase('load-2');
    await run({
      type: 'AssignCareTeamMember',
      caseId: other.caseId,
      memberId: nurse.actor.userId,
      role: 'nurse',
    });
    await run({
      type: 'ReleaseCareTeamMember',
      caseId: other.caseId,
      memberId: nurse.actor.userId,
    });

    const result = await api.graphql<{
      caseload: { edges: { node: { id: string; status: string } }[] };
    }>(
      `{ caseload(first: 100, status: OPEN) { edges { node { id status } } } }`,
      {},
      { userId: nurse.actor.userId, role: 'clinician' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.caseload.edges.map((edge) => edge.node.id)).toEqual([managed.caseId]);

    const mine = await api.graphql<{ caseload: { edges: { node: { id: string } }[] } }>(
      `{ caseload(first: 100) { edges { node { id } } } }`,
    );
    const ids = mine.data!.caseload.edges.map((edge) => edge.node.id);
    expect(ids).toContain(managed.caseId);
    expect(ids).toContain(other.caseId);
  });

  it('pages with cursors', async () => {
    const user = `synthetic-cm-${randomUUID()}`;
    const context = { actor: { userId: user, role: 'case_manager' as const } };
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const ids = { patientId: randomUUID(), caseId: randomUUID(), label: `load-page-${i}` };
      await openMinimalCase(api.commands, context, ids);
      made.push(ids.caseId);
    }
    const head = await api.store.stats();
    await api.projections.waitForPosition(head.headPosition!, 5_000);
    const caller = context.actor;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          caseload: {
            edges: { node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } | null;
      } = await api.graphql(
        `query ($after: String) { caseload(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        caller,
      );
      seen.push(...page.data!.caseload.edges.map((edge) => edge.node.id));
      if (!page.data!.caseload.pageInfo.hasNextPage) break;
      after = page.data!.caseload.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([...made].sort());
  });

  it('needs a caller', async () => {
    const result = await api.graphql('{ caseload { edges { cursor } } }', {}, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a timeline page with nested case and actor fields', () => {
  it('costs the same number of read-model statements for 1 entry as for 50', async () => {
    const { patientId, caseId } = await openCase('pt-n1');
    // A second case of the same patient, so the page spans two cases.
    const second = randomUUID();
    await run({
      type: 'OpenCase',
      caseId: second,
      patientId,
      program: 'transitions-of-care',
      referralSource: { kind: 'hospital' },
      admittedAt: '2026-01-10T08:00:00Z',
      admissionType: 'planned',
      primaryCaseManager: { userId: 'synthetic-cm-1' },
    });
    for (let i = 0; i < 60; i += 1)
      await api.commands.execute(
        contact(i % 2 ? caseId : second, new Date(Date.UTC(2026, 1, 1, i)).toISOString()),
        cm,
      );
    const head = await api.store.stats();
    await api.projections.waitForPosition(head.headPosition as Position, 10_000);
    const query = `query ($id: ID!, $first: Int, $knownAt: DateTime) { patient(id: $id) {
      timeline(first: $first, knownAt: $knownAt) { edges { node {
        summary status correctedBy { userId } actor { userId role }
        case { id status program primaryCaseManager { userId } }
      } } } } }`;
    const cost = async (first: number, knownAt: string | null = null) => {
      const before = readModelStatementCount();
      const result = await api.graphql<{ patient: { timeline: { edges: unknown[] } } }>(query, {
        id: patientId,
        first,
        knownAt,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.patient.timeline.edges).toHaveLength(first);
      return readModelStatementCount() - before;
    };
    const one = await cost(1);
    const fifty = await cost(50);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
    // As known at a time, a page reads its entries' versions in one more statement, whatever its size.
    const knownAt = new Date().toISOString();
    const oneAsKnown = await cost(1, knownAt);
    expect(oneAsKnown).toBe(one + 1);
    expect(await cost(50, knownAt)).toBe(oneAsKnown);
  });
});
