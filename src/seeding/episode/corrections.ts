import { eventOf, type JourneyPart } from '../journey-writer.js';
import { reason } from './actors.js';
import { contact } from './contacts.js';
import type { EpisodeState } from './episode-state.js';

/** Corrects the channel of the last contact, charted wrongly. */
export function* correctLastContact(ep: EpisodeState): JourneyPart {
  if (ep.lastContactEventId === undefined) return;
  ep.w.wait(60, 240);
  yield ep.w.command(
    {
      type: 'CorrectEntry',
      caseId: ep.caseId,
      targetEventId: ep.lastContactEventId,
      correctedData: { channel: 'video' },
      reason: reason('The contact was by video, not as first charted', 'documentation-error'),
    },
    ep.cm,
  );
}

/** A contact charted twice, the copy marked in error. */
export function* duplicateAndMarkInError(ep: EpisodeState): JourneyPart {
  const { w } = ep;
  yield* contact(
    ep,
    'physician',
    'message',
    true,
    'coordination',
    'Sent the attending the updated discharge checklist',
  );
  const duplicate = ep.lastContactEventId!;
  yield* contact(
    ep,
    'physician',
    'message',
    true,
    'coordination',
    'Sent the attending the updated discharge checklist',
  );
  const copy = ep.lastContactEventId!;
  w.wait(30, 180);
  yield w.command(
    {
      type: 'MarkEntryInError',
      caseId: ep.caseId,
      targetEventId: copy,
      reason: reason('Duplicate entry: the same contact was charted twice', 'duplicate'),
    },
    ep.cm,
  );
  // Later corrections must target the entry that stands, not the one now in error.
  ep.lastContactEventId = duplicate;
}

/** An audit after closure corrects the summary of the last contact. */
export function* correctAfterClosure(ep: EpisodeState): JourneyPart {
  if (ep.input.rare.correctionAfterClosure && ep.lastContactEventId !== undefined) {
    ep.w.wait(24 * 60, 5 * 24 * 60);
    yield ep.w.command(
      {
        type: 'CorrectEntry',
        caseId: ep.caseId,
        targetEventId: ep.lastContactEventId,
        correctedData: {
          summary:
            'Post-discharge call: spoke with the patient and the daughter; appointments confirmed',
        },
        reason: reason(
          'Audit found the summary left out that the daughter joined the call',
          'documentation-error',
        ),
      },
      ep.cm,
    );
  }
}

/**
 * After closure the patient asks to amend the last contact (HIPAA right to amend): the deadline is
 * extended once, an audit corrects the summary and the request is accepted with it. A second
 * request about the same call is denied as accurate and complete; the patient files a statement of
 * disagreement and the case manager a rebuttal.
 */
export function* amendAfterClosure(ep: EpisodeState): JourneyPart {
  const target = ep.lastContactEventId;
  if (!ep.input.rare.amendment || target === undefined) return;
  const { w, caseId, cm } = ep;
  const request = (requestedChange: string, justification: string) =>
    w.command(
      {
        type: 'RequestAmendment',
        caseId,
        targetEventIds: [target],
        requestedChange,
        justification,
        receivedAt: new Date(w.now).toISOString(),
        requestedBy: { kind: 'patient' },
      },
      cm,
    );
  w.wait(24 * 60, 5 * 24 * 60);
  const requested = yield request(
    'Add that my daughter joined the post-discharge call',
    'She was on the call and heard the plan',
  );
  const amendmentId = eventOf(requested, 'AmendmentRequested').data.amendmentId;
  w.wait(24 * 60, 3 * 24 * 60);
  yield w.command(
    {
      type: 'ExtendAmendmentDeadline',
      caseId,
      amendmentId,
      extensionDays: 14,
      reason: reason('The call recording is held by the telephony vendor', 'records-offsite'),
    },
    cm,
  );
  w.wait(24 * 60, 5 * 24 * 60);
  const corrected = yield w.command(
    {
      type: 'CorrectEntry',
      caseId,
      targetEventId: target,
      correctedData: {
        summary: 'Post-discharge call: spoke with the patient and the daughter',
      },
      reason: reason('Amended at the patient’s request: the daughter joined the call', 'amendment'),
    },
    cm,
  );
  yield w.command(
    {
      type: 'AcceptAmendment',
      caseId,
      amendmentId,
      correctionEventIds: [eventOf(corrected, 'EntryCorrected').id],
    },
    cm,
  );
  w.wait(24 * 60, 3 * 24 * 60);
  const disputed = eventOf(
    yield request('Remove that the medications were picked up', 'I picked them up a day later'),
    'AmendmentRequested',
  ).data.amendmentId;
  w.wait(24 * 60, 5 * 24 * 60);
  yield w.command(
    {
      type: 'DenyAmendment',
      caseId,
      amendmentId: disputed,
      basis: 'accurate-and-complete',
      explanation: 'The pharmacy confirmed the pick-up on the day of the call',
    },
    cm,
  );
  w.wait(24 * 60, 5 * 24 * 60);
  yield w.command(
    {
      type: 'FileDisagreementStatement',
      caseId,
      amendmentId: disputed,
      statement: 'I still say I picked them up the next day',
      filedBy: { kind: 'patient' },
    },
    cm,
  );
  w.wait(60, 24 * 60);
  yield w.command(
    {
      type: 'RecordAmendmentRebuttal',
      caseId,
      amendmentId: disputed,
      rebuttal: 'The pharmacy record shows the pick-up time; it is kept with the statement',
    },
    cm,
  );
}
