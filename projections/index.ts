import { accessLog } from './access-log/access-log.js';
import { auditTrailProjection } from './audit-trail/audit-trail.js';
import { careTeamMembership } from './care-team/care-team-membership.js';
import { caseOutcomes } from './case-outcomes/case-outcomes.js';
import { currentCaseProjection } from './current-case/current-case-projection.js';
import { patientTimelineProjection } from './patient-timeline/patient-timeline.js';
import type { AnyProjection } from './projection.js';

/** Every projection the service runs, each with its own checkpoint. */
export const allProjections: readonly AnyProjection[] = [
  currentCaseProjection,
  patientTimelineProjection,
  auditTrailProjection,
  careTeamMembership,
  caseOutcomes,
  accessLog,
];
