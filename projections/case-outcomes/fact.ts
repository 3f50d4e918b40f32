import type { ReadModelView, Row } from '../projection.js';
import { caseOutcomeFactsTable } from './case-outcomes-tables.js';
import type { FactType, FactValue, FactValues } from './fact-pickers.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { textCell } from '../shared/row-cells.js';

const facts = caseOutcomeFactsTable.name;

/** One kept entry of a case, as corrected. */
export interface Fact {
  readonly eventId: string;
  readonly caseId: string;
  readonly type: FactType;
  readonly entityId: string | null;
  readonly revision: number;
  readonly occurredAt: string;
  readonly inError: boolean;
  readonly values: FactValues;
}

export function factRow(fact: Fact): Row {
  return {
    event_id: fact.eventId,
    case_id: fact.caseId,
    event_type: fact.type,
    entity_id: fact.entityId,
    revision: fact.revision,
    occurred_at: fact.occurredAt,
    in_error: fact.inError ? 1 : 0,
    facts: canonicalJson(fact.values),
  };
}

function fromRow(row: Row): Fact {
  return {
    eventId: textCell(row, 'event_id'),
    caseId: textCell(row, 'case_id'),
    type: textCell(row, 'event_type') as FactType,
    entityId: typeof row['entity_id'] === 'string' ? row['entity_id'] : null,
    revision: Number(row['revision']),
    occurredAt: textCell(row, 'occurred_at'),
    inError: row['in_error'] === 1,
    values: JSON.parse(textCell(row, 'facts')) as FactValues,
  };
}

export function findFact(view: ReadModelView, eventId: string): Fact | undefined {
  const row = view.get(facts, { event_id: eventId });
  return row && fromRow(row);
}

/** A case's live facts of some types, with this event's pending fact in place of its stored row. */
export function liveFacts(
  view: ReadModelView,
  caseId: string,
  types: readonly FactType[],
  pending: Fact,
): Fact[] {
  const stored = types.flatMap((type) =>
    view.find(facts, { case_id: caseId, event_type: type }).map(fromRow),
  );
  const all = [...stored.filter((f) => f.eventId !== pending.eventId)];
  if (types.includes(pending.type)) all.push(pending);
  return all.filter((f) => !f.inError).sort((a, b) => a.revision - b.revision);
}

/** Facts in valid-time order (occurredAt, then stream order), for first/last/latest. */
export function byOccurrence(list: readonly Fact[]): Fact[] {
  return [...list].sort((a, b) =>
    a.occurredAt === b.occurredAt ? a.revision - b.revision : a.occurredAt < b.occurredAt ? -1 : 1,
  );
}

export function textOf(fact: Fact | undefined, key: string): string | null {
  const value: FactValue | undefined = fact?.values[key];
  return typeof value === 'string' ? value : null;
}

export function numberOf(fact: Fact | undefined, key: string): number | null {
  const value: FactValue | undefined = fact?.values[key];
  return typeof value === 'number' ? value : null;
}

export function flagOf(fact: Fact | undefined, key: string): boolean {
  return fact?.values[key] === true;
}
