/**
 * The few FHIR R4 (4.0.1) data types and resources caretrail exports, typed as far as it uses them.
 * Element names and cardinalities follow the R4 specification; the official JSON schema checks them.
 */

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

export interface Identifier {
  readonly system: string;
  readonly value: string;
}

export interface Reference {
  /** A relative literal reference, `Type/id` or `Type/id/_history/version`. */
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: Identifier;
  readonly display?: string;
}

/** A simple or complex extension: one value, or nested extensions. */
export interface Extension {
  readonly url: string;
  readonly valueString?: string;
  readonly valueId?: string;
  readonly valueCode?: string;
  readonly valueUnsignedInt?: number;
  readonly extension?: readonly Extension[];
}

/** Who took part in an activity: Provenance.agent. */
export interface ProvenanceAgent {
  readonly type?: CodeableConcept;
  readonly role?: readonly CodeableConcept[];
  readonly who: Reference;
  readonly onBehalfOf?: Reference;
}

/** What an activity used or revised: Provenance.entity (role from provenance-entity-role). */
export interface ProvenanceEntity {
  readonly role: 'derivation' | 'revision' | 'quotation' | 'source' | 'removal';
  readonly what: Reference;
}

export interface Provenance {
  readonly resourceType: 'Provenance';
  readonly id: string;
  readonly extension?: readonly Extension[];
  readonly target: readonly Reference[];
  readonly occurredDateTime?: string;
  readonly recorded: string;
  readonly reason?: readonly CodeableConcept[];
  readonly activity?: CodeableConcept;
  readonly agent: readonly ProvenanceAgent[];
  readonly entity?: readonly ProvenanceEntity[];
}

export interface AuditEventAgent {
  readonly type?: CodeableConcept;
  readonly role?: readonly CodeableConcept[];
  readonly who?: Reference;
  readonly requestor: boolean;
  /** type 1 machine name, 2 IP address, 3 telephone number, 4 e-mail, 5 URI. */
  readonly network?: { readonly address: string; readonly type: '1' | '2' | '3' | '4' | '5' };
  readonly purposeOfUse?: readonly CodeableConcept[];
}

export interface AuditEventEntityDetail {
  readonly type: string;
  readonly valueString: string;
}

export interface AuditEventEntity {
  readonly what?: Reference;
  readonly type?: Coding;
  readonly role?: Coding;
  readonly name?: string;
  readonly description?: string;
  readonly detail?: readonly AuditEventEntityDetail[];
}

export interface AuditEvent {
  readonly resourceType: 'AuditEvent';
  readonly id: string;
  readonly extension?: readonly Extension[];
  readonly type: Coding;
  readonly subtype?: readonly Coding[];
  /** C create, R read, U update, D delete, E execute. */
  readonly action?: 'C' | 'R' | 'U' | 'D' | 'E';
  readonly period?: { readonly start?: string; readonly end?: string };
  readonly recorded: string;
  /** 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
  readonly outcome?: '0' | '4' | '8' | '12';
  readonly outcomeDesc?: string;
  readonly purposeOfEvent?: readonly CodeableConcept[];
  readonly agent: readonly AuditEventAgent[];
  readonly source: {
    readonly site?: string;
    readonly observer: Reference;
    readonly type?: readonly Coding[];
  };
  readonly entity?: readonly AuditEventEntity[];
}

export interface Period {
  readonly start?: string;
  readonly end?: string;
}

/** A number with its unit (UCUM where it has one). */
export interface Quantity {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

export interface EpisodeOfCare {
  readonly resourceType: 'EpisodeOfCare';
  readonly id: string;
  readonly identifier?: readonly Identifier[];
  /** planned, waitlist, active, onhold, finished, cancelled, entered-in-error. */
  readonly status: 'active' | 'finished';
  readonly type?: readonly CodeableConcept[];
  readonly patient: Reference;
  readonly period?: Period;
  readonly careManager?: Reference;
  readonly team?: readonly Reference[];
}

export interface Encounter {
  readonly resourceType: 'Encounter';
  readonly id: string;
  readonly status: 'in-progress' | 'finished';
  readonly class: Coding;
  readonly type?: readonly CodeableConcept[];
  readonly subject: Reference;
  readonly episodeOfCare?: readonly Reference[];
  readonly period?: Period;
  readonly hospitalization?: { readonly dischargeDisposition?: CodeableConcept };
}

export interface CarePlanActivity {
  readonly detail: {
    readonly kind?: string;
    readonly code?: CodeableConcept;
    readonly goal?: readonly Reference[];
    readonly status: string;
    readonly scheduledPeriod?: Period;
    readonly performer?: readonly Reference[];
  };
}

export interface CarePlan {
  readonly resourceType: 'CarePlan';
  readonly id: string;
  readonly status: string;
  readonly intent: 'plan';
  readonly category?: readonly CodeableConcept[];
  readonly subject: Reference;
  readonly encounter?: Reference;
  readonly period?: Period;
  readonly created?: string;
  readonly careTeam?: readonly Reference[];
  readonly addresses?: readonly Reference[];
  readonly goal?: readonly Reference[];
  readonly activity?: readonly CarePlanActivity[];
}

export interface Goal {
  readonly resourceType: 'Goal';
  readonly id: string;
  readonly lifecycleStatus: string;
  readonly achievementStatus?: CodeableConcept;
  readonly priority?: CodeableConcept;
  readonly description: CodeableConcept;
  readonly subject: Reference;
  readonly startDate?: string;
  readonly target?: readonly { readonly measure?: CodeableConcept; readonly dueDate?: string }[];
  readonly statusDate?: string;
  readonly addresses?: readonly Reference[];
}

export interface CareTeam {
  readonly resourceType: 'CareTeam';
  readonly id: string;
  readonly status: 'active' | 'inactive';
  readonly subject: Reference;
  readonly encounter?: Reference;
  readonly period?: Period;
  readonly participant?: readonly {
    readonly role?: readonly CodeableConcept[];
    readonly member?: Reference;
    readonly period?: Period;
  }[];
}

export interface Observation {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly status: 'final' | 'amended';
  readonly category?: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly encounter?: Reference;
  readonly effectiveDateTime?: string;
  readonly issued?: string;
  readonly valueQuantity?: Quantity;
  readonly interpretation?: readonly CodeableConcept[];
}

/** Any resource caretrail exports. */
export type FhirResource =
  Provenance | AuditEvent | EpisodeOfCare | Encounter | CarePlan | Goal | CareTeam | Observation;

export interface Bundle<Resource extends { readonly resourceType: string }> {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp?: string;
  readonly entry: readonly { readonly fullUrl?: string; readonly resource: Resource }[];
}
