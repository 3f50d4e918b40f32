import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/values.js';
import { startApi } from '../support/api-harness.js';
import {
  caseManagedBy as openCaseManagedBy,
  logContactAs,
  syntheticUser,
} from '../support/synthetic-writes.js';

// Synthetic people and records only, made up by each test.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const someone = syntheticUser;

const caseManagedBy = (manager: Actor) => openCaseManagedBy(api, manager);

async function record(actor: Actor, command: Record<string, unknown>) {
  return api.commands.execute(command, { actor });
}

const readCase = `query ($id: ID!) { case(id: $id) { id status careTeam { current { userId } } } }`;
const readPatient = `query ($id: ID!) {
  patient(id: $id) { id cases { id } timeline(first: 50) { edges { node { caseId kind } } } }
}`;

async function caseAs(caller: Actor, caseId: string) {
  return api.graphql<{ case: { id: string } | null }>(readCase, { id: caseId }, caller);
}

async function patientAs(caller: Actor, patientId: string) {
  return api.graphql<{
    patient: {
      id: string;
      cases: { id: string }[];
      timeline: { edges: { node: { caseId: string | null } }[] };
    } | null;
  }>(readPatient, { id: patientId }, caller);
}

describe('care-team access for case managers and clinicians', () => {
  it('shows a case to its team and hides it from everyone else exactly as a missing one', async () => {
    // Given a case managed by Ann, and Bob, a case manager on no team of it
    const ann = someone('case_manager', 'cm-ann');
    const bob = someone('case_manager', 'cm-bob');
    const { caseId, patientId } = await caseManagedBy(ann);

    // When each asks for it, and Bob also asks for an id that does not exist
    const annSees = await caseAs(ann, caseId);
    const bobSees = await caseAs(bob, caseId);
    const bobSeesNothing = await caseAs(bob, randomUUID());

    // Then Ann sees it; Bob's answers for it and for nothing are the same
    expect(annSees.data?.case?.id).toBe(caseId);
    expect(bobSees).toEqual({ data: { case: null } });
    expect(bobSees).toEqual(bobSeesNothing);
    expect(await patientAs(bob, patientId)).toEqual({ data: { patient: null } });
    expect((await patientAs(ann, patientId)).data?.patient?.cases).toEqual([{ id: caseId }]);
  });

  it('hides the events of a case the caller may not read, as if they did not exist', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const bob = someone('case_manager', 'cm-bob');
    const { caseId } = await caseManagedBy(ann);
    const history = await api.graphql<{ case: { history: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { case(id: $id) { history(first: 1) { edges { node { id } } } } }`,
      { id: caseId },
      ann,
    );
    const eventId = history.data!.case.history.edges[0]!.node.id;
    const query = `query ($id: ID!) { event(id: $id) { id } }`;
    expect((await api.graphql(query, { id: eventId }, ann)).data).toEqual({
      event: { id: eventId },
    });
    expect(await api.graphql(query, { id: eventId }, bob)).toEqual({ data: { event: null } });
  });

  it('takes a released member’s access away on their very next request', async () => {
    // Given a nurse on Ann's team who can read the case
    const ann = someone('case_manager', 'cm-ann');
    const nurse = someone('clinician', 'rn');
    const { caseId, patientId } = await caseManagedBy(ann);
    await record(ann, {
      type: 'AssignCareTeamMember',
      caseId,
      memberId: nurse.userId,
      role: 'nurse',
    });
    expect((await caseAs(nurse, caseId)).data?.case?.id).toBe(caseId);

    // When Ann releases the nurse through the API and the nurse asks at once
    const released = await api.graphql(
      `mutation ($input: ReleaseCareTeamMemberInput!) { releaseCareTeamMember(input: $input) { revision } }`,
      { input: { caseId, memberId: nurse.userId } },
      ann,
    );
    expect(released.errors).toBeUndefined();
    const after = await caseAs(nurse, caseId);
    const write = await logContactAs(api, nurse, caseId);

    // Then the case is gone for them, for reads and writes alike
    expect(after).toEqual({ data: { case: null } });
    expect(await patientAs(nurse, patientId)).toEqual({ data: { patient: null } });
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(write.errors?.[0]?.message).toBe('case not found');
  });

  it('shows a patient’s timeline only with the entries of cases the caller’s teams hold', async () => {
    // Given a patient with two cases, the nurse on the team of the first only
    const ann = someone('case_manager', 'cm-ann');
    const nurse = someone('clinician', 'rn');
    const first = await caseManagedBy(ann);
    const second = randomUUID();
    await record(ann, {
      type: 'OpenCase',
      caseId: second,
      patientId: first.patientId,
      program: 'transitions-of-care',
      referralSource: { kind: 'hospital' },
      admittedAt: '2026-02-01T08:00:00Z',
      admissionType: 'unplanned',
      primaryCaseManager: { userId: ann.userId },
    });
    await record(ann, {
      type: 'AssignCareTeamMember',
      caseId: first.caseId,
      memberId: nurse.userId,
      role: 'nurse',
    });

    const nurseView = (await patientAs(nurse, first.patientId)).data!.patient!;
    const annView = (await patientAs(ann, first.patientId)).data!.patient!;

    expect(nurseView.cases.map((c) => c.id)).toEqual([first.caseId]);
    const nurseCases = new Set(nurseView.timeline.edges.map((e) => e.node.caseId));
    expect(nurseCases).toEqual(new Set([null, first.caseId]));
    const annCases = new Set(annView.timeline.edges.map((e) => e.node.caseId));
    expect(annCases).toEqual(new Set([null, first.caseId, second]));
  });

  it('lets clinicians record clinical documentation but not run the case', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const nurse = someone('clinician', 'rn');
    const { caseId } = await caseManagedBy(ann);
    await record(ann, {
      type: 'AssignCareTeamMember',
      caseId,
      memberId: nurse.userId,
      role: 'nurse',
    });

    const contact = await logContactAs(api, nurse, caseId);
    const plan = await api.graphql(
      `mutation ($input: DraftCarePlanInput!) { draftCarePlan(input: $input) { revision } }`,
      { input: { caseId, title: 'Synthetic plan' } },
      nurse,
    );

    expect(contact.errors).toBeUndefined();
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the receiver of a handoff review the case and accept it before joining the team', async () => {
    // Given Ann hands the case to Cleo, who is on no team of it
    const ann = someone('case_manager', 'cm-ann');
    const cleo = someone('case_manager', 'cm-cleo');
    const { caseId, patientId } = await caseManagedBy(ann);
    // The patient has another case, which is not offered to Cleo
    await record(ann, {
      type: 'OpenCase',
      caseId: randomUUID(),
      patientId,
      program: 'transitions-of-care',
      referralSource: { kind: 'hospital' },
      admittedAt: '2026-02-01T08:00:00Z',
      admissionType: 'unplanned',
      primaryCaseManager: { userId: ann.userId },
    });
    const initiated = await record(ann, {
      type: 'InitiateHandoff',
      caseId,
      kind: 'case-manager',
      to: { userId: cleo.userId },
      transfersPrimary: true,
      ipass: {
        illnessSeverity: 'stable',
        patientSummary: 'Synthetic summary',
        actionList: [],
        situationAwareness: 'Synthetic awareness',
        contingency: 'Synthetic contingency',
      },
    });

    const { handoffId } = initiated.events[0]!.data as { handoffId: string };

    // When Cleo reads the case and accepts the handoff
    const review = await caseAs(cleo, caseId);
    const reviewedRecord = (await patientAs(cleo, patientId)).data!.patient!;
    const accepted = await api.graphql(
      `mutation ($input: AcceptHandoffInput!) { acceptHandoff(input: $input) { revision } }`,
      { input: { caseId, handoffId, synthesis: 'Synthetic synthesis' } },
      cleo,
    );

    // Then both work, and Cleo is on the team from then on
    expect(review.data?.case?.id).toBe(caseId);
    expect(reviewedRecord.cases.map((c) => c.id)).toEqual([caseId]);
    expect(new Set(reviewedRecord.timeline.edges.map((e) => e.node.caseId))).toEqual(
      new Set([null, caseId]),
    );
    expect(accepted.errors).toBeUndefined();
    expect((await caseAs(cleo, caseId)).data?.case?.id).toBe(caseId);
  });
});

describe('auditors and admins', () => {
  it('lets an auditor read any case and patient, and record nothing', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const auditor = someone('auditor', 'auditor');
    const { caseId, patientId } = await caseManagedBy(ann);

    expect((await caseAs(auditor, caseId)).data?.case?.id).toBe(caseId);
    expect((await patientAs(auditor, patientId)).data?.patient?.id).toBe(patientId);
    const write = await api.graphql(
      `mutation ($input: DraftCarePlanInput!) { draftCarePlan(input: $input) { revision } }`,
      { input: { caseId, title: 'Synthetic plan' } },
      auditor,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.store.streamRevision(`case-${caseId}`)).toBe(1);
  });

  it('lets an admin see the projections and no patient data at all', async () => {
    const ann = someone('case_manager', 'cm-ann');
    const admin = someone('admin', 'admin');
    const { caseId, patientId } = await caseManagedBy(ann);

    const projections = await api.graphql<{ projections: unknown[] }>(
      '{ projections { name state } }',
      {},
      admin,
    );
    expect(projections.data?.projections.length).toBeGreaterThan(0);
    expect(await caseAs(admin, caseId)).toEqual({ data: { case: null } });
    expect(await patientAs(admin, patientId)).toEqual({ data: { patient: null } });
  });
});
