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
  });
}

/** One run: perhaps a step of the care-team history, then a question or a write. */
interface Run {
  readonly step: { readonly user: string; readonly case: string; readonly as: CareTeamRole } | null;
  readonly asker: string;
  /** Ask as the user the step just assigned or released, to catch stale access. */
  readonly askerIsStepUser: boolean;
  readonly act:
    | { readonly kind: 'ask'; readonly question: Question }
    | { readonly kind: 'write'; readonly target: string };
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
  return fc.record({
    step: fc.oneof(
      fc.constant(null),
      fc.record({
        user: userLabel,
        case: fc.constantFrom(...world.cases.keys()),
        as: fc.constantFrom<CareTeamRole>('nurse', 'physician', 'social-worker', 'case-manager'),
      }),
    ),
    asker: userLabel,
    askerIsStepUser: fc.boolean(),
    // Writes stay a minority: each one recorded grows the store.
    act: fc.oneof(
      { weight: 9, arbitrary: question.map((q) => ({ kind: 'ask' as const, question: q })) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...world.caseTargets())
          .map((target) => ({ kind: 'write' as const, target })),
      },
    ),
  });
}

describe('who may see and do what, at every moment of a care-team history', () => {
  it('answers generated queries and writes exactly as an independent oracle of roles and current memberships says', async () => {
    const teams = new CareTeams(world);
    const oracle = new Oracle(world, teams, (kind, id) => api.pseudonyms.of(kind, id));
    const figures = { runs: 0, steps: 0, answers: 0, recorded: 0, refused: 0 };

    /** Assigns the user if they are off the team, else releases them; the primary stays. */
    async function applyStep(step: NonNullable<Run['step']>): Promise<void> {
      const user = world.user(step.user);
      const record = world.case(step.case);
      const context = { actor: actorOf(world.user(record.primaryLabel)) };
      const assigning = !teams.isOn(user.label, record.label);
      if (!assigning && record.primaryLabel === user.label) return;
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
      figures.steps += 1;
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
        expect(
          response.errors?.map((error) => error.extensions?.code),
          context,
        ).toEqual([outcome]);
        expect(response.data, context).toBeNull();
        expect(await api.store.streamRevision(`case-${caseId}`), context).toBe(before);
      }
    }

    // The world and its history persist from run to run (and through shrinking), so a failure
    // names the asker's teams at that moment: the counterexample alone is not the whole state.
    await fc.assert(
      fc.asyncProperty(runs(), async (run) => {
        figures.runs += 1;
        // Given the care-team history so far, and this run's step of it
        if (run.step !== null) await applyStep(run.step);
        const asker = world.user(
          run.step !== null && run.askerIsStepUser ? run.step.user : run.asker,
        );
        const onTeams = teams.casesOf(asker.label).join(', ') || 'none';
        const situation = `${asker.label} (${asker.role}; on the teams of: ${onTeams})`;

        // When they ask or write, Then the server answers exactly as the oracle says
        if (run.act.kind === 'ask') await ask(asker, run.act.question, situation);
        else await write(asker, run.act.target, situation);
      }),
      { numRuns, seed },
    );

    // And the runs covered visible and hidden records, and writes recorded and refused
    expect(figures.runs).toBe(numRuns);
    expect(figures.steps).toBeGreaterThan(500);
    expect(figures.answers).toBeGreaterThan(4_000);
    expect(oracle.rulings.granted + oracle.rulings.refused).toBeGreaterThan(5_000);
    expect(oracle.rulings.granted).toBeGreaterThan(1_000);
    expect(oracle.rulings.refused).toBeGreaterThan(1_000);
    expect(figures.recorded).toBeGreaterThan(10);
    expect(figures.refused).toBeGreaterThan(10);
  }, 300_000);
});
