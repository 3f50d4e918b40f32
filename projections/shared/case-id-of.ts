const casePrefix = 'case-';

/** The case id of an event of a `case-<uuid>` stream (the same id CaseOpened carries). */
export function caseIdOf(streamId: string): string {
  if (!streamId.startsWith(casePrefix)) throw new Error(`not a case stream: ${streamId}`);
  return streamId.slice(casePrefix.length);
}
