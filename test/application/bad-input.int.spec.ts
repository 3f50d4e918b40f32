import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommandService } from '../../src/application/command-service.js';
import { caseCommandSchema, patientCommandSchema } from '../../src/domain/commands/index.js';
import { CaretrailError, NotFoundError, ValidationError } from '../../src/domain/errors.js';
import { decodeEvent } from '../../src/domain/events/codec.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { collect } from '../contract/event-store.contract.js';

const actor = { userId: 'synthetic-cm-1', role: 'case_manager' } as const;
const store = new SqliteEventStore({ path: ':memory:', decode: decodeEvent });
const service = new CommandService({ store, clock: () => new Date() });
const patientId = randomUUID();
const caseId = randomUUID();

const caseTypes = caseCommandSchema.options.map((option) => option.shape.type.value);
const patientTypes = patientCommandSchema.options.map((option) => option.shape.type.value);
const everyType = [
  ...caseTypes.map((type) => ({ type, target: { caseId } })),
  ...patientTypes.map((type) => ({ type, target: { patientId } })),
];

beforeAll(() => openMinimalCase(service, { actor }, { patientId, caseId, label: '1' }));

/** Runs bad input through the real command path: it must fail with a ValidationError and store nothing. */
async function refusal(input: unknown): Promise<ValidationError> {
  const before = await collect(store.readAll());
  const error = await service.execute(input, { actor }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(await collect(store.readAll())).toEqual(before);
  return error as ValidationError;
}

function paths(error: ValidationError): string[] {
  return error.issues.map((issue) => issue.path.join('.'));
}

describe('bad input to any command', () => {
  it.each(everyType)(
    '$type: names each missing field and each unknown field, storing nothing',
    async ({ type, target }) => {
      const error = await refusal({ type, ...target, surprise: true });
      expect(paths(error)).toContain('surprise');
      expect(error.code).toBe('BAD_USER_INPUT');
    },
  );

  it.each(everyType)('$type: names a wrong-typed target id', async ({ type, target }) => {
    const key = Object.keys(target)[0]!;
    expect(paths(await refusal({ type, [key]: 42 }))).toContain(key);
  });

  it.each(everyType)(
    '$type: names a malformed occurredAt and an oversized reason',
    async ({ type, target }) => {
      const error = await refusal({
        type,
        ...target,
        occurredAt: 'yesterday',
        reason: { text: 'x'.repeat(100_000) },
      });
      expect(paths(error)).toEqual(expect.arrayContaining(['occurredAt', 'reason.text']));
    },
  );

  it('names an unknown command type', async () => {
    expect(paths(await refusal({ type: 'DeleteCase', caseId }))).toEqual(['type']);
  });

  it('refuses input that is not an object', async () => {
    await refusal('OpenCase');
    await refusal(null);
    await refusal([{ type: 'LogContact' }]);
  });

  it('names an out-of-range assessment total and stores nothing', async () => {
    const error = await refusal({
      type: 'RecordAssessment',
      caseId,
      instrument: { code: 'PHQ-9' },
      items: Array.from({ length: 9 }, (_, i) => ({ itemId: `item-${i + 1}`, score: 4 })),
    });
    expect(paths(error).some((path) => path.startsWith('items'))).toBe(true);
  });

  it('does not echo input values in the error', async () => {
    const error = await refusal({
      type: 'LogContact',
      caseId,
      party: 'Synthetic Secret Name',
      summary: 42,
    });
    expect(JSON.stringify({ message: error.message, issues: error.issues })).not.toContain(
      'Synthetic Secret Name',
    );
  });
});

describe('a command about something that does not exist', () => {
  it('refuses to open a case for an unregistered patient, storing nothing', async () => {
    const newCase = randomUUID();
    const error = await service
      .execute(
        {
          type: 'OpenCase',
          caseId: newCase,
          patientId: randomUUID(),
          program: 'complex-care',
          referralSource: { kind: 'physician' },
          admittedAt: '2026-01-01T08:00:00Z',
          admissionType: 'planned',
          primaryCaseManager: { userId: actor.userId },
        },
        { actor },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as CaretrailError).code).toBe('NOT_FOUND');
    expect(await store.streamRevision(`case-${newCase}`)).toBeNull();
  });

  it('refuses a command to a case that was never opened', async () => {
    const error = await service
      .execute(
        {
          type: 'LogContact',
          caseId: randomUUID(),
          party: 'patient',
          channel: 'phone',
          reached: true,
          purpose: 'follow-up',
          summary: 'synthetic',
        },
        { actor },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaretrailError);
    expect(['NOT_FOUND', 'INVALID_TRANSITION']).toContain((error as CaretrailError).code);
  });
});
