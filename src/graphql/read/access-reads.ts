import type {
  AccessFacts,
  EmergencyAccess,
  HandoffOffer,
  MembershipPeriod,
} from '../../access/access-policy.js';
import { RequestAccess } from '../../access/request-access.js';
import type { Actor } from '../../domain/values.js';
import type { EventStore } from '../../event-store/port.js';
import type { ProjectionService } from '../../read-models/projection-service.js';
import { optionalText, selectRows, servingTable, text } from './read-model-sql.js';

/** The projections access decisions read: they must have caught up before a decision is made. */
const accessProjections = ['care-team-membership', 'access-log'] as const;

/** How long a request waits for those projections before failing closed with STALE_READ. */
export const accessConsistencyTimeoutMs = 2_000;

/**
 * What the caller may reach, as of the store's head when asked: the membership read model is first
 * brought up to that head, so a member released by an earlier request is refused on the next one.
 */
export async function accessFactsOf(
  services: { readonly store: EventStore; readonly projections: ProjectionService },
  userId: string,
  now: Date,
): Promise<AccessFacts> {
  const { headPosition } = await services.store.stats();
  if (headPosition !== null)
    await services.projections.waitForPosition(
      headPosition,
      accessConsistencyTimeoutMs,
      accessProjections,
    );
  const at = now.toISOString();
  return {
    memberships: currentMemberships(services.projections, userId, at),
    handoffOffers: handoffOffersTo(services.projections, userId),
    emergencyAccesses: emergencyAccessesOf(services.projections, userId, at),
    now: at,
  };
}

/** Access decisions for one request (or one subscription update) of this caller, facts read when first needed. */
export function requestAccessFor(
  services: {
    readonly store: EventStore;
    readonly projections: ProjectionService;
    readonly clock: () => Date;
  },
  actor: Actor,
): RequestAccess {
  return new RequestAccess(actor, () => accessFactsOf(services, actor.userId, services.clock()));
}

/** The user's emergency accesses that have not expired at `at`. */
function emergencyAccessesOf(
  projections: ProjectionService,
  userId: string,
  at: string,
): EmergencyAccess[] {
  const table = servingTable(projections, 'access-log', 'emergency_accesses');
  if (table === undefined) return [];
  return selectRows(
    projections,
    `SELECT patient_id, granted_at, expires_at, reason_text, reason_code FROM ${table} WHERE user_id = ? AND expires_at > ?`,
    [userId, at],
  ).map((row) => {
    const code = optionalText(row, 'reason_code');
    return {
      patientId: text(row, 'patient_id'),
      grantedAt: text(row, 'granted_at'),
      expiresAt: text(row, 'expires_at'),
      reason: { text: text(row, 'reason_text'), ...(code === null ? {} : { code }) },
    };
  });
}

/** Handoffs waiting for this user to accept or decline them. */
function handoffOffersTo(projections: ProjectionService, userId: string): HandoffOffer[] {
  const table = servingTable(projections, 'care-team-membership', 'care_team_handoff_offers');
  if (table === undefined) return [];
  return selectRows(projections, `SELECT case_id, patient_id FROM ${table} WHERE receiver_id = ?`, [
    userId,
  ]).map((row) => ({ caseId: text(row, 'case_id'), patientId: text(row, 'patient_id') }));
}

/** The user's membership periods current at `at` (the covering index answers it alone). */
function currentMemberships(
  projections: ProjectionService,
  userId: string,
  at: string,
): MembershipPeriod[] {
  const table = servingTable(projections, 'care-team-membership', 'care_team_membership_periods');
  if (table === undefined) return [];
  const rows = selectRows(
    projections,
    `SELECT case_id, patient_id, valid_from, valid_until FROM ${table} WHERE member_id = ? AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)`,
    [userId, at, at],
  );
  return rows.map((row) => ({
    caseId: text(row, 'case_id'),
    patientId: text(row, 'patient_id'),
    from: text(row, 'valid_from'),
    until: optionalText(row, 'valid_until'),
  }));
}
