import type { TableSpec } from '../projection.js';

/** One row per membership period: the access-control source of truth. */
export const membershipPeriods: TableSpec = {
  name: 'care_team_membership_periods',
  columns: [
    // The CareTeamMemberAssigned that opened the period: one assignment, one period.
    { name: 'opened_event_id', type: 'TEXT', notNull: true },
    { name: 'case_id', type: 'TEXT', notNull: true },
    // Copied from CaseOpened so "which patients may this user see" needs no join.
    { name: 'patient_id', type: 'TEXT', notNull: true },
    // The member's caretrail user id.
    { name: 'member_id', type: 'TEXT', notNull: true },
    { name: 'role', type: 'TEXT', notNull: true },
    // UTC ISO instants, so that text comparison is time comparison.
    { name: 'valid_from', type: 'TEXT', notNull: true },
    // Null while the member is on the team.
    { name: 'valid_until', type: 'TEXT' },
    // The CareTeamMemberReleased that closed the period, null while current.
    { name: 'closed_event_id', type: 'TEXT' },
  ],
  primaryKey: ['opened_event_id'],
  indexes: [
    { name: 'by_case_at', columns: ['case_id', 'valid_from'] },
    // Covers the per-request access check, so it never touches the table.
    {
      name: 'by_member_at',
      columns: ['member_id', 'valid_from', 'valid_until', 'case_id', 'patient_id'],
    },
    { name: 'by_closing_event', columns: ['closed_event_id'] },
  ],
};

/**
 * Handoffs waiting for their receiver: the receiver may read the case to review the I-PASS
 * summary, and accept or decline, before they are on its team.
 */
export const handoffOffers: TableSpec = {
  name: 'care_team_handoff_offers',
  columns: [
    { name: 'handoff_id', type: 'TEXT', notNull: true },
    // The HandoffInitiated that made the offer.
    { name: 'offered_event_id', type: 'TEXT', notNull: true },
    { name: 'case_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
    { name: 'receiver_id', type: 'TEXT', notNull: true },
    // UTC ISO instant the handoff was initiated (occurredAt).
    { name: 'offered_at', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['handoff_id'],
  indexes: [
    { name: 'by_receiver', columns: ['receiver_id', 'case_id', 'patient_id'] },
    { name: 'by_offered_event', columns: ['offered_event_id'] },
  ],
};

/** Case → patient, since events after CaseOpened do not carry the patient. */
export const membershipCases: TableSpec = {
  name: 'care_team_membership_cases',
  columns: [
    { name: 'case_id', type: 'TEXT', notNull: true },
    { name: 'patient_id', type: 'TEXT', notNull: true },
  ],
  primaryKey: ['case_id'],
};
