/**
 * The second, independent path to the outcome measures: a naive fold over the raw events, with no
 * read model and none of the measure engine's code. Each measure is written out again from its
 * definition in docs/measures.md; scripts/outcomes-compare.ts and the agreement test compare the two.
 */

/** What the fold needs of a recorded event. */
export interface RawEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: number;
  readonly occurredAt: string;
  readonly data: unknown;
}

type Data = Record<string, unknown>;

interface Entry {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly at: string;
  data: Data;
}

interface FoldedCase {
  readonly caseId: string;
  readonly entries: Entry[];
}

/** A naive figure: the counts and values the engine's figure must match. */
export interface NaiveFigure {
  units: number;
  numerator: number;
  denominator: number;
  values: number[];
  excluded: Record<string, number>;
}

const iso = (value: unknown) => new Date(String(value)).toISOString();
const hours = (from: string, to: string) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;
const str = (value: unknown) => (typeof value === 'string' ? value : null);

/** Folds every case stream: entries as corrected, those marked in error dropped. */
export async function foldCases(
  events: AsyncIterable<RawEvent> | Iterable<RawEvent>,
): Promise<Map<string, FoldedCase>> {
  const cases = new Map<string, FoldedCase>();
  const byId = new Map<string, { owner: FoldedCase; entry: Entry }>();
  for await (const event of events) {
    if (!event.streamId.startsWith('case-')) continue;
    const caseId = event.streamId.slice('case-'.length);
    let folded = cases.get(caseId);
    if (!folded) cases.set(caseId, (folded = { caseId, entries: [] }));
    const data = event.data as Data;
    if (event.type === 'EntryCorrected' || event.type === 'EntryMarkedInError') {
      const target = byId.get(String(data['targetEventId']));
      if (!target || target.owner !== folded) continue;
      if (event.type === 'EntryMarkedInError') {
        target.owner.entries.splice(target.owner.entries.indexOf(target.entry), 1);
        byId.delete(target.entry.id);
      } else target.entry.data = { ...target.entry.data, ...(data['correctedData'] as Data) };
      continue;
    }
    const entry: Entry = {
      id: event.id,
      type: event.type,
      revision: event.revision,
      at: iso(event.occurredAt),
      data,
    };
    folded.entries.push(entry);
    byId.set(event.id, { owner: folded, entry });
  }
  for (const folded of cases.values())
    folded.entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.revision - b.revision));
  return cases;
}

interface Stay {
  readonly caseId: string;
  readonly patientId: string | null;
  readonly admissionType: string | null;
  readonly admittedAt: string | null;
  readonly dischargedAt: string | null;
  readonly disposition: string | null;
}

function stayOf(folded: FoldedCase): Stay {
  const opened = folded.entries.find((e) => e.type === 'CaseOpened')?.data;
  const discharged = folded.entries.filter((e) => e.type === 'PatientDischarged')[0]?.data;
  return {
    caseId: folded.caseId,
    patientId: str(opened?.['patientId']),
    admissionType: str(opened?.['admissionType']),
    admittedAt: opened?.['admittedAt'] ? iso(opened['admittedAt']) : null,
    dischargedAt: discharged?.['dischargedAt'] ? iso(discharged['dischargedAt']) : null,
    disposition: str(discharged?.['disposition']),
  };
}

/** For each case, the case that readmits it: the earliest unplanned admission whose latest prior discharge within 30 days is this one. */
function readmissions(stays: readonly Stay[]): Map<string, string> {
  const byPatient = new Map<string, Stay[]>();
  for (const stay of stays) {
    if (stay.patientId === null) continue;
    byPatient.set(stay.patientId, [...(byPatient.get(stay.patientId) ?? []), stay]);
  }
  const readmittedBy = new Map<string, string>();
  for (const own of byPatient.values()) {
    const ordered = [...own].sort((a, b) =>
      (a.admittedAt ?? '') === (b.admittedAt ?? '')
        ? a.caseId < b.caseId
          ? -1
          : 1
        : (a.admittedAt ?? '') < (b.admittedAt ?? '')
          ? -1
          : 1,
    );
    for (const stay of ordered) {
      if (stay.admissionType !== 'unplanned' && stay.admissionType !== 'emergency') continue;
      if (stay.admittedAt === null) continue;
      let index: Stay | undefined;
      for (const other of ordered) {
        if (other.caseId === stay.caseId || other.dischargedAt === null) continue;
        const gap = hours(other.dischargedAt, stay.admittedAt);
        if (gap < 0 || gap > 30 * 24) continue;
        if (
          !index ||
          other.dischargedAt > (index.dischargedAt ?? '') ||
          (other.dischargedAt === index.dischargedAt && other.caseId < index.caseId)
        )
          index = other;
      }
      if (index && !readmittedBy.has(index.caseId)) readmittedBy.set(index.caseId, stay.caseId);
    }
  }
  return readmittedBy;
}

/** Every measure of the catalogue, by `id@version`, over the units anchored in [from, to). */
export function naiveMeasures(
  cases: ReadonlyMap<string, FoldedCase>,
  period: { from: string; to: string },
): Map<string, NaiveFigure> {
  const from = `${period.from}T00:00:00.000Z`;
  const to = `${period.to}T00:00:00.000Z`;
  const figures = new Map<string, NaiveFigure>();
  const add = (
    key: string,
    anchor: string,
    excludedBy: string | null,
    numerator: number,
    denominator: number,
    value: number | null,
  ) => {
    let f = figures.get(key);
    if (!f)
      figures.set(key, (f = { units: 0, numerator: 0, denominator: 0, values: [], excluded: {} }));
    if (anchor < from || anchor >= to) return;
    if (excludedBy !== null) {
      f.excluded[excludedBy] = (f.excluded[excludedBy] ?? 0) + 1;
      return;
    }
    f.units += 1;
    f.numerator += numerator;
    f.denominator += denominator;
    if (value !== null) f.values.push(value);
  };
  const stays = [...cases.values()].map(stayOf);
  const readmittedBy = readmissions(stays);
  const stayById = new Map(stays.map((s) => [s.caseId, s]));

  for (const folded of cases.values()) {
    const stay = stayById.get(folded.caseId);
    if (!stay) continue;
    const of = (type: string) => folded.entries.filter((e) => e.type === type);
    const los =
      stay.admittedAt && stay.dischargedAt ? hours(stay.admittedAt, stay.dischargedAt) / 24 : null;

    if (stay.dischargedAt !== null) {
      const d = stay.dischargedAt;
      const disp = stay.disposition;
      const v1Excluded =
        disp === 'exp' ? 'death' : disp === 'hosp' || disp === 'other-hcf' ? 'transfer' : null;
      const readmitted = readmittedBy.has(folded.caseId) ? 1 : 0;
      add('readmission-30d@1', d, v1Excluded, readmitted, 1, null);
      add(
        'readmission-30d@2',
        d,
        v1Excluded ?? (disp === 'aadvice' ? 'against medical advice' : null),
        readmitted,
        1,
        null,
      );
      add('length-of-stay@1', d, null, 0, 1, los);
      const dates = new Set(of('AvoidableDayRecorded').map((e) => String(e.data['date'])));
      add('avoidable-days@1', d, null, dates.size, los ?? 0, null);
      add('care-plan-revisions@1', d, null, of('CarePlanRevised').length, 1, null);
      add(
        'discharge-before-noon@1',
        d,
        disp === 'exp' ? 'death' : null,
        new Date(d).getUTCHours() < 12 ? 1 : 0,
        1,
        los,
      );
      const after = v1Excluded
        ? undefined
        : of('ContactLogged').find((e) => e.data['reached'] === true && e.at >= d);
      const afterHours = after ? hours(d, after.at) : null;
      add(
        'first-contact-after-discharge@1',
        d,
        v1Excluded,
        afterHours !== null && afterHours <= 72 ? 1 : 0,
        1,
        afterHours,
      );
    }
    if (stay.admittedAt !== null) {
      const a = stay.admittedAt;
      const first = of('ContactLogged').find((e) => e.data['reached'] === true && e.at >= a);
      const h = first ? hours(a, first.at) : null;
      add('first-contact-after-opening@1', a, null, h !== null && h <= 48 ? 1 : 0, 1, h);
    }

    const progress = of('GoalProgressRecorded');
    const statusChanges = of('GoalStatusChanged');
    for (const goal of of('GoalSet')) {
      const goalId = goal.data['goalId'];
      const target = goal.data['target'] as Data | undefined;
      const due = str(target?.['dueDate']);
      const own = progress.filter((p) => p.data['goalId'] === goalId);
      const lastStatus = statusChanges.filter((s) => s.data['goalId'] === goalId).at(-1);
      const excluded =
        due === null
          ? 'no due date'
          : lastStatus?.data['to'] === 'cancelled'
            ? 'cancelled'
            : own.at(-1)?.data['achievementStatus'] === 'not-attainable'
              ? 'not attainable'
              : null;
      const met = own.some(
        (p) =>
          (p.data['achievementStatus'] === 'achieved' ||
            p.data['achievementStatus'] === 'sustaining') &&
          due !== null &&
          p.at.slice(0, 10) <= due,
      );
      add(
        'goal-attainment@1',
        due === null ? goal.at : `${due}T00:00:00.000Z`,
        excluded,
        met ? 1 : 0,
        1,
        null,
      );
    }

    const revisions = of('CarePlanRevised');
    const lastTotal = new Map<string, number>();
    for (const entry of folded.entries) {
      let worsened = false;
      if (entry.type === 'GoalProgressRecorded' && entry.data['achievementStatus'] === 'worsening')
        worsened = true;
      if (entry.type === 'AssessmentRecorded') {
        const code = str((entry.data['instrument'] as Data | undefined)?.['code']);
        const total = entry.data['total'];
        if (
          code &&
          typeof total === 'number' &&
          ['PHQ-9', 'GAD-7', 'LACE', 'Barthel'].includes(code)
        ) {
          const before = lastTotal.get(code);
          if (before !== undefined) worsened = code === 'Barthel' ? total < before : total > before;
          lastTotal.set(code, total);
        }
      }
      if (!worsened) continue;
      const next = revisions.find((r) => r.at > entry.at);
      const h = next ? hours(entry.at, next.at) : null;
      add('revision-latency@1', entry.at, null, h !== null && h <= 168 ? 1 : 0, 1, h);
    }

    const acceptances = of('HandoffAccepted');
    for (const handoff of of('HandoffInitiated')) {
      const accepted = acceptances.find((a) => a.data['handoffId'] === handoff.data['handoffId']);
      const ipass = handoff.data['ipass'] as Data | undefined;
      const actions = ipass?.['actionList'];
      const complete =
        Array.isArray(actions) &&
        actions.length > 0 &&
        typeof accepted?.data['synthesis'] === 'string' &&
        accepted.data['synthesis'].trim() !== '';
      add('handoff-completeness@1', handoff.at, null, complete ? 1 : 0, 1, null);
      if (accepted)
        add(
          'handoff-acceptance-time@1',
          handoff.at,
          null,
          0,
          1,
          hours(handoff.at, accepted.at) * 60,
        );
    }

    const reviews = of('UtilizationReviewPerformed');
    reviews.forEach((review, i) => {
      if (review.data['kind'] !== 'continued-stay') return;
      const due = i > 0 ? str(reviews[i - 1]?.data['nextReviewDue']) : null;
      add(
        'review-timeliness@1',
        review.at,
        due === null ? 'no due date set' : null,
        due !== null && review.at.slice(0, 10) <= due ? 1 : 0,
        1,
        null,
      );
    });
    const determinations = of('PayerDeterminationRecorded');
    determinations.forEach((det, i) => {
      const decision = det.data['decision'];
      add(
        'payer-denial-rate@1',
        det.at,
        decision === 'pending' ? 'pending' : null,
        decision === 'denied' ? 1 : 0,
        1,
        null,
      );
      if (decision === 'denied') {
        const overturned = determinations
          .slice(i + 1)
          .some(
            (later) =>
              later.data['payer'] === det.data['payer'] &&
              (later.data['decision'] === 'approved' || later.data['decision'] === 'partial'),
          );
        add('payer-overturn-rate@1', det.at, null, overturned ? 1 : 0, 1, null);
      }
      if (decision !== 'pending') {
        const review = reviews.find(
          (r) => det.data['reviewId'] !== undefined && r.data['reviewId'] === det.data['reviewId'],
        );
        add(
          'decision-turnaround@1',
          det.at,
          review ? null : 'no review named',
          0,
          1,
          review ? hours(review.at, det.at) : null,
        );
      }
    });

    const phq = folded.entries.filter(
      (e) =>
        e.type === 'AssessmentRecorded' &&
        (e.data['instrument'] as Data | undefined)?.['code'] === 'PHQ-9' &&
        typeof e.data['total'] === 'number',
    );
    const firstPhq = phq[0];
    const lastPhq = phq.at(-1);
    if (firstPhq && lastPhq) {
      const f = firstPhq.data['total'] as number;
      const l = lastPhq.data['total'] as number;
      const excluded = f < 10 ? 'baseline below 10' : phq.length < 2 ? 'no follow-up PHQ-9' : null;
      add('phq9-response@1', lastPhq.at, excluded, l <= f / 2 ? 1 : 0, 1, null);
      add('phq9-remission@1', lastPhq.at, excluded, l < 5 ? 1 : 0, 1, null);
    }
  }
  return figures;
}

/** Where the engine's figures and the naive fold's disagree (empty when they agree). */
export function disagreements(
  engine: readonly {
    readonly measureId: string;
    readonly version: number;
    readonly units: number;
    readonly numerator: number;
    readonly denominator: number;
    readonly distribution: {
      readonly n: number;
      readonly median: number;
      readonly p90: number;
    } | null;
    readonly excluded: readonly { readonly reason: string; readonly count: number }[];
  }[],
  naive: ReadonlyMap<string, NaiveFigure>,
): string[] {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const found: string[] = [];
  for (const figure of engine) {
    const key = `${figure.measureId}@${figure.version}`;
    const other = naive.get(key) ?? {
      units: 0,
      numerator: 0,
      denominator: 0,
      values: [],
      excluded: {},
    };
    const sorted = [...other.values].sort((a, b) => a - b);
    const n = sorted.length;
    const median =
      n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    const p90 = n === 0 ? 0 : sorted[Math.max(0, Math.ceil(0.9 * n) - 1)]!;
    const excluded = Object.fromEntries(figure.excluded.map((e) => [e.reason, e.count]));
    const checks: [string, number, number][] = [
      ['units', figure.units, other.units],
      ['numerator', figure.numerator, other.numerator],
      ['denominator', figure.denominator, other.denominator],
      ['values', figure.distribution?.n ?? 0, n],
      ['median', figure.distribution?.median ?? 0, median],
      ['p90', figure.distribution?.p90 ?? 0, p90],
    ];
    for (const reason of new Set([...Object.keys(excluded), ...Object.keys(other.excluded)]))
      checks.push([`excluded ${reason}`, excluded[reason] ?? 0, other.excluded[reason] ?? 0]);
    for (const [what, a, b] of checks)
      if (!close(a, b)) found.push(`${key} ${what}: engine ${a}, fold ${b}`);
  }
  return found;
}
