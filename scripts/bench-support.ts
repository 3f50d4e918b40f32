import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import type { CommandService } from '../src/application/command-service.js';
import { openMinimalCase } from '../src/seeding/minimal-case.js';

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, minimum and maximum of a run's figures. */
export function spread(values: readonly number[]): { median: number; min: number; max: number } {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** A positive whole number from a command-line flag, or exit 2 with a message naming the flag. */
export function parseCount(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error(`${flag} takes a positive whole number, not '${value}'`);
    process.exit(2);
  }
  return n;
}

/** The machine a table was measured on, for its caption. */
export function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
}

/** The synthetic case manager every benchmark writes as. */
export const benchActor = { userId: 'synthetic-bench-cm', role: 'case_manager' } as const;

export const benchContactSummary =
  'Synthetic benchmark contact: discussed follow-up appointment and transport.';

/** The benchmarks' workload: one LogContact command, recording one event on the case. */
export function logContact(
  caseId: string,
  fields: { readonly reached?: boolean; readonly summary?: string } = {},
) {
  return {
    type: 'LogContact',
    caseId,
    party: 'patient',
    channel: 'phone',
    reached: fields.reached ?? true,
    purpose: 'follow-up',
    summary: fields.summary ?? benchContactSummary,
  } as const;
}

/** Opens `count` synthetic cases through the command path, one after another; their ids. */
export async function openBenchCases(
  service: CommandService,
  count: number,
  label: string,
): Promise<string[]> {
  const caseIds: string[] = [];
  for (let c = 0; c < count; c += 1) {
    const caseId = randomUUID();
    const ids = { patientId: randomUUID(), caseId, label: `${label}-${c}` };
    await openMinimalCase(service, { actor: benchActor }, ids);
    caseIds.push(caseId);
  }
  return caseIds;
}
