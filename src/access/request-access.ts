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

/** What one request reached of one patient's data, or was refused: the access audit writes it. */
export interface PatientAccess {
  /** Cases reached, by the basis they were reached on; null collects patient-level reads. */
  readonly granted: Map<AccessBasis, Set<string | null>>;
  /** Cases (or, null, the patient's own record) the caller was refused. */
  readonly denied: Set<string | null>;
}

/**
 * One request's access decisions: the access policy applied to the caller, with the facts it rests
 * on (memberships, emergency accesses, the time) loaded once per request, when first needed.
 * Every decision about an existing record is noted, per patient, for the access audit.
 */
export class RequestAccess {
  private facts: Promise<AccessFacts> | undefined;
  private readonly decisions = new Map<string, PatientAccess>();

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

  /**
   * The facts decisions rest on. Only care-team roles need them: roles that read everything or
   * nothing are decided by role alone, without reading memberships or waiting for them.
   */
  private currentFacts(): Promise<AccessFacts> {
    this.facts ??=
      this.scope === 'care-team'
        ? this.loadFacts()
        : Promise.resolve({ memberships: [], handoffOffers: [], emergencyAccesses: [], now: '' });
    return this.facts;
  }

  /** The decisions this request made, by patient, so far. */
  get journal(): ReadonlyMap<string, PatientAccess> {
    return this.decisions;
  }

  /** The reason of the emergency access the caller holds for this patient now, if any. */
  async emergencyReason(patientId: string) {
    const facts = await this.currentFacts();
    return facts.emergencyAccesses.find(
      (access) =>
        access.patientId === patientId &&
        access.grantedAt <= facts.now &&
        facts.now < access.expiresAt,
    )?.reason;
  }

  private note(patientId: string, caseId: string | null, basis: AccessBasis | null): void {
    if (patientId === '') return;
    let access = this.decisions.get(patientId);
    if (!access) {
      access = { granted: new Map(), denied: new Set() };
      this.decisions.set(patientId, access);
    }
    if (basis === null) {
      access.denied.add(caseId);
      return;
    }
    let reached = access.granted.get(basis);
    if (!reached) access.granted.set(basis, (reached = new Set()));
    reached.add(caseId);
  }

  /** How the caller reaches this case now, or null: then it must look as if it did not exist. */
  async caseBasis(target: CaseRef): Promise<AccessBasis | null> {
    const basis = this.readsPatientData
      ? caseReadBasis(this.actor, await this.currentFacts(), target)
      : null;
    this.note(target.patientId, target.caseId, basis);
    return basis;
  }

  /** How the caller reaches this patient's record now, or null. */
  async patientBasis(patientId: string): Promise<AccessBasis | null> {
    const basis = this.readsPatientData
      ? patientReadBasis(this.actor, await this.currentFacts(), patientId)
      : null;
    this.note(patientId, null, basis);
    return basis;
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
   * Asks for (and so notes, for the access audit) the caller's access to each record these rows
   * came from: for reads that reach patient data without the loaders, such as the audit trail.
   */
  async readsOf(
    records: readonly { readonly patientId: string; readonly caseId: string | null }[],
  ): Promise<void> {
    const distinct = new Map(records.map((r) => [`${r.patientId}/${r.caseId ?? ''}`, r]));
    for (const { patientId, caseId } of distinct.values())
      if (caseId === null) await this.patientBasis(patientId);
      else await this.caseBasis({ patientId, caseId });
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
