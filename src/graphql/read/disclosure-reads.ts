import type { PayerReportView } from '../../../projections/current-case/case-view-types.js';
import type { CaseRecord } from './case-reads.js';

/** One disclosure: a payer report with the case it was made from. */
export interface DisclosureRecord extends PayerReportView {
  readonly caseId: string;
}

/** How far back an accounting of disclosures goes by default: six years (45 CFR 164.528). */
export const accountingYears = 6;

/** The disclosures made from these cases at or after `since`, newest first. */
export function disclosuresOf(cases: readonly CaseRecord[], since: string): DisclosureRecord[] {
  return cases
    .flatMap((record) =>
      record.view.payerReports.map((report) => ({ ...report, caseId: record.id })),
    )
    .filter((disclosure) => Date.parse(disclosure.occurredAt) >= Date.parse(since))
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
}
