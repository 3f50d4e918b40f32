import type { Role } from '../../src/domain/values.js';

/**
 * The access property test's own model of the world and of who may see what in it, written from
 * the README's table of roles without src/access, so that the server is checked against a second,
 * independent reading of the rules. Synthetic people and records only.
 */

/** A user of the test world, named in counterexamples by a short label such as `rn2`. */
export interface WorldUser {
  readonly label: string;
  readonly userId: string;
  readonly role: Role;
}

export interface WorldPatient {
  readonly label: string;
  readonly id: string;
  readonly registrationEventId: string;
  readonly caseLabels: readonly string[];
}

export interface WorldCase {
  readonly label: string;
  readonly id: string;
  readonly patientLabel: string;
  /** The case manager who opened the case: its primary until a handoff of that role is accepted. */
  readonly primaryLabel: string;
  readonly openingEventId: string;
}

/** Ids that name nothing: never registered, never opened, never recorded, never handed off. */
export interface UnknownIds {
  readonly caseId: string;
  readonly patientId: string;
  readonly eventId: string;
  readonly handoffId: string;
}

/** Targets that resolve to nothing of the asked kind, beside the labels of the world's records. */
export const noSuchCase = 'no-such-case';
export const patientIdAsCase = 'a-patient-id-as-case';
export const noSuchPatient = 'no-such-patient';
export const caseIdAsPatient = 'a-case-id-as-patient';
export const noSuchEvent = 'no-such-event';

/** The patients, cases and users of one test world, looked up by label. */
export class World {
  readonly users: ReadonlyMap<string, WorldUser>;
  readonly patients: ReadonlyMap<string, WorldPatient>;
  readonly cases: ReadonlyMap<string, WorldCase>;

  constructor(
    users: readonly WorldUser[],
    patients: readonly WorldPatient[],
    cases: readonly WorldCase[],
    readonly unknown: UnknownIds,
  ) {
    this.users = new Map(users.map((user) => [user.label, user]));
    this.patients = new Map(patients.map((patient) => [patient.label, patient]));
    this.cases = new Map(cases.map((record) => [record.label, record]));
  }

  user(label: string): WorldUser {
    return found(this.users.get(label), label);
  }

  patient(label: string): WorldPatient {
    return found(this.patients.get(label), label);
  }

  case(label: string): WorldCase {
    return found(this.cases.get(label), label);
  }

  caseTargets(): string[] {
    return [...this.cases.keys(), noSuchCase, patientIdAsCase];
  }

  patientTargets(): string[] {
    return [...this.patients.keys(), noSuchPatient, caseIdAsPatient];
  }

  eventTargets(): string[] {
    return [
      ...[...this.cases.keys()].map((label) => `opening:${label}`),
      ...[...this.patients.keys()].map((label) => `registration:${label}`),
      noSuchEvent,
    ];
  }

  /** The id a case target sends, and the case it names if it is one. */
  caseTarget(target: string): { readonly id: string; readonly record: WorldCase | null } {
    if (target === noSuchCase) return { id: this.unknown.caseId, record: null };
    if (target === patientIdAsCase) return { id: this.firstPatient().id, record: null };
    const record = this.case(target);
    return { id: record.id, record };
  }

  patientTarget(target: string): { readonly id: string; readonly record: WorldPatient | null } {
    if (target === noSuchPatient) return { id: this.unknown.patientId, record: null };
    if (target === caseIdAsPatient) return { id: this.firstCase().id, record: null };
    const record = this.patient(target);
    return { id: record.id, record };
  }

  /** The event id a target sends, and the case or patient whose stream holds it. */
  eventTarget(target: string): {
    readonly id: string;
    readonly owner:
      | { readonly kind: 'case'; readonly record: WorldCase }
      | { readonly kind: 'patient'; readonly record: WorldPatient }
      | null;
  } {
    if (target === noSuchEvent) return { id: this.unknown.eventId, owner: null };
    const [kind, label = ''] = target.split(':');
    if (kind === 'opening') {
      const record = this.case(label);
      return { id: record.openingEventId, owner: { kind: 'case', record } };
    }
    const record = this.patient(label);
    return { id: record.registrationEventId, owner: { kind: 'patient', record } };
  }

  private firstPatient(): WorldPatient {
    return found([...this.patients.values()][0], 'a patient');
  }

  private firstCase(): WorldCase {
    return found([...this.cases.values()][0], 'a case');
  }
}

function found<T>(value: T | undefined, label: string): T {
  if (value === undefined) throw new Error(`the test world has no ${label}`);
  return value;
}

/** A handoff of the history: who offered which case to whom, and where it stands. */
export interface WorldHandoff {
  readonly id: string;
  readonly caseLabel: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly transfersPrimary: boolean;
  readonly status: 'open' | 'accepted' | 'declined';
}

/**
 * Who is on which case's care team now, who is each case's primary case manager, and the handoffs
 * made so far, as the history applied so far left them.
 */
export class CareTeams {
  private readonly members = new Map<string, Set<string>>();
  private readonly primaries = new Map<string, string>();
  private readonly handoffs = new Map<string, WorldHandoff>();

  constructor(world: World) {
    for (const record of world.cases.values()) {
      this.members.set(record.label, new Set([record.primaryLabel]));
      this.primaries.set(record.label, record.primaryLabel);
    }
  }

  isOn(userLabel: string, caseLabel: string): boolean {
    return this.members.get(caseLabel)?.has(userLabel) ?? false;
  }

  /** The primary case manager, who stays on the team (the domain refuses their release). */
  primaryOf(caseLabel: string): string {
    return found(this.primaries.get(caseLabel), `case ${caseLabel}`);
  }

  assign(userLabel: string, caseLabel: string): void {
    this.team(caseLabel).add(userLabel);
  }

  release(userLabel: string, caseLabel: string): void {
    this.team(caseLabel).delete(userLabel);
  }

  /** Whether the user receives an open handoff of the case: an offer to review and settle it. */
  isOffered(userLabel: string, caseLabel: string): boolean {
    return this.open().some(
      (handoff) => handoff.toLabel === userLabel && handoff.caseLabel === caseLabel,
    );
  }

  /** The domain allows one open handoff of the primary role per case. */
  primaryHandoffOpen(caseLabel: string): boolean {
    return this.open().some(
      (handoff) => handoff.caseLabel === caseLabel && handoff.transfersPrimary,
    );
  }

  offer(handoff: Omit<WorldHandoff, 'status'>): void {
    this.handoffs.set(handoff.id, { ...handoff, status: 'open' });
  }

  /** Whether accepting adds the receiver to the team: the primary role goes to someone off it. */
  joinsOnAcceptance(handoff: WorldHandoff): boolean {
    return handoff.transfersPrimary && !this.isOn(handoff.toLabel, handoff.caseLabel);
  }

  /** Settles an open handoff; accepting the primary role puts the receiver on the team as primary. */
  settle(handoffId: string, status: 'accepted' | 'declined'): void {
    const handoff = found(this.handoffs.get(handoffId), `handoff ${handoffId}`);
    if (handoff.status !== 'open')
      throw new Error(`handoff ${handoffId} is already ${handoff.status}`);
    this.handoffs.set(handoffId, { ...handoff, status });
    if (status === 'declined' || !handoff.transfersPrimary) return;
    this.primaries.set(handoff.caseLabel, handoff.toLabel);
    this.assign(handoff.toLabel, handoff.caseLabel);
  }

  open(): WorldHandoff[] {
    return this.all().filter((handoff) => handoff.status === 'open');
  }

  all(): WorldHandoff[] {
    return [...this.handoffs.values()];
  }

  /** The cases whose team the user is on, by label: for failure messages. */
  casesOf(userLabel: string): string[] {
    return [...this.members].filter(([, team]) => team.has(userLabel)).map(([label]) => label);
  }

  /** The cases open handoffs offer the user, by label: for failure messages. */
  offersTo(userLabel: string): string[] {
    const offered = this.open().filter((handoff) => handoff.toLabel === userLabel);
    return [...new Set(offered.map((handoff) => handoff.caseLabel))];
  }

  private team(caseLabel: string): Set<string> {
    const team = this.members.get(caseLabel);
    if (!team) throw new Error(`the test world has no case ${caseLabel}`);
    return team;
  }
}

/** How a selection is reached: as fields, through an inline fragment, or through a named one. */
export type Wrap = 'fields' | 'inline' | 'named';

/** An id as the role asks for it (analysts by pseudonym, everyone else by id) or the other way. */
export type IdForm = 'own' | 'other';

export type CaseSelection = 'summary' | 'timeline';
export type PatientSelection =
  'summary' | 'cases' | 'cases-with-timelines' | 'record-timeline' | 'whole-timeline';

/** One top-level field of a generated query. */
export type Piece =
  | {
      readonly on: 'case';
      readonly target: string;
      readonly form: IdForm;
      readonly wrap: Wrap;
      readonly select: CaseSelection;
    }
  | {
      readonly on: 'patient';
      readonly target: string;
      readonly form: IdForm;
      readonly wrap: Wrap;
      readonly select: PatientSelection;
      readonly casesWrap: Wrap;
    }
  | { readonly on: 'caseload' }
  | { readonly on: 'event'; readonly target: string };

/** A generated query: its pieces, under aliases or not, ids inline or as variables. */
export interface Question {
  readonly pieces: readonly Piece[];
  readonly aliased: boolean;
  readonly ids: 'inline' | 'variables';
}

/** What a write by this caller on this case must come to. */
export type WriteOutcome = 'recorded' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_TRANSITION';

/** How a caller reaches a case or a patient: by being on a team, by a handoff offered, by role. */
type Basis = 'team' | 'offer' | 'role' | null;

/** The selections the generated queries use, shared by the renderer and the oracle. */
const caseSummary = 'id patientId';
const caseTimeline = 'id timeline(first: 50) { edges { node { caseId case { id patientId } } } }';
const caseTimelineInPatient = 'id timeline(first: 50) { edges { node { caseId case { id } } } }';
const recordTimeline =
  'timeline(first: 50, kinds: ["patient", "case"]) { edges { node { caseId case { id patientId } } } }';
const wholeTimeline = 'timeline(first: 50) { edges { node { caseId case { id } } } }';
const caseload = 'caseload(first: 100) { edges { node { id patientId } } }';
const event = 'id streamId';

/** A GraphQL document and its variables. */
export interface Rendered {
  readonly document: string;
  readonly variables: Record<string, string>;
}

/** The key each piece's answer sits under in `data`. */
export function keysOf(question: Question): string[] {
  const aliased = question.aliased || question.pieces.length > 1;
  return question.pieces.map((piece, index) => (aliased ? `a${index + 1}` : piece.on));
}

/**
 * Who may see what at this moment, from the test's model only: case managers and clinicians see
 * a case while on its team or while an open handoff offers it to them, and a patient (with only
 * those of its cases) while they see one of the patient's cases; auditors see everything; quality
 * analysts see everything under pseudonyms; admins see no patient data. Only case managers and
 * clinicians on the case's team record contacts, and the receiver of an open offer may also
 * settle it; roles that record nothing are told FORBIDDEN, and a care-team role off the team (and
 * not offered the case) is told the case is not found. It also renders the questions, so the ids
 * and selections it sends are the ones it expects back.
 */
export class Oracle {
  /** Rulings on reading a case or a patient: how many each way, and granted on an offer only. */
  readonly rulings = { granted: 0, refused: 0, byOffer: 0 };
  /**
   * Expected answers (query pieces, handoff acceptances) that rest on a handoff offer, and those
   * of them where a patient is seen through one case's team and another case's offer at once.
   */
  readonly offerBased = { answers: 0, besideTeam: 0 };

  constructor(
    private readonly world: World,
    private readonly teams: CareTeams,
    private readonly pseudonymOf: (kind: 'patient' | 'case', id: string) => string | null,
  ) {}

  readsCase(user: WorldUser, record: WorldCase): boolean {
    return this.ruled(this.caseBasis(user, record));
  }

  readsPatient(user: WorldUser, record: WorldPatient): boolean {
    return this.ruled(this.patientBasis(user, record));
  }

  private ruled(basis: Basis): boolean {
    if (basis === null) this.rulings.refused += 1;
    else this.rulings.granted += 1;
    if (basis === 'offer') this.rulings.byOffer += 1;
    return basis !== null;
  }

  private caseBasis(user: WorldUser, record: WorldCase): Basis {
    switch (user.role) {
      case 'case_manager':
      case 'clinician':
        if (this.teams.isOn(user.label, record.label)) return 'team';
        return this.teams.isOffered(user.label, record.label) ? 'offer' : null;
      case 'auditor':
      case 'quality_analyst':
        return 'role';
      case 'admin':
        return null;
    }
  }

  private patientBasis(user: WorldUser, record: WorldPatient): Basis {
    switch (user.role) {
      case 'case_manager':
      case 'clinician':
        if (record.caseLabels.some((label) => this.teams.isOn(user.label, label))) return 'team';
        return record.caseLabels.some((label) => this.teams.isOffered(user.label, label))
          ? 'offer'
          : null;
      case 'auditor':
      case 'quality_analyst':
        return 'role';
      case 'admin':
        return null;
    }
  }

  /** A caseload is the cases whose team one is on (offers add none); other roles have none. */
  caseload(user: WorldUser): WorldCase[] {
    if (user.role !== 'case_manager' && user.role !== 'clinician') return [];
    return [...this.world.cases.values()].filter((record) =>
      this.ruled(this.teams.isOn(user.label, record.label) ? 'team' : null),
    );
  }

  /** A contact logged on the case target: only the case's team records it, not an offer. */
  write(user: WorldUser, target: string): WriteOutcome {
    if (user.role !== 'case_manager' && user.role !== 'clinician') return 'FORBIDDEN';
    const { record } = this.world.caseTarget(target);
    return record !== null && this.teams.isOn(user.label, record.label) ? 'recorded' : 'NOT_FOUND';
  }

  /**
   * An acceptance, on the case target, of this handoff (null: an id that names none): the team and
   * the receiver of an open offer of the case get past access, and then only the receiver of an
   * open handoff of that case settles it; a handoff settled already, or another's, is refused.
   */
  accept(user: WorldUser, target: string, handoff: WorldHandoff | null): WriteOutcome {
    if (user.role !== 'case_manager' && user.role !== 'clinician') return 'FORBIDDEN';
    const { record } = this.world.caseTarget(target);
    if (record === null) return 'NOT_FOUND';
    if (!this.teams.isOn(user.label, record.label)) {
      if (!this.teams.isOffered(user.label, record.label)) return 'NOT_FOUND';
      this.offerBased.answers += 1;
    }
    if (handoff === null || handoff.caseLabel !== record.label) return 'NOT_FOUND';
    if (handoff.status !== 'open' || handoff.toLabel !== user.label) return 'INVALID_TRANSITION';
    return 'recorded';
  }

  /** An id as this user sees it: a pseudonym for quality analysts. */
  shown(user: WorldUser, kind: 'patient' | 'case', id: string): string {
    return user.role === 'quality_analyst' ? this.pseudonym(kind, id) : id;
  }

  /** An id as this user sends it in `form`. */
  sent(user: WorldUser, kind: 'patient' | 'case', id: string, form: IdForm): string {
    const pseudonymous = (user.role === 'quality_analyst') === (form === 'own');
    return pseudonymous ? this.pseudonym(kind, id) : id;
  }

  private pseudonym(kind: 'patient' | 'case', id: string): string {
    const pseudonym = this.pseudonymOf(kind, id);
    if (pseudonym === null) throw new Error(`${id} has no pseudonym`);
    return pseudonym;
  }

  /** The question as a GraphQL document, as this user would send it. */
  render(user: WorldUser, question: Question): Rendered {
    const fragments: string[] = [];
    const variables: Record<string, string> = {};
    const variableTypes: string[] = [];
    const wrapped = (wrap: Wrap, type: 'Case' | 'Patient', body: string): string => {
      switch (wrap) {
        case 'fields':
          return body;
        case 'inline':
          return `... on ${type} { ${body} }`;
        case 'named': {
          const name = `${type}Part${fragments.length + 1}`;
          fragments.push(`fragment ${name} on ${type} { ${body} }`);
          return `...${name}`;
        }
      }
    };
    const argument = (id: string): string => {
      if (question.ids === 'inline') return JSON.stringify(id);
      const name = `id${variableTypes.length + 1}`;
      variableTypes.push(`$${name}: ID!`);
      variables[name] = id;
      return `$${name}`;
    };
    const keys = keysOf(question);
    const fields = question.pieces.map((piece, index) => {
      const key = keys[index] ?? piece.on;
      const prefix = key === piece.on ? '' : `${key}: `;
      switch (piece.on) {
        case 'case': {
          const id = this.sent(user, 'case', this.world.caseTarget(piece.target).id, piece.form);
          const body = piece.select === 'summary' ? caseSummary : caseTimeline;
          return `${prefix}case(id: ${argument(id)}) { ${wrapped(piece.wrap, 'Case', body)} }`;
        }
        case 'patient': {
          const patientId = this.world.patientTarget(piece.target).id;
          const id = this.sent(user, 'patient', patientId, piece.form);
          const body = this.patientBody(piece.select, (inner) =>
            wrapped(piece.casesWrap, 'Case', inner),
          );
          return `${prefix}patient(id: ${argument(id)}) { ${wrapped(piece.wrap, 'Patient', body)} }`;
        }
        case 'caseload':
          return `${prefix}${caseload}`;
        case 'event':
          return `${prefix}event(id: ${argument(this.world.eventTarget(piece.target).id)}) { ${event} }`;
      }
    });
    const header = variableTypes.length === 0 ? 'query' : `query (${variableTypes.join(', ')})`;
    const document = [`${header} { ${fields.join(' ')} }`, ...fragments].join('\n');
    return { document, variables };
  }

  private patientBody(select: PatientSelection, caseSelection: (body: string) => string): string {
    switch (select) {
      case 'summary':
        return 'id';
      case 'cases':
        return `id cases { ${caseSelection(caseSummary)} }`;
      case 'cases-with-timelines':
        return `cases { ${caseSelection(caseTimelineInPatient)} }`;
      case 'record-timeline':
        return recordTimeline;
      case 'whole-timeline':
        return wholeTimeline;
    }
  }

  /** The answer each piece must get, keyed as in `data`, in the form `comparable` gives. */
  expected(user: WorldUser, question: Question): Record<string, unknown> {
    const keys = keysOf(question);
    return Object.fromEntries(
      question.pieces.map((piece, index) => {
        const offers = this.rulings.byOffer;
        const answer = this.expectedPiece(user, piece);
        if (this.rulings.byOffer > offers) this.offerBased.answers += 1;
        return [keys[index] ?? piece.on, answer];
      }),
    );
  }

  /** The server's answer with list order (not an access matter) and repeats taken out. */
  comparable(user: WorldUser, question: Question, data: unknown): Record<string, unknown> {
    const keys = keysOf(question);
    const answers = (data ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      question.pieces.map((piece, index) => {
        const key = keys[index] ?? piece.on;
        return [key, this.comparablePiece(user, piece, answers[key])];
      }),
    );
  }

  private expectedPiece(user: WorldUser, piece: Piece): unknown {
    const caseView = (record: WorldCase) => ({
      id: this.shown(user, 'case', record.id),
      patientId: this.shown(user, 'patient', this.world.patient(record.patientLabel).id),
    });
    switch (piece.on) {
      case 'case': {
        const { record } = this.world.caseTarget(piece.target);
        if (record === null || piece.form === 'other' || !this.readsCase(user, record)) return null;
        const view = caseView(record);
        if (piece.select === 'summary') return view;
        return { id: view.id, timeline: [{ caseId: view.id, case: view }] };
      }
      case 'patient': {
        const { record } = this.world.patientTarget(piece.target);
        if (record === null || piece.form === 'other' || !this.readsPatient(user, record))
          return null;
        const readable = record.caseLabels
          .map((label) => this.world.case(label))
          .filter((one) => this.readsCase(user, one));
        const bases = new Set(readable.map((one) => this.caseBasis(user, one)));
        if (bases.has('team') && bases.has('offer')) this.offerBased.besideTeam += 1;
        const cases = readable.map(caseView);
        return this.expectedPatient(piece.select, this.shown(user, 'patient', record.id), cases);
      }
      case 'caseload':
        return { cases: sorted(this.caseload(user).map(caseView)) };
      case 'event': {
        const { id, owner } = this.world.eventTarget(piece.target);
        if (owner === null) return null;
        if (owner.kind === 'case')
          return this.readsCase(user, owner.record)
            ? { id, streamId: `case-${this.shown(user, 'case', owner.record.id)}` }
            : null;
        return this.readsPatient(user, owner.record)
          ? { id, streamId: `patient-${this.shown(user, 'patient', owner.record.id)}` }
          : null;
      }
    }
  }

  private comparablePiece(user: WorldUser, piece: Piece, answer: unknown): unknown {
    if (answer === null || answer === undefined) return answer;
    const value = answer as Record<string, unknown>;
    switch (piece.on) {
      case 'case':
        if (piece.select === 'summary') return value;
        return { id: value['id'], timeline: distinct(nodesOf(value['timeline'])) };
      case 'patient':
        return this.comparablePatient(user, piece.select, piece.target, value);
      case 'caseload':
        return { cases: sorted(nodesOf(value)) };
      case 'event':
        return value;
    }
  }

  private expectedPatient(
    select: PatientSelection,
    id: string,
    cases: readonly { readonly id: string; readonly patientId: string }[],
  ): unknown {
    switch (select) {
      case 'summary':
        return { id };
      case 'cases':
        return { id, cases: sorted(cases) };
      case 'cases-with-timelines':
        return {
          cases: sorted(
            cases.map((view) => ({
              id: view.id,
              timeline: [{ caseId: view.id, case: { id: view.id } }],
            })),
          ),
        };
      case 'record-timeline':
        return {
          timeline: sorted([
            { caseId: null, case: null },
            ...cases.map((view) => ({ caseId: view.id, case: view })),
          ]),
        };
      case 'whole-timeline':
        return { entriesBeyondReach: [] };
    }
  }

  private comparablePatient(
    user: WorldUser,
    select: PatientSelection,
    target: string,
    value: Record<string, unknown>,
  ): unknown {
    switch (select) {
      case 'summary':
        return value;
      case 'cases':
        return { id: value['id'], cases: sorted(value['cases'] as unknown[]) };
      case 'cases-with-timelines':
        return {
          cases: sorted(
            (value['cases'] as Record<string, unknown>[]).map((one) => ({
              id: one['id'],
              timeline: distinct(nodesOf(one['timeline'])),
            })),
          ),
        };
      case 'record-timeline':
        return { timeline: sorted(nodesOf(value['timeline'])) };
      case 'whole-timeline':
        return { entriesBeyondReach: this.beyondReach(user, target, value['timeline']) };
    }
  }

  /** Entries of a patient's whole timeline that belong to no case the user may read. */
  private beyondReach(user: WorldUser, target: string, timeline: unknown): unknown[] {
    const { record } = this.world.patientTarget(target);
    const reachable = new Set<string | null>([null]);
    for (const label of record?.caseLabels ?? []) {
      const one = this.world.case(label);
      if (this.readsCase(user, one)) reachable.add(this.shown(user, 'case', one.id));
    }
    return distinct(
      nodesOf(timeline).filter((node) => {
        const entry = node as { caseId: string | null; case: { id: string } | null };
        const consistent =
          entry.case === null ? entry.caseId === null : entry.case.id === entry.caseId;
        return !consistent || !reachable.has(entry.caseId);
      }),
    );
  }
}

function nodesOf(connection: unknown): unknown[] {
  return ((connection as { edges: { node: unknown }[] }).edges ?? []).map((edge) => edge.node);
}

function sorted<T>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function distinct(values: readonly unknown[]): unknown[] {
  return sorted([...new Map(values.map((value) => [JSON.stringify(value), value])).values()]);
}
