import { byOccurrence, textOf, type Fact } from '../fact.js';
import { ofType, type Section } from './section.js';

const achievedStatuses: ReadonlySet<string | null> = new Set(['achieved', 'sustaining']);

/** The UTC date of an instant, to compare with a due date. */
const dateOf = (instant: string) => instant.slice(0, 10);

function achievedByDue(dueDate: string | null, progress: readonly Fact[]): boolean {
  return progress.some(
    (p) =>
      achievedStatuses.has(textOf(p, 'achievementStatus')) &&
      (dueDate === null || dateOf(p.occurredAt) <= dueDate),
  );
}

/** Goals set, due, achieved by their due date, not attainable and cancelled. */
export const goals: Section = {
  types: ['GoalSet', 'GoalProgressRecorded', 'GoalStatusChanged'],
  columns(facts) {
    const progress = byOccurrence(ofType(facts, 'GoalProgressRecorded'));
    const statusChanges = ofType(facts, 'GoalStatusChanged');
    let due = 0;
    let achieved = 0;
    let notAttainable = 0;
    let cancelled = 0;
    const set = ofType(facts, 'GoalSet');
    for (const goal of set) {
      const dueDate = textOf(goal, 'dueDate');
      const own = progress.filter((p) => p.entityId === goal.entityId);
      if (dueDate !== null) due += 1;
      if (achievedByDue(dueDate, own)) achieved += 1;
      if (textOf(own.at(-1), 'achievementStatus') === 'not-attainable') notAttainable += 1;
      const status = statusChanges.filter((c) => c.entityId === goal.entityId).at(-1);
      if (textOf(status, 'to') === 'cancelled') cancelled += 1;
    }
    return {
      goals_set: set.length,
      goals_due: due,
      goals_achieved: achieved,
      goals_not_attainable: notAttainable,
      goals_cancelled: cancelled,
    };
  },
};
