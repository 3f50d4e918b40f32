import { describe, expect, it } from 'vitest';
import {
  caseReadBasis,
  isCurrent,
  patientReadBasis,
  readableCasesOfPatient,
  recordableBy,
  writeRefusal,
  type AccessFacts,
} from '../../src/access/access-policy.js';
import { caseCommandSchema, patientCommandSchema } from '../../src/domain/commands/index.js';
import type { CaretrailCommand } from '../../src/domain/commands/index.js';
import type { Actor } from '../../src/domain/values.js';

// Synthetic ids and users only.
const caseId = '11111111-1111-4111-8111-111111111111';
const patientId = '22222222-2222-4222-8222-222222222222';
const nurse: Actor = { userId: 'synthetic-rn', role: 'clinician' };
const manager: Actor = { userId: 'synthetic-cm', role: 'case_manager' };

const facts = (overrides: Partial<AccessFacts> = {}): AccessFacts => ({
  memberships: [],
  handoffOffers: [],
  emergencyAccesses: [],
  now: '2026-03-01T12:00:00.000Z',
  ...overrides,
});

const period = { caseId, patientId, from: '2026-03-01T09:00:00.000Z', until: null };

const command = (type: string, fields: Record<string, unknown> = {}) =>
  ({ type, caseId, ...fields }) as unknown as CaretrailCommand;

describe('the access policy', () => {
  it('counts a membership from its start (inclusive) to its end (exclusive)', () => {
    const ended = { ...period, until: '2026-03-01T12:00:00.000Z' };
    expect(isCurrent(period, '2026-03-01T09:00:00.000Z')).toBe(true);
    expect(isCurrent(period, '2026-03-01T08:59:59.999Z')).toBe(false);
    expect(isCurrent(ended, '2026-03-01T11:59:59.999Z')).toBe(true);
    expect(isCurrent(ended, '2026-03-01T12:00:00.000Z')).toBe(false);
  });

  it('lets a care-team member read their case and its patient, and nobody else on the team role', () => {
    const member = facts({ memberships: [period] });
    expect(caseReadBasis(nurse, member, { caseId, patientId })).toBe('care-team');
    expect(patientReadBasis(nurse, member, patientId)).toBe('care-team');
    expect(caseReadBasis(nurse, facts(), { caseId, patientId })).toBeNull();
    expect(patientReadBasis(nurse, facts(), patientId)).toBeNull();
  });

  it('gives auditors and quality analysts every record by role, and admins none', () => {
    const target = { caseId, patientId };
    expect(caseReadBasis({ userId: 'a', role: 'auditor' }, facts(), target)).toBe('role');
    expect(caseReadBasis({ userId: 'q', role: 'quality_analyst' }, facts(), target)).toBe('role');
    expect(caseReadBasis({ userId: 'x', role: 'admin' }, facts(), target)).toBeNull();
  });

  it('lets case managers record every command of the domain, and read-only roles none', () => {
    const every = [...patientCommandSchema.options, ...caseCommandSchema.options].map(
      (schema) => (schema.shape as { type: { value: string } }).type.value,
    );
    expect([...recordableBy.case_manager].sort()).toEqual([...every].sort());
    expect(
      recordableBy.auditor.size + recordableBy.quality_analyst.size + recordableBy.admin.size,
    ).toBe(0);
  });

  it('refuses a write the role does not record as forbidden, and one on another team as hidden', () => {
    const member = facts({ memberships: [period] });
    expect(writeRefusal(nurse, member, command('LogContact'))).toBeNull();
    expect(writeRefusal(nurse, member, command('DraftCarePlan'))).toBe('forbidden');
    expect(writeRefusal(nurse, facts(), command('LogContact'))).toBe('hidden');
    expect(writeRefusal({ userId: 'a', role: 'auditor' }, member, command('LogContact'))).toBe(
      'forbidden',
    );
  });

  it('lets case managers register patients and open cases before any team exists', () => {
    expect(writeRefusal(manager, facts(), command('OpenCase', { patientId }))).toBeNull();
    expect(writeRefusal(nurse, facts(), command('OpenCase', { patientId }))).toBe('forbidden');
  });

  it('lets the receiver of a handoff settle it, and only that, before joining the team', () => {
    const offered = facts({ handoffOffers: [{ caseId, patientId }] });
    expect(caseReadBasis(manager, offered, { caseId, patientId })).toBe('handoff');
    expect(writeRefusal(manager, offered, command('AcceptHandoff'))).toBeNull();
    expect(writeRefusal(manager, offered, command('DeclineHandoff'))).toBeNull();
    expect(writeRefusal(manager, offered, command('LogContact'))).toBe('hidden');
  });

  it('limits a patient’s record to the cases reached: teams and handoffs, not the others', () => {
    const otherCase = '33333333-3333-4333-8333-333333333333';
    const offeredOnly = facts({ handoffOffers: [{ caseId: otherCase, patientId }] });
    const memberAndOffered = facts({
      memberships: [period],
      handoffOffers: [{ caseId: otherCase, patientId }],
    });
    expect(readableCasesOfPatient(manager, offeredOnly, patientId)).toEqual([otherCase]);
    expect(readableCasesOfPatient(manager, memberAndOffered, patientId)).toEqual([
      caseId,
      otherCase,
    ]);
    expect(readableCasesOfPatient(manager, facts(), patientId)).toBeNull();
    expect(readableCasesOfPatient({ userId: 'a', role: 'auditor' }, facts(), patientId)).toBe(
      'all',
    );
  });
});
