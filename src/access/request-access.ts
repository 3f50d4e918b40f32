import type { CaretrailCommand } from '../domain/commands/index.js';
import { NotFoundError } from '../domain/errors.js';
import { ForbiddenError } from './forbidden-error.js';
import type { Actor } from '../domain/values.js';
import {
  caseReadBasis,
  patientReadBasis,
  readableCasesOfPatient,
  readScopeOf,
  writeRefusal,
  type AccessBasis,
  type AccessFacts,
  type ReadScope,
} from './access-policy.js';

/** A case as access decisions see it: its id and its patient's. */
export interface CaseRef {
  readonly caseId: string;
  readonly patientId: string;
}

/**
 * One request's access decisions: the access policy applied to the caller, with the facts it rests
 * on (memberships, emergency accesses, the time) loaded once per request, when first needed.
 */
export class RequestAccess {
  private facts: Promise<AccessFacts> | undefined;

  constructor(
    readonly actor: Actor,
    private readonly loadFacts: () => Promise<AccessFacts>,
  ) {}

  get scope(): ReadScope {
    return readScopeOf[this.actor.role];
  }

  /** Whether the caller may see any patient data at all (admins may not). */
  get readsPatientData(): boolean {
    return this.scope !== 'none';
  }

  private currentFacts(): Promise<AccessFacts> {
    this.facts ??= this.loadFacts();
    return this.facts;
  }

  /** How the caller reaches this case now, or null: then it must look as if it did not exist. */
  async caseBasis(target: CaseRef): Promise<AccessBasis | null> {
    if (!this.readsPatientData) return null;
    return caseReadBasis(this.actor, await this.currentFacts(), target);
  }

  /** How the caller reaches this patient's record now, or null. */
  async patientBasis(patientId: string): Promise<AccessBasis | null> {
    if (!this.readsPatientData) return null;
    return patientReadBasis(this.actor, await this.currentFacts(), patientId);
  }

  /**
   * Which of a patient's cases the caller may read: all of them, or only these ids (a care-team
   * member sees the cases of teams they are on; patient-level entries come with the patient), or
   * null when the caller may not read the patient at all.
   */
  async casesOfPatient(patientId: string): Promise<'all' | readonly string[] | null> {
    if (!this.readsPatientData) return null;
    return readableCasesOfPatient(this.actor, await this.currentFacts(), patientId);
  }

  /** The cases on whose teams the caller is now: their caseload. */
  async currentCaseIds(): Promise<readonly string[]> {
    if (this.scope !== 'care-team') return [];
    const facts = await this.currentFacts();
    return [...new Set(facts.memberships.map((m) => m.caseId))];
  }

  /**
   * Refuses a command the caller may not record: FORBIDDEN for a kind their role does not record,
   * and NOT_FOUND, worded as for a missing case or patient, where they may not see the target.
   */
  async assertMayRecord(command: CaretrailCommand): Promise<void> {
    const refusal = writeRefusal(this.actor, await this.currentFacts(), command);
    if (refusal === 'forbidden')
      throw new ForbiddenError(`the ${this.actor.role} role does not record ${command.type}`);
    if (refusal === 'hidden')
      throw new NotFoundError('caseId' in command ? 'case not found' : 'patient not found');
  }
}
