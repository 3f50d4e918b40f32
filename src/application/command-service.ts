import { caseDecider } from '../domain/case/case-decider.js';
import {
  isPatientCommand,
  parseCommand,
  type CaretrailCommand,
  type CaseCommand,
  type PatientCommand,
} from '../domain/commands/index.js';
import { NotFoundError } from '../domain/errors.js';
import { eventCatalogue, type CaseEvent, type PatientEvent } from '../domain/events/catalogue.js';
import type { CaseState } from '../domain/case/case-state.js';
import { patientDecider } from '../domain/patient/patient-decider.js';
import type { PatientState } from '../domain/patient/patient-state.js';
import type { EventStore } from '../event-store/port.js';
import { CommandHandler, type CommandContext, type CommandOutcome } from './command-handler.js';
import { mayRetryOnConflict } from './conflict-policy.js';
import { streams } from './streams.js';

function schemaVersionOf(type: string): number {
  const entry = (eventCatalogue as Record<string, { schemaVersion: number } | undefined>)[type];
  if (!entry) throw new Error(`no schema for event type ${type}`);
  return entry.schemaVersion;
}

/** The write side's one entry point: validates a command, routes it to its stream's decider. */
export class CommandService {
  private readonly patients: CommandHandler<PatientCommand, PatientEvent, PatientState>;
  private readonly cases: CommandHandler<CaseCommand, CaseEvent, CaseState>;

  constructor(private readonly deps: { store: EventStore; clock: () => Date }) {
    const options = { ...deps, schemaVersionOf, retryOnConflict: mayRetryOnConflict };
    this.patients = new CommandHandler(patientDecider, options);
    this.cases = new CommandHandler(caseDecider, options);
  }

  /** Parses untrusted input (a `ValidationError` names every bad field) and executes it. */
  async execute(input: unknown, context: CommandContext): Promise<CommandOutcome> {
    return this.executeParsed(parseCommand(input), context);
  }

  async executeParsed(command: CaretrailCommand, context: CommandContext): Promise<CommandOutcome> {
    if (isPatientCommand(command)) {
      return this.patients.handle(streams.patient(command.patientId), command, context);
    }
    if (command.type === 'OpenCase') await this.requirePatient(command.patientId);
    return this.cases.handle(streams.case(command.caseId), command, context);
  }

  private async requirePatient(patientId: string): Promise<void> {
    const revision = await this.deps.store.streamRevision(streams.patient(patientId));
    if (revision === null) throw new NotFoundError(`patient ${patientId} is not registered`);
  }
}
