import { z } from 'zod';

/** FHIR CarePlan.status, without entered-in-error (that is an EntryMarkedInError). */
export const carePlanStatuses = ['draft', 'active', 'on-hold', 'revoked', 'completed'] as const;
export type CarePlanStatus = (typeof carePlanStatuses)[number];

/** FHIR Goal.lifecycleStatus, the subset a case manager moves a goal through. */
export const goalLifecycleStatuses = [
  'proposed',
  'active',
  'on-hold',
  'completed',
  'cancelled',
] as const;
export const goalLifecycleStatusSchema = z.enum(goalLifecycleStatuses);
export type GoalLifecycleStatus = (typeof goalLifecycleStatuses)[number];

/** FHIR Goal.achievementStatus (goal-achievement value set). */
export const goalAchievementStatuses = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
] as const;
export const goalAchievementStatusSchema = z.enum(goalAchievementStatuses);

/** Goal priority (FHIR goal-priority: high/medium/low). */
export const goalPrioritySchema = z.enum(['high', 'medium', 'low']);

/** FHIR CarePlan.activity.detail.status, the subset used for planned interventions. */
export const interventionStatuses = [
  'scheduled',
  'in-progress',
  'completed',
  'cancelled',
  'stopped',
] as const;
export const interventionStatusSchema = z.enum(interventionStatuses);
export type InterventionStatus = (typeof interventionStatuses)[number];

export const interventionKindSchema = z.enum([
  'education',
  'referral',
  'service',
  'medication-review',
  'follow-up',
  'advocacy',
  'psychosocial-support',
  'other',
]);

/** FHIR administrative-gender. */
export const administrativeGenderSchema = z.enum(['male', 'female', 'other', 'unknown']);

export const consentScopeSchema = z.enum([
  'treatment',
  'case-management',
  'information-sharing',
  'payer-disclosure',
]);

export const admissionTypeSchema = z.enum(['planned', 'unplanned', 'emergency']);

export const referralSourceKindSchema = z.enum([
  'physician',
  'hospital',
  'emergency-department',
  'payer',
  'community-agency',
  'self',
  'family',
  'other',
]);

export const caseOutcomeSchema = z.enum([
  'goals-met',
  'goals-partially-met',
  'goals-not-met',
  'transferred',
  'patient-declined',
  'patient-deceased',
  'lost-to-follow-up',
  'other',
]);

export const riskTierSchema = z.enum(['low', 'moderate', 'high', 'very-high']);

export const problemCategorySchema = z.enum([
  'medical',
  'functional',
  'psychosocial',
  'behavioral-health',
  'financial',
  'environmental',
  'knowledge-deficit',
  'care-access',
  'other',
]);

/** Care team roles (participant roles of a FHIR CareTeam, as the case manager names them). */
export const careTeamRoleSchema = z.enum([
  'case-manager',
  'physician',
  'nurse',
  'social-worker',
  'pharmacist',
  'therapist',
  'family-caregiver',
  'payer-contact',
  'other',
]);
export type CareTeamRole = z.infer<typeof careTeamRoleSchema>;

export const contactPartySchema = z.enum([
  'patient',
  'family',
  'physician',
  'insurer',
  'facility',
  'other',
]);
export const contactChannelSchema = z.enum([
  'phone',
  'in-person',
  'video',
  'message',
  'letter',
  'email',
]);
export const contactPurposeSchema = z.enum([
  'coordination',
  'advice-on-options',
  'emotional-support',
  'advocacy',
  'education',
  'follow-up',
  'other',
]);

export const educationRecipientSchema = z.enum(['patient', 'family', 'caregiver', 'other']);
export const educationMethodSchema = z.enum([
  'verbal',
  'written',
  'demonstration',
  'video',
  'interpreter-assisted',
  'other',
]);
export const teachBackSchema = z.enum(['understood', 'partial', 'not-understood', 'not-assessed']);

export const utilizationReviewKindSchema = z.enum(['admission', 'continued-stay', 'retrospective']);
export const levelOfCareSchema = z.enum([
  'inpatient',
  'intensive-care',
  'step-down',
  'observation',
  'skilled-nursing',
  'inpatient-rehab',
  'long-term-acute-care',
  'home-health',
  'outpatient',
  'other',
]);
export const payerDecisionSchema = z.enum(['approved', 'denied', 'partial', 'pending']);
export const avoidableDayPartySchema = z.enum([
  'physician',
  'hospital',
  'payer',
  'patient-family',
  'post-acute-provider',
  'community',
  'other',
]);
/** HIPAA purposes of a disclosure, so that a payer report feeds the accounting of disclosures. */
export const disclosurePurposeSchema = z.enum([
  'payment',
  'treatment',
  'healthcare-operations',
  'quality-reporting',
  'other',
]);

export const handoffKindSchema = z.enum(['case-manager', 'team', 'facility']);
export const illnessSeveritySchema = z.enum(['stable', 'watcher', 'unstable']);

/** FHIR discharge-disposition (http://terminology.hl7.org/CodeSystem/discharge-disposition). */
export const dischargeDispositionSchema = z.enum([
  'home',
  'alt-home',
  'other-hcf',
  'hosp',
  'long',
  'aadvice',
  'exp',
  'psy',
  'rehab',
  'snf',
  'oth',
]);
export const dischargeDecisionSchema = z.enum(['ready', 'not-ready', 'delayed']);
