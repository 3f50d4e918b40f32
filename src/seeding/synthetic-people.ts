import type { Random } from './random.js';

/** A synthetic staff member: a caretrail user id and a name that says it is synthetic. */
export interface StaffMember {
  readonly userId: string;
  readonly name: string;
}

function roster(prefix: string, label: string, count: number): StaffMember[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { userId: `syn-${prefix}-${n}`, name: `${label} ${n} (synthetic)` };
  });
}

/** The synthetic hospital's staff; ids are stable across seeds so access rules can be tried on them. */
export const staff = {
  caseManagers: roster('cm', 'Case Manager', 14),
  physicians: roster('md', 'Attending Physician', 10),
  nurses: roster('rn', 'Staff Nurse', 16),
  socialWorkers: roster('sw', 'Social Worker', 6),
  pharmacists: roster('ph', 'Clinical Pharmacist', 5),
  therapists: roster('pt', 'Physical Therapist', 4),
} as const;

const givenFemale = [
  'Ada',
  'Bea',
  'Cora',
  'Dina',
  'Edie',
  'Fern',
  'Gail',
  'Hana',
  'Iris',
  'June',
  'Kira',
  'Lena',
  'Mae',
  'Nora',
  'Opal',
  'Rita',
];
const givenMale = [
  'Abe',
  'Ben',
  'Cal',
  'Dov',
  'Eli',
  'Finn',
  'Gus',
  'Hal',
  'Ike',
  'Jon',
  'Kai',
  'Leo',
  'Max',
  'Ned',
  'Otto',
  'Ray',
];
const givenOther = ['Alex', 'Sam', 'Robin', 'Quinn', 'Jordan', 'Casey'];

/** A patient's identity: visibly synthetic (family name "Testpatient-…", MRN "SYN-…", 555-01xx phone, example.org mail). */
export interface SyntheticIdentity {
  readonly mrn: string;
  readonly name: { readonly given: string; readonly family: string };
  readonly birthDate: string;
  readonly sex: 'male' | 'female' | 'other' | 'unknown';
  readonly phone: string;
  readonly email: string;
  readonly ageAtStart: number;
}

export function syntheticIdentity(
  random: Random,
  seed: number,
  patientIndex: number,
  start: Date,
): SyntheticIdentity {
  const number = String(patientIndex).padStart(5, '0');
  const sex = random.choose({ female: 50, male: 48, other: 1, unknown: 1 });
  const given = random.pick(
    sex === 'female' ? givenFemale : sex === 'male' ? givenMale : givenOther,
  );
  // Case-management cohorts skew old: most patients are over 60.
  const age = random.normalInt(68, 14, 19, 98);
  const birth = new Date(
    Date.UTC(start.getUTCFullYear() - age, random.int(0, 11), random.int(1, 28)),
  );
  return {
    mrn: `SYN-${seed}-${number}`,
    name: { given, family: `Testpatient-${number}` },
    birthDate: birth.toISOString().slice(0, 10),
    sex,
    // 555-0100 to 555-0199 is the range reserved for fiction.
    phone: `+1-202-555-01${String(random.int(0, 99)).padStart(2, '0')}`,
    email: `testpatient-${seed}-${number}@example.org`,
    ageAtStart: age,
  };
}
