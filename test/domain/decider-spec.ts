import { expect } from 'vitest';
import type { DecisionContext, Decider, DomainEvent } from '../../src/domain/decider.js';
import { fold } from '../../src/domain/decider.js';
import { InvalidTransitionError, ValidationError } from '../../src/domain/errors.js';
import { entityId } from './fixtures.js';

/** The handler's clock in every spec unless a test says otherwise. */
export const now = '2025-03-01T12:00:00.000Z';

/** A deterministic context: fixed clock, a synthetic case manager, ids from entityId(9001) up. */
export function testContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  let next = 9000;
  return {
    now,
    actor: { userId: 'cm-ana', role: 'case_manager' },
    newId: () => entityId(++next),
    ...overrides,
  };
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** The given events as the store would hand them over: each stored one at its place in the stream. */
function asStored<E extends DomainEvent>(given: readonly E[]): E[] {
  return given.map((event, revision) =>
    event.id === undefined || event.revision !== undefined ? event : { ...event, revision },
  );
}

/**
 * Given/When/Then for a decider: given past events (the stream so far), when a command, then
 * events, state or an error.
 */
export function deciderSpec<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return (given: readonly E[]) => ({
    when: (command: C, context: Partial<DecisionContext> = {}) => {
      const decide = () =>
        decider.decide(command, fold(decider, asStored(given)), testContext(context));
      return {
        then: (expected: readonly E[]) => {
          expect(decide()).toEqual(expected);
        },
        /** Asserts on the decided events without spelling all of them out. */
        thenEvents: (check: (events: E[]) => void) => {
          check(decide());
        },
        /** Asserts on the state after the decided events are folded in. */
        thenState: (check: (state: S) => void) => {
          check(fold(decider, [...asStored(given), ...decide()]));
        },
        thenThrows: (errorClass: ErrorClass, rule?: string): Error => {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (rule !== undefined) {
            expect(thrown).toBeInstanceOf(InvalidTransitionError);
            expect((thrown as InvalidTransitionError).rule).toBe(rule);
          }
          return thrown as Error;
        },
      };
    },
  });
}

/** Runs a function that must throw and returns what it threw. */
export function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

/** The field paths of a ValidationError, for asserting which fields were refused. */
export function issuePaths(error: unknown): (string | number)[][] {
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((issue) => [...issue.path]);
}
