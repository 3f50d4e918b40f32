import type { Pseudonyms } from '../access/pseudonyms.js';
import type { CareResourceType, CasePseudonyms } from './care-resources.js';

/**
 * The pseudonyms a case is exported under; null for a case whose ids are not uuids (never shown).
 * The resource id is the case pseudonym's block in hex (`cs-<32 hex>`), which FHIR ids allow.
 */
export function casePseudonymsOf(
  pseudonyms: Pseudonyms,
  caseId: string,
  patientId: string,
): CasePseudonyms | null {
  const patient = pseudonyms.of('patient', patientId);
  const casePseudonym = pseudonyms.of('case', caseId);
  if (patient === null || casePseudonym === null) return null;
  const block = Buffer.from(casePseudonym.slice('cs_'.length), 'base64url').toString('hex');
  return { patient, case: casePseudonym, caseResourceId: `cs-${block}` };
}

/** One output file of a bulk export, as the completion manifest lists it. */
export interface BulkOutput {
  readonly type: CareResourceType;
  readonly url: string;
  readonly count: number;
}

/**
 * The FHIR Bulk Data `$export` completion manifest: when the data was read (transactionTime), what
 * was asked (request), and one entry per file with its resource type and count.
 */
export function bulkManifest(transactionTime: string, request: string, output: BulkOutput[]) {
  return { transactionTime, request, requiresAccessToken: false, output, error: [] };
}
