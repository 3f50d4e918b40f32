import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareTeamRole } from '../../src/domain/value-sets.js';
import type { Actor } from '../../src/domain/values.js';
import { openMinimalCase } from '../../src/seeding/minimal-case.js';
import { startApi } from '../support/api-harness.js';
import { logContactAs } from '../support/synthetic-writes.js';
import {
  CareTeams,
  Oracle,
  World,
  type CaseSelection,
  type IdForm,
  type PatientSelection,
  type Piece,
  type Question,
  type Wrap,
  type WorldCase,
  type WorldHandoff,
  type WorldPatient,
  type WorldUser,
} from './access-oracle.js';

// Synthetic people and records only, made up by this file.
const numRuns = 1_500;
const seed = 20261128;

let api: Awaited<ReturnType<typeof startApi>>;
let world: World;
beforeAll(async () => {
  api = await startApi();
  world = await buildWorld();
});
afterAll(() => api.stop());

const actorOf = (user: WorldUser): Actor => ({ userId: user.userId, role: user.role });

const users: readonly WorldUser[] = (
  [
    ['cm1', 'case_manager'],
    ['cm2', 'case_manager'],
    ['cm3', 'case_manager'],
    ['cm4', 'case_manager'],
    ['rn1', 'clinician'],
    ['rn2', 'clinician'],
    ['rn3', 'clinician'],
    ['aud1', 'auditor'],
    ['aud2', 'auditor'],
    ['qa1', 'quality_analyst'],
    ['qa2', 'quality_analyst'],
    ['adm1', 'admin'],
  ] as const
).map(([label, role]) => ({ label, userId: `synthetic-oracle-${label}`, role }));

/** Patients by label, each with its cases and the case manager who opens each (its primary). */
const layout: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  p1: [
    ['p1.a', 'cm1'],
    ['p1.b', 'cm2'],
  ],
  p2: [
    ['p2.a', 'cm2'],
    ['p2.b', 'cm1'],
  ],
  p3: [['p3.a', 'cm1']],
  p4: [['p4.a', 'cm2']],
};

async function firstEventId(streamId: string): Promise<string> {
  for await (const event of api.store.readStream(streamId, { maxCount: 1 })) return event.id;
  throw new Error(`${streamId} has no events`);
}

/** Registers the patients and opens their cases through the real command path. */
async function buildWorld(): Promise<World> {
  const byLabel = new Map(users.map((user) => [user.label, user]));
  const patients: WorldPatient[] = [];
  const cases: WorldCase[] = [];
  for (const [patientLabel, opened] of Object.entries(layout)) {
    const patientId = randomUUID();
    for (const [index, [caseLabel, primaryLabel]] of opened.entries()) {
      const caseId = randomUUID();
      const context = { actor: actorOf(byLabel.get(primaryLabel)!) };
      if (index === 0)
        await openMinimalCase(api.commands, context, { patientId, caseId, label: patientLabel });
      else
        await api.commands.execute(
          {
            type: 'OpenCase',
            caseId,
            patientId,
            program: 'transitions-of-care',
            referralSource: { kind: 'hospital' },
            admittedAt: `2026-0${index + 1}-01T08:00:00Z`,
            admissionType: 'unplanned',
            primaryCaseManager: { userId: context.actor.userId },
          },
          context,
        );
      cases.push({
        label: caseLabel,
        id: caseId,
        patientLabel,
        primaryLabel,
        openingEventId: await firstEventId(`case-${caseId}`),
      });
    }
    patients.push({
      label: patientLabel,
      id: patientId,
      registrationEventId: await firstEventId(`patient-${patientId}`),
      caseLabels: opened.map(([caseLabel]) => caseLabel),
    });
  }
  // Timelines and case views are read models: let them hold the whole world before any question.
  const { headPosition } = await api.store.stats();
  await api.projections.waitForPosition(headPosition!, 10_000);
  return new World(users, patients, cases, {
    caseId: randomUUID(),
    patientId: randomUUID(),
    eventId: randomUUID(),
    handoffId: randomUUID(),
  });
}

/** The handoff kinds between people of one organization. */
type HandoffKind = 'case-manager' | 'team';

/**
 * A step of the care-team history. Who sends a handoff and which open one is settled depend on
 * the history so far, so they are picks (`sender`, `pick`) resolved when the step is applied.
 */
type Step =
  | {
      readonly kind: 'team';
      readonly user: string;
      readonly case: string;
      readonly as: CareTeamRole;
    }
  | {
      readonly kind: 'handoff';
      readonly case: string;
      /** The primary hands the primary role off; `sender` picks among the team otherwise. */
      readonly transfersPrimary: boolean;
      readonly sender: number;
      /** A user, or a pick among the case managers and clinicians off the case's team now. */
      readonly to: { readonly user: string } | { readonly offTeam: number };
      readonly handoffKind: HandoffKind;
    }
  | { readonly kind: 'settle'; readonly pick: number; readonly answer: 'accept' | 'decline' };

/** Which handoff an acceptance through GraphQL names: an open one, any one so far, or none. */
interface AcceptChoice {
  readonly kind: 'accept';
  readonly among: 'open' | 'any' | 'unknown';
  readonly pick: number;
  /** Sent as that handoff's receiver rather than as the run's asker. */
  readonly byReceiver: boolean;
  /** The case an unknown handoff id is sent on. */
  readonly target: string;
}

/** One run: perhaps a step of the care-team history, then a question or a write. */
interface Run {
  readonly step: Step | null;
  readonly asker: string;
  /**
   * Ask as `asker`, as the user the step just assigned, released, offered a case or settled for
   * (to catch stale access), or as the receiver of an open handoff that `receiverPick` picks.
   */
  readonly askAs: 'asker' | 'step-user' | 'receiver';
  readonly receiverPick: number;
  readonly act:
    | { readonly kind: 'ask'; readonly question: Question }
    | { readonly kind: 'write'; readonly target: string }
    | AcceptChoice;
}

function runs(): fc.Arbitrary<Run> {
  const userLabel = fc.constantFrom(...world.users.keys());
  const form = fc.oneof(
    { weight: 4, arbitrary: fc.constant<IdForm>('own') },
    { weight: 1, arbitrary: fc.constant<IdForm>('other') },
  );
  const wrap = fc.constantFrom<Wrap>('fields', 'inline', 'named');
  const piece: fc.Arbitrary<Piece> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        on: fc.constant('case' as const),
        target: fc.constantFrom(...world.caseTargets()),
        form,
        wrap,
        select: fc.constantFrom<CaseSelection>('summary', 'timeline'),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        on: fc.constant('patient' as const),
        target: fc.constantFrom(...world.patientTargets()),
        form,
        wrap,
        select: fc.constantFrom<PatientSelection>(
          'summary',
          'cases',
          'cases-with-timelines',
          'record-timeline',
          'whole-timeline',
        ),
        casesWrap: wrap,
      }),
    },
    { weight: 1, arbitrary: fc.constant({ on: 'caseload' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        on: fc.constant('event' as const),
        target: fc.constantFrom(...world.eventTargets()),
      }),
    },
  );
  const question: fc.Arbitrary<Question> = fc.record({
    pieces: fc.array(piece, { minLength: 1, maxLength: 6 }),
    aliased: fc.boolean(),
    ids: fc.constantFrom('inline' as const, 'variables' as const),
  });
  const caseLabel = fc.constantFrom(...world.cases.keys());
  const careTeamUsers = [...world.users.values()].filter(
    (user) => user.role === 'case_manager' || user.role === 'clinician',
  );
  const caseManagers = careTeamUsers.filter((user) => user.role === 'case_manager');
  // Mostly to people off the team, whom the offer lets in; now and then to anyone, a role an offer
  // must not widen or a member already on the team.
  const receiver = fc.oneof(
    { weight: 3, arbitrary: fc.record({ offTeam: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ user: userLabel }) },
  );
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('team' as const),
        user: userLabel,
        case: caseLabel,
        as: fc.constantFrom<CareTeamRole>('nurse', 'physician', 'social-worker', 'case-manager'),
      }),
    },
    // More offers made than steps settle, so some stay open a while (acceptances settle some too).
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.record({
          kind: fc.constant('handoff' as const),
          case: caseLabel,
          transfersPrimary: fc.constant(true),
          sender: fc.constant(0),
          to: fc.record({ user: fc.constantFrom(...caseManagers.map((user) => user.label)) }),
          handoffKind: fc.constant<HandoffKind>('case-manager'),
        }),
        fc.record({
          kind: fc.constant('handoff' as const),
          case: caseLabel,
          transfersPrimary: fc.constant(false),
          sender: fc.nat(),
          to: receiver,
          handoffKind: fc.constantFrom<HandoffKind>('case-manager', 'team'),
        }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('settle' as const),
        pick: fc.nat(),
        answer: fc.constantFrom('accept' as const, 'decline' as const),
      }),
    },
  );
  const accept: fc.Arbitrary<AcceptChoice> = fc.record({
    kind: fc.constant('accept' as const),
    among: fc.constantFrom('open' as const, 'open' as const, 'any' as const, 'unknown' as const),
    pick: fc.nat(),
    byReceiver: fc.constantFrom(true, true, true, false),
    target: fc.constantFrom(...world.caseTargets()),
  });
  return fc.record({
    step: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: step }),
    asker: userLabel,
    askAs: fc.constantFrom('asker' as const, 'step-user' as const, 'receiver' as const),
    receiverPick: fc.nat(),
    // Writes stay a minority: each one recorded grows the store.
    act: fc.oneof(
      { weight: 8, arbitrary: question.map((q) => ({ kind: 'ask' as const, question: q })) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...world.caseTargets())
          .map((target) => ({ kind: 'write' as const, target })),
      },
      { weight: 1, arbitrary: accept },
    ),
  });
}

describe('who may see and do what, at every moment of a care-team and handoff history', () => {
  it('answers generated queries and writes exactly as an independent oracle of roles, current memberships and open handoffs says', async () => {
    const teams = new CareTeams(world);
    const oracle = new Oracle(world, teams, (kind, id) => api.pseudonyms.of(kind, id));
    const figures = {
      runs: 0,
      steps: { assign: 0, release: 0, initiate: 0, accept: 0, decline: 0, skipped: 0 },
      answers: 0,
      recorded: 0,
      refused: 0,
      acceptances: { recorded: 0, invalid: 0, notFound: 0, forbidden: 0 },
    };

    /** Applies the step if it is valid now and returns the user it concerns; null if skipped. */
    async function applyStep(step: Step): Promise<string | null> {
      switch (step.kind) {
        case 'team':
          return changeTeam(step);
        case 'handoff':
          return initiate(step);
        case 'settle':
          return settle(step);
      }
    }

    /** Assigns the user if they are off the team, else releases them; the primary stays. */
    async function changeTeam(step: Extract<Step, { kind: 'team' }>): Promise<string | null> {
      const user = world.user(step.user);
      const record = world.case(step.case);
      const context = { actor: actorOf(world.user(teams.primaryOf(record.label))) };
      const assigning = !teams.isOn(user.label, record.label);
      if (!assigning && teams.primaryOf(record.label) === user.label) return skipped();
      try {
        await api.commands.execute(
          assigning
            ? {
                type: 'AssignCareTeamMember',
                caseId: record.id,
                memberId: user.userId,
                role: step.as,
              }
            : { type: 'ReleaseCareTeamMember', caseId: record.id, memberId: user.userId },
          context,
        );
      } catch (error) {
        const change = assigning ? 'assigning' : 'releasing';
        throw new Error(`${change} ${user.label} on ${record.label} was refused`, { cause: error });
      }
      if (assigning) teams.assign(user.label, record.label);
      else teams.release(user.label, record.label);
      figures.steps[assigning ? 'assign' : 'release'] += 1;
      return user.label;
    }

    /**
     * Offers the case to the receiver, from the primary for the primary role (one such offer open
     * at a time) or else from a case manager or clinician on the team; never to the sender.
     */
    async function initiate(step: Extract<Step, { kind: 'handoff' }>): Promise<string | null> {
      const record = world.case(step.case);
      const careTeamUsers = [...world.users.values()]
        .filter((user) => user.role === 'case_manager' || user.role === 'clinician')
        .map((user) => user.label);
      const senders = step.transfersPrimary
        ? [teams.primaryOf(record.label)]
        : careTeamUsers.filter((label) => teams.isOn(label, record.label));
      const sender = world.user(senders[step.sender % senders.length]!);
      const offTeam = careTeamUsers.filter((label) => !teams.isOn(label, record.label));
      const toLabel =
        'user' in step.to ? step.to.user : offTeam[step.to.offTeam % Math.max(offTeam.length, 1)];
      if (toLabel === undefined || toLabel === sender.label) return skipped();
      const to = world.user(toLabel);
      if (step.transfersPrimary && teams.primaryHandoffOpen(record.label)) return skipped();
      let outcome;
      try {
        outcome = await api.commands.execute(
          {
            type: 'InitiateHandoff',
            caseId: record.id,
            kind: step.handoffKind,
            to: { userId: to.userId },
            transfersPrimary: step.transfersPrimary,
            ipass: {
              illnessSeverity: 'stable',
              patientSummary: 'Synthetic patient summary for an access test',
              actionList: [{ action: 'Synthetic follow-up call', owner: to.userId }],
              situationAwareness: 'Synthetic: nothing pending',
              contingency: 'Synthetic: call the attending',
            },
          },
          { actor: actorOf(sender) },
        );
      } catch (error) {
        throw new Error(`${sender.label} handing ${record.label} to ${to.label} was refused`, {
          cause: error,
        });
      }
      const initiated = outcome.events.find((event) => event.type === 'HandoffInitiated');
      const { handoffId } = initiated?.data as { handoffId: string };
      teams.offer({
        id: handoffId,
        caseLabel: record.label,
        fromLabel: sender.label,
        toLabel: to.label,
        transfersPrimary: step.transfersPrimary,
      });
      figures.steps.initiate += 1;
      return to.label;
    }

    /** The receiver (a case manager or clinician) accepts or declines an open handoff. */
    async function settle(step: Extract<Step, { kind: 'settle' }>): Promise<string | null> {
      const settleable = teams.open().filter((handoff) => {
        const role = world.user(handoff.toLabel).role;
        return role === 'case_manager' || role === 'clinician';
      });
      const handoff = settleable[step.pick % Math.max(settleable.length, 1)];
      if (handoff === undefined) return skipped();
      const receiver = world.user(handoff.toLabel);
      const caseId = world.case(handoff.caseLabel).id;
      const joins = teams.joinsOnAcceptance(handoff);
      const context = `${receiver.label} settling handoff of ${handoff.caseLabel}`;
      let outcome;
      try {
        outcome = await api.commands.execute(
          step.answer === 'accept'
            ? {
                type: 'AcceptHandoff',
                caseId,
                handoffId: handoff.id,
                synthesis: 'Synthetic: understood, will follow up',
              }
            : {
                type: 'DeclineHandoff',
                caseId,
                handoffId: handoff.id,
                reason: { text: 'Synthetic: no capacity this week' },
              },
          { actor: actorOf(receiver) },
        );
      } catch (error) {
        throw new Error(`${context} was refused`, { cause: error });
      }
      // And the model's idea of what acceptance does is the domain's
      expect(
        outcome.events.map((event) => event.type),
        context,
      ).toEqual(
        step.answer === 'decline'
          ? ['HandoffDeclined']
          : ['HandoffAccepted', ...(joins ? ['CareTeamMemberAssigned'] : [])],
      );
      teams.settle(handoff.id, step.answer === 'accept' ? 'accepted' : 'declined');
      figures.steps[step.answer] += 1;
      return receiver.label;
    }

    function skipped(): null {
      figures.steps.skipped += 1;
      return null;
    }

    async function ask(asker: WorldUser, question: Question, situation: string): Promise<void> {
      const { document, variables } = oracle.render(asker, question);
      const response = await api.graphql(document, variables, actorOf(asker));
      const context = `${situation} asked\n${document}\n${JSON.stringify(variables)}`;
      expect(response.errors, context).toBeUndefined();
      const expected = oracle.expected(asker, question);
      expect(oracle.comparable(asker, question, response.data), context).toEqual(expected);
      figures.answers += question.pieces.length;
    }

    async function write(asker: WorldUser, target: string, situation: string): Promise<void> {
      const caseId = world.caseTarget(target).id;
      const before = await api.store.streamRevision(`case-${caseId}`);
      const response = await logContactAs(api, actorOf(asker), caseId);
      const context = `${situation} logged a contact on ${target}`;
      const outcome = oracle.write(asker, target);
      figures.answers += 1;
      if (outcome === 'recorded') {
        figures.recorded += 1;
        expect(response, context).toEqual({ data: { logContact: { revision: before! + 1 } } });
      } else {
        figures.refused += 1;
        await expectRefused(response, outcome, caseId, before, context);
      }
    }

    /** The handoff an acceptance names, and the case it is sent on. */
    function chosen(choice: AcceptChoice): { handoff: WorldHandoff | null; target: string } {
      const among = choice.among === 'open' ? teams.open() : teams.all();
      const handoff = choice.among === 'unknown' ? undefined : among[choice.pick % among.length];
      return handoff === undefined
        ? { handoff: null, target: choice.target }
        : { handoff, target: handoff.caseLabel };
    }

    async function acceptAs(
      asker: WorldUser,
      handoff: WorldHandoff | null,
      target: string,
      situation: string,
    ): Promise<void> {
      const caseId = world.caseTarget(target).id;
      const handoffId = handoff?.id ?? world.unknown.handoffId;
      const before = await api.store.streamRevision(`case-${caseId}`);
      const outcome = oracle.accept(asker, target, handoff);
      const joins = handoff !== null && teams.joinsOnAcceptance(handoff);
      const response = await api.graphql(
        `mutation ($input: AcceptHandoffInput!) { acceptHandoff(input: $input) { revision } }`,
        { input: { caseId, handoffId, synthesis: 'Synthetic: understood, will follow up' } },
        actorOf(asker),
      );
      const offered = handoff === null ? 'no handoff' : named(handoff);
      const context = `${situation} accepted ${offered} on ${target}`;
      figures.answers += 1;
      switch (outcome) {
        case 'recorded':
          figures.acceptances.recorded += 1;
          expect(response, context).toEqual({
            data: { acceptHandoff: { revision: before! + (joins ? 2 : 1) } },
          });
          teams.settle(handoff!.id, 'accepted');
          return;
        case 'INVALID_TRANSITION':
          figures.acceptances.invalid += 1;
          break;
        case 'NOT_FOUND':
          figures.acceptances.notFound += 1;
          break;
        case 'FORBIDDEN':
          figures.acceptances.forbidden += 1;
          break;
      }
      await expectRefused(response, outcome, caseId, before, context);
    }

    async function expectRefused(
      response: Awaited<ReturnType<typeof api.graphql>>,
      code: string,
      caseId: string,
      before: number | null,
      context: string,
    ): Promise<void> {
      expect(
        response.errors?.map((error) => error.extensions?.code),
        context,
      ).toEqual([code]);
      expect(response.data, context).toBeNull();
      expect(await api.store.streamRevision(`case-${caseId}`), context).toBe(before);
    }

    function named(handoff: WorldHandoff): string {
      const role = handoff.transfersPrimary ? 'the primary role' : 'a share';
      return `the ${handoff.status} handoff of ${role} from ${handoff.fromLabel} to ${handoff.toLabel}`;
    }

    /** Who acts in the run; an acceptance `byReceiver` is sent by the named handoff's receiver. */
    function askerOf(run: Run, stepUser: string | null, accepted: WorldHandoff | null): string {
      if (run.act.kind === 'accept' && run.act.byReceiver && accepted !== null)
        return accepted.toLabel;
      switch (run.askAs) {
        case 'asker':
          return run.asker;
        case 'step-user':
          return stepUser ?? run.asker;
        case 'receiver': {
          const open = teams.open();
          return open[run.receiverPick % Math.max(open.length, 1)]?.toLabel ?? run.asker;
        }
      }
    }

    // The world and its history persist from run to run (and through shrinking), so a failure
    // names the asker's teams and offers at that moment: the counterexample alone is not the
    // whole state.
    await fc.assert(
      fc.asyncProperty(runs(), async (run) => {
        figures.runs += 1;
        // Given the care-team and handoff history so far, and this run's step of it
        const stepUser = run.step === null ? null : await applyStep(run.step);
        const accepting = run.act.kind === 'accept' ? chosen(run.act) : null;
        const asker = world.user(askerOf(run, stepUser, accepting?.handoff ?? null));
        const onTeams = teams.casesOf(asker.label).join(', ') || 'none';
        const offered = teams.offersTo(asker.label).join(', ') || 'none';
        const situation = `${asker.label} (${asker.role}; on the teams of: ${onTeams}; offered: ${offered})`;

        // When they ask or write, Then the server answers exactly as the oracle says
        if (run.act.kind === 'ask') await ask(asker, run.act.question, situation);
        else if (run.act.kind === 'write') await write(asker, run.act.target, situation);
        else await acceptAs(asker, accepting!.handoff, accepting!.target, situation);
      }),
      { numRuns, seed },
    );

    // And the runs covered visible and hidden records, writes recorded and refused, and handoffs
    const { steps } = figures;
    const handoffSteps = steps.initiate + steps.accept + steps.decline;
    console.info(
      `access oracle: ${figures.runs} runs (seed ${seed}), 0 mismatches; history steps: ${steps.assign} assign, ${steps.release} release, ${steps.initiate} handoff, ${steps.accept} accept, ${steps.decline} decline; ${figures.answers} answers checked; oracle rulings ${oracle.rulings.granted} granted, ${oracle.rulings.refused} refused; ${oracle.offerBased.answers} answers resting on a handoff offer; writes ${figures.recorded} recorded, ${figures.refused} refused`,
    );
    expect(figures.runs).toBe(numRuns);
    expect(steps.assign + steps.release + handoffSteps).toBeGreaterThan(500);
    expect(steps.assign + steps.release).toBeGreaterThan(300);
    expect(handoffSteps).toBeGreaterThanOrEqual(100);
    expect(steps.initiate).toBeGreaterThan(30);
    expect(steps.accept).toBeGreaterThan(20);
    expect(steps.decline).toBeGreaterThan(20);
    expect(figures.answers).toBeGreaterThan(4_000);
    expect(oracle.rulings.granted + oracle.rulings.refused).toBeGreaterThan(5_000);
    expect(oracle.rulings.granted).toBeGreaterThan(1_000);
    expect(oracle.rulings.refused).toBeGreaterThan(1_000);
    expect(oracle.offerBased.answers).toBeGreaterThanOrEqual(50);
    expect(oracle.offerBased.besideTeam).toBeGreaterThanOrEqual(10);
    expect(figures.recorded).toBeGreaterThan(10);
    expect(figures.refused).toBeGreaterThan(10);
    expect(figures.acceptances.recorded).toBeGreaterThan(10);
    expect(figures.acceptances.invalid).toBeGreaterThan(10);
    expect(figures.acceptances.notFound).toBeGreaterThan(10);
    expect(figures.acceptances.forbidden).toBeGreaterThan(10);
  }, 300_000);
});
