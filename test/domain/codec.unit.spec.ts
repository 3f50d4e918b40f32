import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createEventCodec, decodeEvent, encodeEvent } from '../../src/domain/events/codec.js';
import {
  eventCatalogue,
  isCaseEvent,
  isPatientEvent,
  upcasters,
} from '../../src/domain/events/catalogue.js';
import { carePlanRevisedSchemaV1 } from '../../src/domain/events/care-plan.js';
import { dischargeDecisionMadeSchemaV1 } from '../../src/domain/events/discharge.js';
import {
  payerDeterminationRecordedSchemaV1,
  utilizationReviewPerformedSchemaV1,
} from '../../src/domain/events/utilization.js';
import { UndecodableEventError } from '../../src/event-store/errors.js';
import type { Position, RecordedEvent } from '../../src/event-store/port.js';
import { catchError } from './decider-spec.js';
import { caseOpened, patientRegistered } from './fixtures.js';

const raw = (type: string, schemaVersion: number, data: unknown): RecordedEvent => ({
  id: 'eeeeeeee-0000-4000-8000-000000000001',
  type,
  schemaVersion,
  data,
  streamId: 'case-00000000-0000-4000-8000-000000000001',
  revision: 3,
  position: '42' as Position,
  recordedAt: '2025-03-01T12:00:00.000Z',
  occurredAt: '2025-03-01T12:00:00.000Z',
  actor: { userId: 'cm-ana', role: 'case_manager' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: null,
  reason: null,
});

function undecodable(run: () => unknown): UndecodableEventError {
  const error = catchError(run);
  expect(error).toBeInstanceOf(UndecodableEventError);
  return error as UndecodableEventError;
}

const pinnedDecisions = [
  'CarePlanRevised',
  'UtilizationReviewPerformed',
  'PayerDeterminationRecorded',
  'DischargeDecisionMade',
];

describe('the catalogue', () => {
  it('holds every event type of the design, the decisions that pin evidence at version 2', () => {
    expect(Object.keys(eventCatalogue)).toHaveLength(43);
    for (const [type, entry] of Object.entries(eventCatalogue))
      expect(entry.schemaVersion, type).toBe(pinnedDecisions.includes(type) ? 2 : 1);
    expect(Object.keys(upcasters).sort()).toEqual([...pinnedDecisions].sort());
  });

  it('rejects unknown fields in every schema', () => {
    for (const [type, entry] of Object.entries(eventCatalogue))
      expect(entry.schema.safeParse({ unexpected: true }).success, type).toBe(false);
  });

  it('tells patient events from case events', () => {
    expect(isPatientEvent(patientRegistered)).toBe(true);
    expect(isCaseEvent(patientRegistered)).toBe(false);
    expect(isCaseEvent(caseOpened)).toBe(true);
  });
});

describe('decoding a stored event', () => {
  it('returns the validated data of a current event with its envelope intact', () => {
    const stored = raw('CaseOpened', 1, caseOpened.data);
    expect(decodeEvent(stored)).toEqual(stored);
  });

  it('reports an unknown type with its place', () => {
    const error = undecodable(() => decodeEvent(raw('PatientTeleported', 1, {})));
    expect(error).toMatchObject({
      streamId: 'case-00000000-0000-4000-8000-000000000001',
      revision: 3,
      position: '42',
      eventType: 'PatientTeleported',
      detail: 'unknown event type',
    });
  });

  it('reports a type inherited from Object as unknown', () => {
    expect(undecodable(() => decodeEvent(raw('toString', 1, {}))).detail).toBe(
      'unknown event type',
    );
  });

  it('reports a version newer than the code knows', () => {
    expect(undecodable(() => decodeEvent(raw('CaseOpened', 2, caseOpened.data))).detail).toMatch(
      /newer than known version 1/,
    );
  });

  it('reports data that fails the schema by path, without the stored values', () => {
    const data = { ...patientRegistered.data, birthDate: 'SECRET-BIRTHDATE', mrn: 12345 };
    const error = undecodable(() => decodeEvent(raw('PatientRegistered', 1, data)));
    expect(error.detail).toContain('birthDate');
    expect(error.detail).toContain('mrn');
    expect(error.message).not.toContain('SECRET');
    expect(error.message).not.toContain('12345');
    expect(error.message).not.toContain('Synthetic');
  });
});

describe('a codec with a version 2 and an upcaster', () => {
  const v2 = z.object({ fullName: z.string(), severity: z.enum(['low', 'high']) }).strict();
  const codec = createEventCodec(
    { ThingNoted: { schemaVersion: 2, schema: v2 } },
    {
      ThingNoted: {
        1: (data) => {
          const { name, ...rest } = data as { name: string };
          return { fullName: name, ...rest };
        },
      },
    },
  );

  it('upcasts a version 1 event to version 2 before validating', () => {
    const decoded = codec.decode(raw('ThingNoted', 1, { name: 'Synthetic', severity: 'low' }));
    expect(decoded.schemaVersion).toBe(2);
    expect(decoded.data).toEqual({ fullName: 'Synthetic', severity: 'low' });
  });

  it('validates the upcast data against the current schema', () => {
    expect(
      undecodable(() =>
        codec.decode(raw('ThingNoted', 1, { name: 'Synthetic', severity: 'extreme' })),
      ).detail,
    ).toContain('severity');
  });

  it('reports a missing upcaster', () => {
    const gap = createEventCodec(
      { ThingNoted: { schemaVersion: 3, schema: v2 } },
      { ThingNoted: { 2: (data) => data } },
    );
    expect(undecodable(() => gap.decode(raw('ThingNoted', 1, {}))).detail).toBe(
      'no upcaster from version 1',
    );
  });

  it('reports a failing upcaster without its message', () => {
    const broken = createEventCodec(
      { ThingNoted: { schemaVersion: 2, schema: v2 } },
      {
        ThingNoted: {
          1: () => {
            throw new Error('SECRET');
          },
        },
      },
    );
    const error = undecodable(() => broken.decode(raw('ThingNoted', 1, {})));
    expect(error.detail).toBe('upcaster from version 1 failed');
    expect(error.message).not.toContain('SECRET');
  });

  it('refuses a version below 1', () => {
    expect(undecodable(() => codec.decode(raw('ThingNoted', 0, {}))).detail).toMatch(
      /invalid schema version/,
    );
  });
});

describe('a version 1 decision, stored before evidence was pinned', () => {
  const ids = ['eeeeeeee-0000-4000-8000-0000000000a1', 'eeeeeeee-0000-4000-8000-0000000000a2'];
  const unpinnedIds = ids.map((eventId) => ({ eventId, revision: null, correctionRevision: null }));
  const rationale = { text: 'synthetic rationale' };

  it('reads a discharge decision with its evidence unpinned, never guessing a revision', () => {
    const v1 = {
      decisionId: '00000000-0000-4000-8000-000000000061',
      decision: 'ready',
      disposition: 'home',
      rationale,
      evidenceEventIds: ids,
    };
    expect(dischargeDecisionMadeSchemaV1.safeParse(v1).success).toBe(true);
    const decoded = decodeEvent(raw('DischargeDecisionMade', 1, v1));
    expect(decoded.schemaVersion).toBe(2);
    const { evidenceEventIds: _ids, ...rest } = v1;
    expect(decoded.data).toEqual({ ...rest, evidence: unpinnedIds });
  });

  it('reads a plan revision with its triggering events as unpinned evidence', () => {
    const v1 = {
      carePlanId: '00000000-0000-4000-8000-000000000031',
      summary: 'Synthetic revision',
      changes: [{ path: 'goals', after: 'one more' }],
      triggeringEventIds: ids,
      reason: rationale,
    };
    expect(carePlanRevisedSchemaV1.safeParse(v1).success).toBe(true);
    const { triggeringEventIds: _ids, ...rest } = v1;
    expect(decodeEvent(raw('CarePlanRevised', 1, v1)).data).toEqual({
      ...rest,
      evidence: unpinnedIds,
    });
  });

  it('reads a utilization review with or without evidence, and a payer determination with none', () => {
    const review = {
      reviewId: '00000000-0000-4000-8000-000000000081',
      kind: 'admission',
      criteriaSet: { name: 'Synthetic criteria', version: '1' },
      criteriaMet: true,
      levelOfCare: 'inpatient',
    };
    expect(utilizationReviewPerformedSchemaV1.safeParse(review).success).toBe(true);
    expect(decodeEvent(raw('UtilizationReviewPerformed', 1, review)).data).toEqual({
      ...review,
      evidence: [],
    });
    expect(
      decodeEvent(raw('UtilizationReviewPerformed', 1, { ...review, evidenceEventIds: ids })).data,
    ).toEqual({ ...review, evidence: unpinnedIds });
    const determination = {
      determinationId: '00000000-0000-4000-8000-000000000091',
      payer: 'Synthetic Payer',
      decision: 'pending',
    };
    expect(payerDeterminationRecordedSchemaV1.safeParse(determination).success).toBe(true);
    expect(decodeEvent(raw('PayerDeterminationRecorded', 1, determination)).data).toEqual({
      ...determination,
      evidence: [],
    });
  });

  it('reports a version 1 decision whose evidence is not a list of ids, by place', () => {
    const error = undecodable(() =>
      decodeEvent(raw('CarePlanRevised', 1, { triggeringEventIds: 'not-a-list' })),
    );
    expect(error.detail).toBe('upcaster from version 1 failed');
    expect(error.revision).toBe(3);
  });
});

describe('encoding a domain event', () => {
  it('stamps the current schema version', () => {
    expect(encodeEvent(caseOpened)).toEqual({
      type: 'CaseOpened',
      schemaVersion: 1,
      data: caseOpened.data,
    });
  });

  it('refuses data its schema refuses, as a programming error', () => {
    expect(() => encodeEvent({ type: 'CaseClosed', data: { outcome: 'other' } } as never)).toThrow(
      TypeError,
    );
  });
});
