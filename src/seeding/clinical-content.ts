import type { CareTeamRole } from '../domain/value-sets.js';

/** The case-management programs the synthetic hospital runs. */
export type ProgramCode =
  'transitions-of-care' | 'complex-care' | 'behavioral-health' | 'heart-failure';

export type ProblemCategory =
  | 'medical'
  | 'functional'
  | 'psychosocial'
  | 'behavioral-health'
  | 'financial'
  | 'environmental'
  | 'knowledge-deficit'
  | 'care-access';

export type InterventionKind =
  | 'education'
  | 'referral'
  | 'service'
  | 'medication-review'
  | 'follow-up'
  | 'advocacy'
  | 'psychosocial-support'
  | 'other';

export interface InterventionTemplate {
  readonly kind: InterventionKind;
  readonly description: string;
  readonly performerRole: CareTeamRole;
}

/** A problem a case manager commonly records, with the goal and interventions that usually answer it. */
export interface ProblemTemplate {
  readonly description: string;
  readonly category: ProblemCategory;
  readonly icd10?: { readonly code: string; readonly display: string };
  readonly goal: {
    readonly description: string;
    readonly measure: string;
    readonly detail: string;
  };
  readonly interventions: readonly InterventionTemplate[];
  /** Whether it usually resolves by discharge (psychosocial problems tend to outlast a stay). */
  readonly resolvesInStay: boolean;
}

export interface ProgramProfile {
  readonly code: ProgramCode;
  readonly planTitle: string;
  readonly meanLengthOfStay: number;
  readonly screensMood: boolean;
  readonly problems: readonly ProblemTemplate[];
  readonly educationTopics: readonly string[];
}

export const ICD10_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';

const fallRisk: ProblemTemplate = {
  description: 'Impaired mobility with high fall risk after deconditioning',
  category: 'functional',
  icd10: { code: 'R26.81', display: 'Unsteadiness on feet' },
  goal: {
    description: 'Walks safely with an appropriate aid before discharge',
    measure: 'Barthel index',
    detail: 'Barthel >= 75 and no falls in hospital',
  },
  interventions: [
    {
      kind: 'service',
      description: 'Physical therapy evaluation and daily gait training',
      performerRole: 'therapist',
    },
    {
      kind: 'service',
      description: 'Order a rolling walker and a shower chair for home',
      performerRole: 'case-manager',
    },
  ],
  resolvesInStay: false,
};

const livesAlone: ProblemTemplate = {
  description: 'Lives alone without a reliable caregiver for the first weeks at home',
  category: 'psychosocial',
  icd10: { code: 'Z60.2', display: 'Problems related to living alone' },
  goal: {
    description: 'A named caregiver or home service is confirmed before discharge',
    measure: 'Caregiver confirmed',
    detail: 'Caregiver or home health start date documented',
  },
  interventions: [
    {
      kind: 'psychosocial-support',
      description: 'Social work assessment of home support and family meeting',
      performerRole: 'social-worker',
    },
    {
      kind: 'referral',
      description: 'Refer to a home health agency for skilled nursing visits',
      performerRole: 'case-manager',
    },
  ],
  resolvesInStay: true,
};

const transport: ProblemTemplate = {
  description: 'No transportation to follow-up appointments',
  category: 'care-access',
  icd10: { code: 'Z59.82', display: 'Transportation insecurity' },
  goal: {
    description: 'Transport arranged for the first follow-up visit',
    measure: 'Transport booked',
    detail: 'Ride booked for the first clinic visit',
  },
  interventions: [
    {
      kind: 'advocacy',
      description: 'Book non-emergency medical transport through the health plan',
      performerRole: 'case-manager',
    },
  ],
  resolvesInStay: true,
};

const medicationCost: ProblemTemplate = {
  description: 'Skips doses of prescribed medication because of cost',
  category: 'financial',
  icd10: {
    code: 'Z91.120',
    display: "Patient's intentional underdosing of medication regimen due to financial hardship",
  },
  goal: {
    description: 'Affordable access to every discharge medication',
    measure: 'Medications affordable',
    detail: 'Copay assistance approved or cheaper alternatives prescribed',
  },
  interventions: [
    {
      kind: 'advocacy',
      description: 'Apply for the manufacturer patient-assistance programme',
      performerRole: 'social-worker',
    },
    {
      kind: 'medication-review',
      description: 'Review the regimen for lower-cost therapeutic alternatives',
      performerRole: 'pharmacist',
    },
  ],
  resolvesInStay: false,
};

const polypharmacy: ProblemTemplate = {
  description: 'Polypharmacy with a high risk of adverse drug events',
  category: 'medical',
  icd10: { code: 'Z79.899', display: 'Other long term (current) drug therapy' },
  goal: {
    description: 'A reconciled, simplified medication list the patient can explain',
    measure: 'Medication reconciliation',
    detail: 'Reconciled list and teach-back understood',
  },
  interventions: [
    {
      kind: 'medication-review',
      description: 'Pharmacist medication reconciliation and deprescribing review',
      performerRole: 'pharmacist',
    },
    {
      kind: 'education',
      description: 'Teach the medication schedule with a pill organiser',
      performerRole: 'nurse',
    },
  ],
  resolvesInStay: true,
};

/** The four programs, each with problem templates drawn from everyday case-management practice. */
export const programs: Readonly<Record<ProgramCode, ProgramProfile>> = {
  'heart-failure': {
    code: 'heart-failure',
    planTitle: 'Heart failure transition plan',
    meanLengthOfStay: 5,
    screensMood: false,
    problems: [
      {
        description: 'Acute on chronic systolic heart failure with volume overload',
        category: 'medical',
        icd10: { code: 'I50.23', display: 'Acute on chronic systolic (congestive) heart failure' },
        goal: {
          description: 'Reaches dry weight and can self-monitor daily weights',
          measure: 'Daily weight',
          detail: 'Within 1 kg of dry weight for 48 hours',
        },
        interventions: [
          {
            kind: 'medication-review',
            description: 'Reconcile diuretic and guideline-directed therapy doses',
            performerRole: 'pharmacist',
          },
          {
            kind: 'follow-up',
            description: 'Heart failure clinic visit within 7 days of discharge',
            performerRole: 'case-manager',
          },
        ],
        resolvesInStay: false,
      },
      {
        description: 'Limited understanding of fluid and sodium restriction',
        category: 'knowledge-deficit',
        icd10: { code: 'Z71.3', display: 'Dietary counseling and surveillance' },
        goal: {
          description: 'Explains the 2 g sodium diet and fluid limit in own words',
          measure: 'Teach-back',
          detail: 'Teach-back understood',
        },
        interventions: [
          {
            kind: 'education',
            description: 'Dietitian teaching on low-sodium diet and fluid limits',
            performerRole: 'nurse',
          },
        ],
        resolvesInStay: true,
      },
      medicationCost,
      livesAlone,
      transport,
    ],
    educationTopics: [
      'Daily weights and when to call the clinic',
      'Low-sodium diet and fluid restriction',
      'Heart failure medications and side effects',
    ],
  },
  'complex-care': {
    code: 'complex-care',
    planTitle: 'Complex care coordination plan',
    meanLengthOfStay: 7,
    screensMood: false,
    problems: [
      {
        description: 'Type 2 diabetes with persistent hyperglycaemia',
        category: 'medical',
        icd10: { code: 'E11.65', display: 'Type 2 diabetes mellitus with hyperglycemia' },
        goal: {
          description: 'Glucose in target range on a regimen the patient can manage',
          measure: 'Fasting glucose',
          detail: 'Fasting glucose 5-8 mmol/L for 2 days',
        },
        interventions: [
          {
            kind: 'education',
            description: 'Insulin pen and glucose meter teaching',
            performerRole: 'nurse',
          },
          {
            kind: 'follow-up',
            description: 'Endocrinology follow-up within 14 days',
            performerRole: 'case-manager',
          },
        ],
        resolvesInStay: false,
      },
      {
        description: 'COPD with acute exacerbation',
        category: 'medical',
        icd10: {
          code: 'J44.1',
          display: 'Chronic obstructive pulmonary disease with (acute) exacerbation',
        },
        goal: {
          description: 'Back to baseline oxygen needs with a written action plan',
          measure: 'Oxygen saturation',
          detail: 'SpO2 >= 90% on home oxygen settings',
        },
        interventions: [
          {
            kind: 'service',
            description: 'Arrange home oxygen assessment and supplier delivery',
            performerRole: 'case-manager',
          },
          {
            kind: 'referral',
            description: 'Refer to pulmonary rehabilitation',
            performerRole: 'physician',
          },
        ],
        resolvesInStay: false,
      },
      fallRisk,
      polypharmacy,
      livesAlone,
      transport,
    ],
    educationTopics: [
      'COPD action plan and inhaler technique',
      'Insulin administration and hypoglycaemia',
      'Fall prevention at home',
    ],
  },
  'behavioral-health': {
    code: 'behavioral-health',
    planTitle: 'Behavioral health recovery plan',
    meanLengthOfStay: 8,
    screensMood: true,
    problems: [
      {
        description: 'Major depressive disorder, recurrent, moderate',
        category: 'behavioral-health',
        icd10: { code: 'F33.1', display: 'Major depressive disorder, recurrent, moderate' },
        goal: {
          description: 'Depressive symptoms reduced to mild and a safety plan in place',
          measure: 'PHQ-9',
          detail: 'PHQ-9 below 10 and safety plan reviewed',
        },
        interventions: [
          {
            kind: 'psychosocial-support',
            description: 'Daily supportive therapy sessions and safety planning',
            performerRole: 'social-worker',
          },
          {
            kind: 'follow-up',
            description: 'Outpatient psychiatry appointment within 7 days',
            performerRole: 'case-manager',
          },
        ],
        resolvesInStay: false,
      },
      {
        description: 'Generalized anxiety disorder',
        category: 'behavioral-health',
        icd10: { code: 'F41.1', display: 'Generalized anxiety disorder' },
        goal: {
          description: 'Uses two coping skills and anxiety is at most moderate',
          measure: 'GAD-7',
          detail: 'GAD-7 below 10',
        },
        interventions: [
          {
            kind: 'psychosocial-support',
            description: 'Group skills training for anxiety management',
            performerRole: 'therapist',
          },
        ],
        resolvesInStay: false,
      },
      {
        description: 'Alcohol use disorder, moderate',
        category: 'behavioral-health',
        icd10: { code: 'F10.20', display: 'Alcohol dependence, uncomplicated' },
        goal: {
          description: 'Engaged with a community recovery programme',
          measure: 'Programme intake',
          detail: 'Intake appointment attended',
        },
        interventions: [
          {
            kind: 'referral',
            description: 'Refer to a community addiction recovery programme',
            performerRole: 'social-worker',
          },
        ],
        resolvesInStay: false,
      },
      {
        description: 'Unstable housing after discharge',
        category: 'environmental',
        icd10: { code: 'Z59.819', display: 'Housing instability, housed, unspecified' },
        goal: {
          description: 'Safe housing confirmed for discharge',
          measure: 'Housing confirmed',
          detail: 'Address and landlord or shelter confirmation on file',
        },
        interventions: [
          {
            kind: 'advocacy',
            description: 'Housing assistance application with the county',
            performerRole: 'social-worker',
          },
        ],
        resolvesInStay: true,
      },
      medicationCost,
    ],
    educationTopics: [
      'Crisis plan and 988 crisis line',
      'Antidepressant adherence and side effects',
      'Sleep hygiene and coping skills',
    ],
  },
  'transitions-of-care': {
    code: 'transitions-of-care',
    planTitle: 'Transitions of care plan',
    meanLengthOfStay: 4,
    screensMood: false,
    problems: [
      {
        description: 'Community-acquired pneumonia',
        category: 'medical',
        icd10: { code: 'J18.9', display: 'Pneumonia, unspecified organism' },
        goal: {
          description: 'Completes the antibiotic course and is afebrile at home',
          measure: 'Temperature',
          detail: 'Afebrile 48 hours and oral antibiotics tolerated',
        },
        interventions: [
          {
            kind: 'follow-up',
            description: 'Primary care visit within 7 days of discharge',
            performerRole: 'case-manager',
          },
        ],
        resolvesInStay: true,
      },
      polypharmacy,
      fallRisk,
      livesAlone,
      transport,
      medicationCost,
    ],
    educationTopics: [
      'Medication schedule and new prescriptions',
      'Warning signs and whom to call',
      'Fall prevention at home',
    ],
  },
};

/** Synthetic payers; names say they are not real plans. */
export const payers = [
  'Synthetic Health Plan',
  'Demo Medicare Advantage',
  'Testcare Medicaid',
  'Example Commercial PPO',
] as const;

export const criteriaSets = [
  { name: 'InterQual Acute Adult', version: '2025' },
  { name: 'MCG Inpatient and Surgical Care', version: '29th edition' },
] as const;
