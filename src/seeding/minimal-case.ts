import type { CommandContext } from '../application/command-handler.js';
import type { CommandService } from '../application/command-service.js';

/**
 * Registers a synthetic patient and opens a case for them through the real command path: the
 * smallest valid starting point for tests and benchmarks that need an open case.
 */
export async function openMinimalCase(
  service: CommandService,
  context: CommandContext,
  ids: { patientId: string; caseId: string; label: string },
): Promise<void> {
  await service.execute(
    {
      type: 'RegisterPatient',
      patientId: ids.patientId,
      mrn: `SYN-${ids.label}`,
      name: { given: 'Synthetic', family: `Testpatient-${ids.label}` },
      birthDate: '1950-01-01',
      sex: 'unknown',
    },
    context,
  );
  await service.execute(
    {
      type: 'OpenCase',
      caseId: ids.caseId,
      patientId: ids.patientId,
      program: 'transitions-of-care',
      referralSource: { kind: 'hospital' },
      admittedAt: '2026-01-01T08:00:00Z',
      admissionType: 'unplanned',
      primaryCaseManager: { userId: context.actor.userId },
    },
    context,
  );
}
