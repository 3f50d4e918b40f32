import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { careTeamMembership } from '../../projections/care-team/care-team-membership.js';
import type { ProjectedEvent } from '../../projections/projection.js';
import type {
  CaretrailEvent,
  CaseEventType,
  EventData,
} from '../../src/domain/events/catalogue.js';
import { EventLog, projectionSpec, type EnvelopeOverrides } from './projection-spec.js';
import { textCell } from '../../projections/shared/row-cells.js';

// All data here is synthetic: ids are random, users are made-up handles.

const periods = 'care_team_membership_periods';
const reason = { text: 'synthetic reason for the test' };

/** A case stream of a fresh case and patient, opened by cm-ana at 08:00. */
function openCase(log: EventLog) {
  const caseId = randomUUID();
  const patientId = randomUUID();
  const stream = `case-${caseId}`;
  const record = <T extends CaseEventType>(
    type: T,
    data: EventData<T>,
    overrides?: EnvelopeOverrides,
  ): ProjectedEvent => log.record(stream, { type, data } as CaretrailEvent, overrides);
  const opened = record('CaseOpened', {
    caseId,
    patientId,
    program: 'transitional-care',
    referralSource: { kind: 'physician' },
    admittedAt: '2025-03-01T08:00:00.000Z',
    admissionType: 'unplanned',
    primaryCaseManager: { userId: 'cm-ana' },
  });
  const primary = record('CareTeamMemberAssigned', {
    memberId: 'cm-ana',
    role: 'case-manager',
    from: '2025-03-01T08:00:00.000Z',
  });
  return { caseId, patientId, record, events: [opened, primary], primary };
}

const spec = projectionSpec(careTeamMembership);
const offers = 'care_team_handoff_offers';

/** A handoff of case `c` from cm-ana to cm-ben. */
function initiateHandoff(c: ReturnType<typeof openCase>) {
  const handoffId = randomUUID();
  const initiated = c.record('HandoffInitiated', {
    handoffId,
    kind: 'case-manager',
    from: { userId: 'cm-ana' },
    to: { userId: 'cm-ben' },
    transfersPrimary: true,
    ipass: {
      illnessSeverity: 'stable',
      patientSummary: 'Synthetic summary',
      actionList: [],
      situationAwareness: 'Synthetic awareness',
      contingency: 'Synthetic contingency',
    },
  });
  return { handoffId, initiated };
}

describe('care-team membership over time', () => {
  it('opens a period for the primary case manager when the case opens', () => {
    const log = new EventLog();
    const c = openCase(log);

    spec.given(c.events).then(periods, [
      {
        opened_event_id: c.primary.id,
        case_id: c.caseId,
        patient_id: c.patientId,
        member_id: 'cm-ana',
        role: 'case-manager',
        valid_from: '2025-03-01T08:00:00.000Z',
        valid_until: null,
        closed_event_id: null,
      },
    ]);
  });

  it('closes the period when the member is released', () => {
    const log = new EventLog();
    const c = openCase(log);
    const assigned = c.record('CareTeamMemberAssigned', {
      memberId: 'rn-eve',
      role: 'nurse',
      from: '2025-03-02T09:00:00.000Z',
    });
    const released = c.record('CareTeamMemberReleased', {
      memberId: 'rn-eve',
      until: '2025-03-05T17:00:00.000Z',
    });

    expect(
      spec.given([...c.events, assigned, released]).rows(periods, { member_id: 'rn-eve' }),
    ).toEqual([
      expect.objectContaining({
        opened_event_id: assigned.id,
        role: 'nurse',
        valid_from: '2025-03-02T09:00:00.000Z',
        valid_until: '2025-03-05T17:00:00.000Z',
        closed_event_id: released.id,
      }),
    ]);
  });

  it('keeps two periods for a member assigned, released and assigned again', () => {
    const log = new EventLog();
    const c = openCase(log);
    const first = c.record('CareTeamMemberAssigned', {
      memberId: 'sw-max',
      role: 'social-worker',
      from: '2025-03-02T09:00:00.000Z',
    });
    const release = c.record('CareTeamMemberReleased', {
      memberId: 'sw-max',
      until: '2025-03-03T09:00:00.000Z',
    });
    const again = c.record('CareTeamMemberAssigned', {
      memberId: 'sw-max',
      role: 'social-worker',
      from: '2025-03-10T09:00:00.000Z',
    });

    const rows = spec
      .given([...c.events, first, release, again])
      .rows(periods, { member_id: 'sw-max' }, ['valid_from']);

    expect(
      rows.map((r) => [
        r['opened_event_id'],
        r['valid_from'],
        r['valid_until'],
        r['closed_event_id'],
      ]),
    ).toEqual([
      [first.id, '2025-03-02T09:00:00.000Z', '2025-03-03T09:00:00.000Z', release.id],
      [again.id, '2025-03-10T09:00:00.000Z', null, null],
    ]);
  });

  it('adds the receiver of a primary handoff through its assignment and keeps the sender on the team', () => {
    const log = new EventLog();
    const c = openCase(log);
    const { handoffId, initiated } = initiateHandoff(c);
    const accepted = c.record('HandoffAccepted', { handoffId, synthesis: 'Synthetic synthesis' });
    const joined = c.record('CareTeamMemberAssigned', {
      memberId: 'cm-ben',
      role: 'case-manager',
      from: '2025-03-04T10:00:00.000Z',
    });

    const rows = spec
      .given([...c.events, initiated, accepted, joined])
      .rows(periods, { case_id: c.caseId }, ['valid_from']);

    expect(rows.map((r) => [r['member_id'], r['valid_until'], r['opened_event_id']])).toEqual([
      ['cm-ana', null, c.primary.id],
      ['cm-ben', null, joined.id],
    ]);
  });

  it('adds nobody for a handoff on its own (only its assignment event grants membership)', () => {
    const log = new EventLog();
    const c = openCase(log);
    const handoffId = randomUUID();
    const initiated = c.record('HandoffInitiated', {
      handoffId,
      kind: 'team',
      from: { userId: 'cm-ana' },
      to: { userId: 'cm-ben' },
      transfersPrimary: false,
      ipass: {
        illnessSeverity: 'watcher',
        patientSummary: 'Synthetic summary',
        actionList: [],
        situationAwareness: 'Synthetic awareness',
        contingency: 'Synthetic contingency',
      },
    });
    const declined = c.record('HandoffDeclined', { handoffId, reason });

    expect(
      spec.given([...c.events, initiated, declined]).rows(periods, { member_id: 'cm-ben' }),
    ).toEqual([]);
  });

  it('applies a correction of an assignment’s role and start, and of a release’s end', () => {
    const log = new EventLog();
    const c = openCase(log);
    const assigned = c.record('CareTeamMemberAssigned', {
      memberId: 'ph-kim',
      role: 'nurse',
      from: '2025-03-02T09:00:00.000Z',
    });
    const released = c.record('CareTeamMemberReleased', {
      memberId: 'ph-kim',
      until: '2025-03-05T09:00:00.000Z',
    });
    const fixRole = c.record('EntryCorrected', {
      targetEventId: assigned.id,
      correctedData: { role: 'pharmacist', from: '2025-03-02T07:30:00.000Z' },
      reason,
    });
    const fixEnd = c.record('EntryCorrected', {
      targetEventId: released.id,
      correctedData: { until: '2025-03-04T12:00:00.000Z' },
      reason,
    });

    expect(
      spec
        .given([...c.events, assigned, released, fixRole, fixEnd])
        .rows(periods, { member_id: 'ph-kim' }),
    ).toEqual([
      expect.objectContaining({
        role: 'pharmacist',
        valid_from: '2025-03-02T07:30:00.000Z',
        valid_until: '2025-03-04T12:00:00.000Z',
        opened_event_id: assigned.id,
        closed_event_id: released.id,
      }),
    ]);
  });

  it('removes the period of an assignment marked in error and leaves the others', () => {
    const log = new EventLog();
    const c = openCase(log);
    const wrong = c.record('CareTeamMemberAssigned', {
      memberId: 'rn-eve',
      role: 'nurse',
      from: '2025-03-02T09:00:00.000Z',
    });
    const inError = c.record('EntryMarkedInError', { targetEventId: wrong.id, reason });

    const rows = spec.given([...c.events, wrong, inError]).rows(periods, { case_id: c.caseId });

    expect(rows.map((r) => r['member_id'])).toEqual(['cm-ana']);
  });

  it('reopens the period of a release marked in error', () => {
    const log = new EventLog();
    const c = openCase(log);
    const assigned = c.record('CareTeamMemberAssigned', {
      memberId: 'rn-eve',
      role: 'nurse',
      from: '2025-03-02T09:00:00.000Z',
    });
    const released = c.record('CareTeamMemberReleased', {
      memberId: 'rn-eve',
      until: '2025-03-03T09:00:00.000Z',
    });
    const inError = c.record('EntryMarkedInError', { targetEventId: released.id, reason });

    expect(
      spec.given([...c.events, assigned, released, inError]).rows(periods, { member_id: 'rn-eve' }),
    ).toEqual([expect.objectContaining({ valid_until: null, closed_event_id: null })]);
  });

  it('ignores corrections and in-error marks of other entries', () => {
    const log = new EventLog();
    const c = openCase(log);
    const contact = c.record('ContactLogged', {
      contactId: randomUUID(),
      party: 'patient',
      channel: 'phone',
      direction: 'outbound',
      reached: true,
      purpose: 'coordination',
      summary: 'Synthetic call',
    });
    const fix = c.record('EntryCorrected', {
      targetEventId: contact.id,
      correctedData: { reached: false },
      reason,
    });
    const inError = c.record('EntryMarkedInError', { targetEventId: contact.id, reason });

    const before = spec.given(c.events).rows(periods);
    expect(spec.given([...c.events, contact, fix, inError]).rows(periods)).toEqual(before);
  });

  it('stores late entries at their valid time, in UTC, so periods compare as text', () => {
    const log = new EventLog();
    const c = openCase(log);
    const late = c.record(
      'CareTeamMemberAssigned',
      { memberId: 'pt-lou', role: 'therapist', from: '2025-03-01T10:00:00+02:00' },
      { occurredAt: '2025-03-01T08:00:00.000Z' },
    );

    expect(spec.given([...c.events, late]).rows(periods, { member_id: 'pt-lou' })).toEqual([
      expect.objectContaining({ valid_from: '2025-03-01T08:00:00.000Z', valid_until: null }),
    ]);
  });

  it('answers who was on a case at a time and which patients a user could see', () => {
    const log = new EventLog();
    const a = openCase(log);
    const b = openCase(log);
    const events = [
      ...a.events,
      ...b.events,
      a.record('CareTeamMemberAssigned', {
        memberId: 'rn-eve',
        role: 'nurse',
        from: '2025-03-02T09:00:00.000Z',
      }),
      b.record('CareTeamMemberAssigned', {
        memberId: 'rn-eve',
        role: 'nurse',
        from: '2025-03-03T09:00:00.000Z',
      }),
      a.record('CareTeamMemberReleased', { memberId: 'rn-eve', until: '2025-03-04T09:00:00.000Z' }),
    ];
    const rows = spec.given(events).rows(periods, { member_id: 'rn-eve' }, ['valid_from']);
    const at = (t: string) =>
      rows
        .filter(
          (r) =>
            textCell(r, 'valid_from') <= t &&
            (r['valid_until'] === null || t < textCell(r, 'valid_until')),
        )
        .map((r) => r['patient_id']);

    expect(at('2025-03-02T12:00:00.000Z')).toEqual([a.patientId]);
    expect(at('2025-03-03T12:00:00.000Z')).toEqual([a.patientId, b.patientId]);
    expect(at('2025-03-05T12:00:00.000Z')).toEqual([b.patientId]);
  });

  it('builds byte-identical rows from the same events', () => {
    const log = new EventLog();
    const c = openCase(log);
    const assigned = c.record('CareTeamMemberAssigned', {
      memberId: 'rn-eve',
      role: 'nurse',
      from: '2025-03-02T09:00:00.000Z',
    });
    const events = [
      ...c.events,
      assigned,
      c.record('EntryCorrected', {
        targetEventId: assigned.id,
        correctedData: { role: 'other' },
        reason,
      }),
      c.record('CareTeamMemberReleased', { memberId: 'rn-eve', until: '2025-03-03T09:00:00.000Z' }),
    ];
    const dump = () => JSON.stringify([...spec.given(events).tables.dump()]);

    expect(dump()).toEqual(dump());
  });

  it('offers the case to the receiver of a handoff until it is accepted or declined', () => {
    // Given a handoff from cm-ana to cm-ben
    const log = new EventLog();
    const c = openCase(log);
    const { handoffId, initiated } = initiateHandoff(c);

    // Then cm-ben holds an offer for the case, until the handoff is settled either way
    spec.given([...c.events, initiated]).then(offers, [
      {
        handoff_id: handoffId,
        offered_event_id: initiated.id,
        case_id: c.caseId,
        patient_id: c.patientId,
        receiver_id: 'cm-ben',
        offered_at: initiated.occurredAt,
      },
    ]);
    const accepted = c.record('HandoffAccepted', { handoffId, synthesis: 'Synthetic synthesis' });
    spec.given([...c.events, initiated, accepted]).then(offers, []);
  });

  it('withdraws the offer of a handoff declined or initiated in error', () => {
    const log = new EventLog();
    const c = openCase(log);
    const first = initiateHandoff(c);
    const declined = c.record('HandoffDeclined', { handoffId: first.handoffId, reason });
    const second = initiateHandoff(c);
    const inError = c.record('EntryMarkedInError', { targetEventId: second.initiated.id, reason });

    spec
      .given([...c.events, first.initiated, declined, second.initiated, inError])
      .then(offers, []);
  });
});
