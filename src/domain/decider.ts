import type { Actor } from './values.js';

/** A domain event as a decider emits it: the envelope is added by the command handler. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
  /** Set once stored: evolve uses it to learn which entries a correction may target. */
  readonly id?: string;
  /** Set once stored: its place in the stream, so that a decision can pin the evidence it cites. */
  readonly revision?: number;
}

/** What a decision may depend on besides the command and state: supplied by the caller, never read. */
export interface DecisionContext {
  /** The handler's clock, ISO 8601. */
  readonly now: string;
  readonly actor: Actor;
  /** Deterministic per command, so that a retried command produces the same ids. */
  readonly newId: () => string;
}

/** The decider pattern: pure decide and evolve over one stream's state. */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State, context: DecisionContext) => Event[];
}

/** Folds events into state with the decider's own evolve. */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
