import { seedIds } from '../seeding/ids.js';
import { DEMO_COHORT } from '../seeding/seed-if-empty.js';

/** One GraphiQL tab: an operation, its variables and the headers it is sent with. */
export interface GraphiQLExample {
  readonly title: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** The demo cohort's first patient: they have an index case and a readmission. */
const demoPatientId = seedIds.patient(DEMO_COHORT.seed, 0);
const demoCaseId = seedIds.case(DEMO_COHORT.seed, 0, 0);

/** Operations a newcomer can run as they are against `npm start`'s synthetic demo cohort. */
export const graphiqlExamples: readonly GraphiQLExample[] = [
  {
    title: 'Read models',
    query: `# Are the read models up to date? Each projection's position, lag and state.
query ReadModels {
  projections {
    name
    version
    state
    position
    lagEvents
    lagSeconds
  }
}`,
  },
  {
    title: 'My caseload',
    query: `# The caller's cases (see the Headers tab: a synthetic case manager); add status: "open" to filter.
query MyCaseload {
  caseload(first: 10) {
    edges {
      cursor
      node { id status program admittedAt primaryCaseManager { userId } revision }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: "A patient's timeline",
    query: `# Newest first; pass pageInfo.endCursor as $after for the next page.
query PatientTimeline($patientId: ID!, $after: String) {
  patient(id: $patientId) {
    id
    cases { id status admittedAt dischargedAt }
    timeline(first: 20, after: $after) {
      edges {
        node { occurredAt recordedAt kind summary lateEntry status caseId actor { userId role } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: { patientId: demoPatientId, after: null },
  },
  {
    title: 'A case: plan and decisions',
    query: `# The current plan, and the decision trail with who decided what and why.
query CasePlanAndDecisions($caseId: ID!) {
  case(id: $caseId) {
    id
    status
    revision
    carePlan {
      title
      status
      revisionCount
      latestRevision { summary reason { text } occurredAt }
    }
    goals { description lifecycleStatus achievementStatus }
    decisions(first: 10) {
      edges {
        node { eventType category occurredAt actor { userId role } reason { text code } changes }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: { caseId: demoCaseId },
  },
  {
    title: 'A case as it was',
    query: `# Time travel: the case as of a revision (or recordedAt / occurredAt).
query CaseAsOf($caseId: ID!, $revision: Int) {
  case(id: $caseId) {
    revision
    asOf(revision: $revision) {
      revision
      status
      carePlan { title status }
      goals { description lifecycleStatus }
    }
  }
}`,
    variables: { caseId: demoCaseId, revision: 10 },
  },
  {
    title: 'Follow a case live',
    query: `# Runs until stopped; record something on the case (a mutation in another tab) to see it.
subscription FollowCase($caseId: ID!) {
  caseUpdated(caseId: $caseId) {
    position
    eventType
    occurredAt
    revision
    status
  }
}`,
    variables: { caseId: demoCaseId },
  },
];

/**
 * The examples as GraphiQL's `defaultTabs` (used when the browser has no saved tabs), each sent
 * with these headers: in development, a token of the demo cohort's first case manager.
 */
export function graphiqlDefaultTabs(headers: Readonly<Record<string, string>>) {
  return graphiqlExamples.map((example) => ({
    query: example.query,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
    headers: JSON.stringify(headers, null, 2),
  }));
}
