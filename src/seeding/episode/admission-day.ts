import { ICD10_SYSTEM } from '../clinical-content.js';
import { eventOf, type JourneyPart } from '../journey-writer.js';
import { assign } from './care-team.js';
import { contact, familyContact } from './contacts.js';
import { updateDischargePlan } from './discharge-plan.js';
import type { EpisodeState } from './episode-state.js';
import {
  recordBarthel,
  recordLace,
  recordLikert,
  recordMorse,
  stratify,
} from './recorded-assessments.js';
import { admissionReview } from './utilization-review.js';

/** Day 0: referral and opening, the core team, admission assessments, the first review and the problems. */
export function* admissionDay(ep: EpisodeState): JourneyPart {
  const { w, random, input } = ep;
  const referralSource = input.readmission
    ? { kind: 'emergency-department' as const, detail: 'Returned within 30 days of a discharge' }
    : input.admissionType === 'emergency'
      ? { kind: 'emergency-department' as const }
      : input.admissionType === 'planned'
        ? { kind: 'physician' as const, detail: 'Pre-admission referral from the surgeon' }
        : random.weighted([
            [{ kind: 'hospital' as const, detail: 'Inpatient unit referral' }, 50],
            [{ kind: 'payer' as const, detail: 'Health plan high-risk list' }, 20],
            [{ kind: 'physician' as const }, 20],
            [{ kind: 'family' as const }, 10],
          ] as const);
  yield w.command(
    {
      type: 'OpenCase',
      caseId: ep.caseId,
      patientId: input.patientId,
      program: input.program.code,
      referralSource,
      admittedAt: new Date(input.admittedAt).toISOString(),
      admissionType: input.admissionType,
      primaryCaseManager: { userId: ep.primary.userId, name: ep.primary.name },
    },
    ep.cm,
  );
  ep.team.set(ep.primary.userId, 'case-manager');
  w.lateFloor = w.now;
  yield* assign(ep, ep.physician, 'physician');
  yield* assign(ep, ep.nurse, 'nurse');

  ep.lace = yield* recordLace(ep, ep.losDays, 'LACE at admission, length of stay as expected');
  yield* recordMorse(ep, 0);
  ep.barthel = yield* recordBarthel(ep, 'Admission baseline');
  const moodIds: string[] = [];
  if (ep.screensMood) {
    ep.phq = yield* recordLikert(ep, 'PHQ-9', ep.phqLevel, 'Admission depression screen');
    moodIds.push(ep.phq.assessmentId);
    if (input.program.screensMood || random.chance(0.4))
      moodIds.push(
        (yield* recordLikert(ep, 'GAD-7', ep.gadLevel, 'Admission anxiety screen')).assessmentId,
      );
  }
  yield* stratify(
    ep,
    [ep.lace.assessmentId, ep.barthel.assessmentId, ...moodIds],
    input.readmission ? 'Readmitted within 30 days' : undefined,
  );
  yield* admissionReview(ep);

  const count = random.int(2, Math.min(4, input.program.problems.length));
  const templates = [
    input.program.problems[0]!,
    ...random.sample(input.program.problems.slice(1), count - 1),
  ];
  for (const template of templates) {
    const outcome = yield w.command(
      {
        type: 'IdentifyProblem',
        caseId: ep.caseId,
        description: template.description,
        category: template.category,
        code: template.icd10
          ? { system: ICD10_SYSTEM, code: template.icd10.code, display: template.icd10.display }
          : undefined,
      },
      ep.cm,
    );
    ep.problems.push({
      problemId: eventOf(outcome, 'ProblemIdentified').data.problemId,
      template,
    });
  }
  yield* contact(
    ep,
    'patient',
    'in-person',
    true,
    random.pick(['advice-on-options', 'emotional-support'] as const),
    'Introduced case management, discussed goals for this stay and the options after discharge',
  );
  yield* familyContact(ep, 'Updated the family on the admission and asked about support at home');
  yield* updateDischargePlan(ep, 'initial');
}
