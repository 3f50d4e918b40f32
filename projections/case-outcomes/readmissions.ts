import type { Row } from '../projection.js';

/** What readmissions need of one case of a patient. */
export interface Stay {
  readonly caseId: string;
  readonly admissionType: string | null;
  readonly admittedAt: string | null;
  readonly dischargedAt: string | null;
}

const windowMillis = 30 * 86_400_000;
const unplanned: ReadonlySet<string | null> = new Set(['unplanned', 'emergency']);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The latest discharge of another case of the patient within 30 days before this admission. */
function indexStay(stay: Stay, stays: readonly Stay[]): Stay | undefined {
  if (!unplanned.has(stay.admissionType) || stay.admittedAt === null) return undefined;
  const admitted = Date.parse(stay.admittedAt);
  const earlier = stays.filter((other) => {
    if (other.caseId === stay.caseId || other.dischargedAt === null) return false;
    const gap = admitted - Date.parse(other.dischargedAt);
    return gap >= 0 && gap <= windowMillis;
  });
  return earlier.sort(
    (a, b) => byText(b.dischargedAt ?? '', a.dischargedAt ?? '') || byText(a.caseId, b.caseId),
  )[0];
}

/**
 * The readmission columns of every case of one patient. Cases interleave in the global order and
 * corrections move admissions and discharges, so the patient's cases are recomputed together.
 */
export function readmissionColumns(stays: readonly Stay[]): Map<string, Row> {
  const ordered = [...stays].sort(
    (a, b) => byText(a.admittedAt ?? '', b.admittedAt ?? '') || byText(a.caseId, b.caseId),
  );
  const columns = new Map<string, Record<string, string | number | null>>(
    ordered.map((stay) => [
      stay.caseId,
      {
        is_readmission_30d: 0,
        readmission_of_case_id: null,
        days_since_prior_discharge: null,
        followed_by_readmission_30d: 0,
        readmission_case_id: null,
      },
    ]),
  );
  for (const stay of ordered) {
    const index = indexStay(stay, ordered);
    if (!index || index.dischargedAt === null || stay.admittedAt === null) continue;
    const own = columns.get(stay.caseId);
    const earlier = columns.get(index.caseId);
    if (!own || !earlier) continue;
    own['is_readmission_30d'] = 1;
    own['readmission_of_case_id'] = index.caseId;
    own['days_since_prior_discharge'] =
      (Date.parse(stay.admittedAt) - Date.parse(index.dischargedAt)) / 86_400_000;
    // Stays are in admission order, so the first to claim the earlier case is the earliest readmission.
    if (earlier['readmission_case_id'] === null) {
      earlier['followed_by_readmission_30d'] = 1;
      earlier['readmission_case_id'] = stay.caseId;
    }
  }
  return columns;
}
