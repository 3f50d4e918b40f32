import { describe, expect, it } from 'vitest';
import {
  caseCommandSchema,
  parseCommand,
  patientCommandSchema,
} from '../../src/domain/commands/index.js';
import type { ValidationError } from '../../src/domain/errors.js';
import { limits } from '../../src/domain/values.js';
import { catchError, issuePaths } from './decider-spec.js';
import { caseId, goalId, patientId, reason } from './fixtures.js';

const validGoal = {
  type: 'SetGoal',
  caseId,
  description: 'Walks unaided',
  target: { measure: 'distance', detail: '50 m', dueDate: '2025-04-01' },
  priority: 'high',
};

const refused = (input: unknown) => issuePaths(catchError(() => parseCommand(input)));

describe('parsing a command', () => {
  it('accepts a valid command and keeps its fields', () => {
    expect(parseCommand(validGoal)).toEqual(validGoal);
  });

  it('refuses a missing field', () => {
    const { description: _d, ...missing } = validGoal;
    expect(refused(missing)).toEqual([['description']]);
  });

  it('names a missing field as required', () => {
    const { description: _d, ...missing } = validGoal;
    const error = catchError(() => parseCommand(missing)) as ValidationError;
    expect(error.issues[0]?.message).toBe('required');
  });

  it('refuses wrong-typed fields', () => {
    expect(refused({ ...validGoal, priority: 3, target: { measure: true } })).toEqual([
      ['target', 'measure'],
      ['priority'],
    ]);
  });

  it('refuses values out of range or format', () => {
    expect(
      refused({
        ...validGoal,
        priority: 'urgent',
        caseId: 'not-a-uuid',
        occurredAt: '2025-03-01 12:00',
      }),
    ).toEqual([['caseId'], ['occurredAt'], ['priority']]);
    expect(
      refused({
        type: 'RecordPayerDetermination',
        caseId,
        payer: 'Synthetic Health Plan',
        decision: 'approved',
        authorizedDays: 1000,
      }),
    ).toEqual([['authorizedDays']]);
    expect(
      refused({
        type: 'SubmitPayerReport',
        caseId,
        payer: 'P',
        reportType: 'clinical-update',
        period: { from: '2025-01-01', to: '2025-01-31' },
        contentHash: 'abc',
        purpose: 'payment',
      }),
    ).toEqual([['contentHash']]);
  });

  it('refuses an occurredAt without an offset', () => {
    expect(refused({ ...validGoal, occurredAt: '2025-03-01T12:00:00' })).toEqual([['occurredAt']]);
  });

  it('refuses unknown fields, each by its path', () => {
    expect(refused({ ...validGoal, goalId, target: { measure: 'distance', unit: 'm' } })).toEqual([
      ['target', 'unit'],
      ['goalId'],
    ]);
  });

  it('refuses an actor in the input: who did it comes from authentication', () => {
    expect(refused({ ...validGoal, actor: { userId: 'someone', role: 'admin' } })).toEqual([
      ['actor'],
    ]);
  });

  it('refuses oversized text and lists', () => {
    const longText = 'x'.repeat(limits.longText + 1);
    const tooMany = Array.from({ length: limits.listItems + 1 }, () => 'No ride home');
    expect(refused({ ...validGoal, description: longText })).toEqual([['description']]);
    expect(refused({ type: 'UpdateDischargePlan', caseId, barriers: tooMany })).toEqual([
      ['barriers'],
    ]);
    expect(
      refused({
        type: 'CloseCase',
        caseId,
        outcome: 'other',
        reason: { text: 'y'.repeat(limits.longText + 1) },
      }),
    ).toEqual([['reason', 'text']]);
  });

  it('refuses an unknown command type', () => {
    expect(refused({ type: 'DeleteCase', caseId })).toEqual([['type']]);
  });

  it('refuses input that is not an object', () => {
    expect(refused('RegisterPatient')).toEqual([[]]);
  });

  it('refuses a patient command addressed to a case', () => {
    expect(refused({ type: 'RevokeConsent', caseId, consentId: goalId })).toEqual([
      ['patientId'],
      ['caseId'],
    ]);
  });

  it('never echoes input values in messages', () => {
    const error = catchError(() =>
      parseCommand({
        ...validGoal,
        priority: 'SECRET-VALUE',
        description: 12345,
        patientName: 'Synthetic Person',
      }),
    ) as ValidationError;
    const text = JSON.stringify(error.issues) + error.message;
    expect(text).not.toContain('SECRET-VALUE');
    expect(text).not.toContain('12345');
    expect(text).not.toContain('Synthetic Person');
  });

  it.each([
    ['ReviseCarePlan', { carePlanId: goalId, summary: 's', changes: [{ path: 'goals' }] }],
    ['CorrectEntry', { targetEventId: goalId, correctedData: { description: 'x' } }],
    ['MarkEntryInError', { targetEventId: goalId }],
    ['RecordDischargeDecision', { decision: 'not-ready' }],
    ['CloseCase', { outcome: 'goals-met' }],
    ['CloseCarePlan', { carePlanId: goalId, outcome: 'completed' }],
    ['DeclineHandoff', { handoffId: goalId }],
  ])('requires a reason for %s', (type, fields) => {
    expect(refused({ type, caseId, ...fields })).toEqual([['reason']]);
    expect(parseCommand({ type, caseId, ...fields, reason })).toMatchObject({ type });
  });

  it('refuses an empty correction and an empty revision', () => {
    expect(
      refused({ type: 'CorrectEntry', caseId, targetEventId: goalId, correctedData: {}, reason }),
    ).toEqual([['correctedData']]);
    expect(
      refused({
        type: 'ReviseCarePlan',
        caseId,
        carePlanId: goalId,
        summary: 's',
        changes: [],
        reason,
      }),
    ).toEqual([['changes']]);
  });

  it('takes the stream id from the command for new streams', () => {
    expect(
      parseCommand({
        type: 'RegisterPatient',
        patientId,
        mrn: 'SYN-1',
        name: { given: 'Test', family: 'Synthetic' },
        birthDate: '1950-01-01',
        sex: 'unknown',
      }),
    ).toMatchObject({ patientId });
  });

  it('has one schema per command of the catalogue', () => {
    expect(patientCommandSchema.options).toHaveLength(4);
    expect(caseCommandSchema.options).toHaveLength(39);
  });
});
