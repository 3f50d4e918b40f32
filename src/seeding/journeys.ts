import { asCaseManager, CaseEpisode, type EpisodeResult } from './case-episode.js';
import { payers, programs, type ProgramCode } from './clinical-content.js';
import { seedIds } from './ids.js';
import {
  DAY,
  HOUR,
  MINUTE,
  dayStart,
  eventOf,
  isoDate,
  JourneyWriter,
  type JourneyPart,
} from './journey-writer.js';
import { inShare, Random } from './random.js';
import { staff, syntheticIdentity } from './synthetic-people.js';

export type { JourneyPart, SeedStep } from './journey-writer.js';

/** Share of charting-type commands (contacts, education, assessments, progress) entered late. */
export const DEFAULT_LATE_ENTRY_RATE = 0.13;

export interface JourneyOptions {
  readonly seed: number;
  readonly patientIndex: number;
  /** The first admission falls in [notBefore, notBefore + slotMs + 1 day): slots keep journeys in start order. */
  readonly notBefore: number;
  readonly slotMs: number;
  readonly lateEntryRate?: number;
}

type AdmissionType = 'planned' | 'unplanned' | 'emergency';

/** Shares of patients whose first case takes a rare turn; keys keep each feature's places independent. */
const rareShares = {
  icu: [1, 0.07],
  duplicateEntry: [2, 0.05],
  correction: [3, 0.07],
  correctionAfterClosure: [4, 0.03],
  detailsUpdated: [5, 0.1],
  consentRevoked: [6, 0.05],
  amendment: [7, 0.05],
} as const;

/** Readmission within 30 days follows the LACE risk at discharge, as the index was built to predict. */
function readmissionChance(laceAtDischarge: number): number {
  if (laceAtDischarge >= 14) return 0.26;
  if (laceAtDischarge >= 10) return 0.15;
  if (laceAtDischarge >= 5) return 0.06;
  return 0.03;
}

function admissionTypeFor(random: Random, program: ProgramCode): AdmissionType {
  const emergency = program === 'behavioral-health' ? 45 : program === 'heart-failure' ? 40 : 28;
  return random.choose({
    planned: program === 'complex-care' ? 30 : 20,
    unplanned: 50,
    emergency: emergency,
  });
}

/** An admission hour that fits its type: planned ones in the early morning, emergencies around the clock. */
function admissionTime(
  random: Random,
  notBefore: number,
  slotMs: number,
  type: AdmissionType,
): number {
  const day = dayStart(notBefore + Math.floor(random.float() * slotMs));
  const minuteOfDay =
    type === 'planned'
      ? random.int(6 * 60, 9 * 60)
      : type === 'unplanned'
        ? random.int(9 * 60, 21 * 60)
        : random.int(0, 24 * 60 - 1);
  const at = day + minuteOfDay * MINUTE;
  return at < notBefore ? at + DAY : at;
}

/** The case manager's intake: within hours of admission, during the working day (08:00–19:00). */
function intakeTime(random: Random, admittedAt: number): number {
  const at = admittedAt + random.int(30, 240) * MINUTE;
  const hour = (at - dayStart(at)) / HOUR;
  if (hour < 8) return dayStart(at) + random.int(8 * 60, 9 * 60 + 30) * MINUTE;
  if (hour >= 19) return dayStart(at) + DAY + random.int(8 * 60, 9 * 60 + 30) * MINUTE;
  return at;
}

/**
 * One synthetic patient's journey: registration and consent, a case from referral to closure and,
 * for some, a readmission within 30 days. A seed and an index in, the same commands out.
 */
export function* patientJourney(options: JourneyOptions): JourneyPart {
  const { seed, patientIndex } = options;
  const random = new Random(seed, patientIndex);
  const identity = syntheticIdentity(random, seed, patientIndex, new Date(options.notBefore));
  const programCode = random.choose({
    'transitions-of-care': 35,
    'complex-care': 25,
    'heart-failure': 20,
    'behavioral-health': 20,
  });
  const admissionType = admissionTypeFor(random, programCode);
  const admittedAt = admissionTime(random, options.notBefore, options.slotMs, admissionType);
  const w = new JourneyWriter(
    random,
    seed,
    patientIndex,
    intakeTime(random, admittedAt),
    options.lateEntryRate ?? DEFAULT_LATE_ENTRY_RATE,
  );
  const patientId = seedIds.patient(seed, patientIndex);
  const primary = random.pick(staff.caseManagers);
  const payer = random.pick(payers);
  const familyCaregiverId = `syn-family-${seed}-${patientIndex}`;
  const intake = asCaseManager(primary);
  const rare = (feature: keyof typeof rareShares): boolean =>
    inShare(seed, rareShares[feature][0], patientIndex, rareShares[feature][1]);
  const revokesConsent = rare('consentRevoked');

  yield w.command(
    {
      type: 'RegisterPatient',
      patientId,
      mrn: identity.mrn,
      name: identity.name,
      birthDate: identity.birthDate,
      sex: identity.sex,
      contact: { phone: identity.phone, email: identity.email },
    },
    intake,
  );
  const today = isoDate(w.now);
  const consentIds: string[] = [];
  yield w.command(
    { type: 'RecordConsent', patientId, scope: 'case-management', period: { start: today } },
    intake,
  );
  if (random.chance(0.85))
    yield w.command(
      {
        type: 'RecordConsent',
        patientId,
        scope: 'payer-disclosure',
        grantedTo: payer,
        period: { start: today },
      },
      intake,
    );
  if (revokesConsent || random.chance(0.6)) {
    const outcome = yield w.command(
      {
        type: 'RecordConsent',
        patientId,
        scope: 'information-sharing',
        grantedTo: 'Family caregiver',
        period: { start: today, end: isoDate(w.now + 365 * DAY) },
      },
      intake,
    );
    consentIds.push(eventOf(outcome, 'ConsentRecorded').data.consentId);
  }

  const program = programs[programCode];
  const first: EpisodeResult = yield* new CaseEpisode(w, {
    patientId,
    caseId: seedIds.case(seed, patientIndex, 0),
    identity,
    program,
    admissionType,
    admittedAt,
    primary,
    payer,
    readmission: false,
    familyCaregiverId,
    rare: {
      icu: rare('icu'),
      duplicateEntry: rare('duplicateEntry'),
      correction: rare('correction'),
      correctionAfterClosure: rare('correctionAfterClosure'),
      amendment: rare('amendment'),
    },
  }).run();

  let last = first;
  if (random.chance(readmissionChance(first.laceAtDischarge))) {
    // Readmissions cluster in the first two weeks after discharge.
    const afterDays = 2 + Math.floor(random.float() ** 2 * 26);
    const readmittedAt = Math.max(
      w.now + HOUR,
      dayStart(first.dischargedAt) + afterDays * DAY + random.int(0, 24 * 60 - 1) * MINUTE,
    );
    if (readmittedAt < first.dischargedAt + 30 * DAY) {
      w.jumpTo(intakeTime(random, readmittedAt));
      last = yield* new CaseEpisode(w, {
        patientId,
        caseId: seedIds.case(seed, patientIndex, 1),
        identity,
        program: random.chance(0.8) ? program : programs['transitions-of-care'],
        admissionType: random.chance(0.6) ? 'emergency' : 'unplanned',
        admittedAt: readmittedAt,
        primary: random.chance(0.7) ? first.primary : random.pick(staff.caseManagers),
        payer,
        readmission: true,
        familyCaregiverId,
        rare: {
          icu: random.chance(0.07),
          duplicateEntry: random.chance(0.05),
          correction: random.chance(0.07),
          correctionAfterClosure: random.chance(0.03),
          amendment: false,
        },
      }).run();
    }
  }

  const closer = asCaseManager(last.primary);
  if (rare('detailsUpdated')) {
    w.toDay(last.closedAt, random.int(1, 20), 9, 16);
    yield w.command(
      {
        type: 'UpdatePatientDetails',
        patientId,
        contact: {
          phone: `+1-202-555-01${String(random.int(0, 99)).padStart(2, '0')}`,
          email: identity.email,
        },
      },
      closer,
    );
  }
  const sharing = consentIds[0];
  if (sharing !== undefined && revokesConsent) {
    w.toDay(last.closedAt, random.int(1, 30), 9, 16);
    yield w.command(
      {
        type: 'RevokeConsent',
        patientId,
        consentId: sharing,
        reason: {
          text: 'The patient asked us to stop sharing information with the family',
          code: 'patient-request',
        },
      },
      closer,
    );
  }
}
