import type { MeasureDefinition } from './measure.js';
import {
  firstContactAfterDischarge,
  firstContactAfterOpening,
  goalAttainment,
  phq9Remission,
  phq9Response,
  revisionLatency,
} from './measures/care-measures.js';
import {
  avoidableDays,
  carePlanRevisions,
  dischargeBeforeNoon,
  lengthOfStay,
  readmissionV1,
  readmissionV2,
} from './measures/stay-measures.js';
import {
  decisionTurnaround,
  handoffAcceptanceTime,
  handoffCompleteness,
  payerDenialRate,
  payerOverturnRate,
  reviewTimeliness,
} from './measures/team-measures.js';

/** Every measure and version; docs/measures.md defines each. */
export const measureCatalogue: readonly MeasureDefinition[] = [
  readmissionV1,
  readmissionV2,
  lengthOfStay,
  avoidableDays,
  firstContactAfterOpening,
  firstContactAfterDischarge,
  goalAttainment,
  carePlanRevisions,
  revisionLatency,
  handoffCompleteness,
  handoffAcceptanceTime,
  dischargeBeforeNoon,
  reviewTimeliness,
  payerDenialRate,
  payerOverturnRate,
  decisionTurnaround,
  phq9Response,
  phq9Remission,
];
