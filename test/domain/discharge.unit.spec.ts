import { describe, expect, it } from 'vitest';
import { caseDecider } from '../../src/domain/case/case-decider.js';
import { InvalidTransitionError, ValidationError } from '../../src/domain/errors.js';
import { deciderSpec, issuePaths, now } from './decider-spec.js';
import {
  assessmentRecorded,
  caseId,
  decisionMade,
  entityId,
  eventId,
  openCase,
  openCaseWith,
  reason,
} from './fixtures.js';

const given = deciderSpec(caseDecider);
const discharge = { type: 'DischargePatient', caseId, disposition: 'home' } as const;
const discharged = {
  id: eventId(70),
  type: 'PatientDischarged',
  data: { dischargedAt: now, disposition: 'home' },
} as const;

describe('a discharge decision', () => {
  it('of "ready" names a disposition and rests on evidence of the case', () => {
    given(openCaseWith(assessmentRecorded))
      .when({
        type: 'RecordDischargeDecision',
        caseId,
        decision: 'ready',
        disposition: 'snf',
        evidenceEventIds: [assessmentRecorded.id!],
        reason,
      })
      .then([
        {
          type: 'DischargeDecisionMade',
          data: {
            decisionId: entityId(9001),
            decision: 'ready',
            disposition: 'snf',
            rationale: reason,
            evidence: [
              {
                eventId: assessmentRecorded.id!,
                revision: openCaseWith(assessmentRecorded).length - 1,
                correctionRevision: null,
              },
            ],
          },
        },
      ]);
  });

  it('of "ready" without a disposition is refused', () => {
    given(openCase)
      .when({ type: 'RecordDischargeDecision', caseId, decision: 'ready', reason })
      .thenThrows(InvalidTransitionError, 'ready-needs-disposition');
  });

  it('of "delayed" needs no disposition', () => {
    given(openCase)
      .when({ type: 'RecordDischargeDecision', caseId, decision: 'delayed', reason })
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuses evidence that is not in the case', () => {
    given(openCase)
      .when({
        type: 'RecordDischargeDecision',
        caseId,
        decision: 'not-ready',
        evidenceEventIds: [eventId(404)],
        reason,
      })
      .thenThrows(ValidationError);
  });

  it('is refused once the patient is discharged', () => {
    given(openCaseWith(decisionMade('ready'), discharged))
      .when({ type: 'RecordDischargeDecision', caseId, decision: 'not-ready', reason })
      .thenThrows(InvalidTransitionError, 'discharged-once');
  });
});

describe('discharging the patient', () => {
  it('follows a "ready" decision', () => {
    given(openCaseWith(decisionMade('ready')))
      .when(discharge)
      .then([{ type: 'PatientDischarged', data: { dischargedAt: now, disposition: 'home' } }]);
  });

  it('is refused without any decision', () => {
    given(openCase)
      .when(discharge)
      .thenThrows(InvalidTransitionError, 'discharge-needs-ready-decision');
  });

  it('is refused when the latest decision is no longer "ready"', () => {
    given(openCaseWith(decisionMade('ready', 60), decisionMade('delayed', 61)))
      .when(discharge)
      .thenThrows(InvalidTransitionError, 'discharge-needs-ready-decision');
  });

  it('of a patient who left against medical advice needs no "ready" decision, but a reason', () => {
    given(openCase)
      .when({ ...discharge, disposition: 'aadvice', reason })
      .then([{ type: 'PatientDischarged', data: { dischargedAt: now, disposition: 'aadvice' } }]);
    const error = given(openCase)
      .when({ ...discharge, disposition: 'aadvice' })
      .thenThrows(ValidationError);
    expect(issuePaths(error)).toEqual([['reason']]);
  });

  it('of a patient who died needs no "ready" decision, but a reason', () => {
    given(openCaseWith(decisionMade('not-ready', 60)))
      .when({ ...discharge, disposition: 'exp', reason })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ disposition: 'exp' }));
    given(openCase)
      .when({ ...discharge, disposition: 'exp' })
      .thenThrows(ValidationError);
  });

  it('to a destination the team chose still needs its "ready" decision, reason or not', () => {
    given(openCase)
      .when({ ...discharge, disposition: 'snf', reason })
      .thenThrows(InvalidTransitionError, 'discharge-needs-ready-decision');
  });

  it('follows the latest decision when it became "ready"', () => {
    given(openCaseWith(decisionMade('not-ready', 60), decisionMade('ready', 61)))
      .when(discharge)
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('happens once', () => {
    given(openCaseWith(decisionMade('ready'), discharged))
      .when(discharge)
      .thenThrows(InvalidTransitionError, 'discharged-once');
  });

  it('refuses a discharge time in the future or before the admission', () => {
    expect(
      issuePaths(
        given(openCaseWith(decisionMade('ready')))
          .when({ ...discharge, dischargedAt: '2025-03-02T00:00:00Z' })
          .thenThrows(ValidationError),
      ),
    ).toEqual([['dischargedAt']]);
    expect(
      issuePaths(
        given(openCaseWith(decisionMade('ready')))
          .when({ ...discharge, dischargedAt: '2025-01-01T00:00:00Z' })
          .thenThrows(ValidationError),
      ),
    ).toEqual([['dischargedAt']]);
  });
});

describe('the discharge plan', () => {
  it('is stated whole, lists defaulting to empty', () => {
    given(openCase)
      .when({
        type: 'UpdateDischargePlan',
        caseId,
        expectedDate: '2025-03-05',
        plannedDisposition: 'home',
        barriers: ['No caregiver at night'],
        caregiver: { relationship: 'daughter', confirmed: false },
      })
      .then([
        {
          type: 'DischargePlanUpdated',
          data: {
            expectedDate: '2025-03-05',
            plannedDisposition: 'home',
            servicesArranged: [],
            followUps: [],
            barriers: ['No caregiver at night'],
            caregiver: { relationship: 'daughter', confirmed: false },
          },
        },
      ]);
  });

  it('is not updated after discharge', () => {
    given(openCaseWith(decisionMade('ready'), discharged))
      .when({ type: 'UpdateDischargePlan', caseId })
      .thenThrows(InvalidTransitionError, 'discharged-once');
  });
});
