import type { Actor, Reason } from '../../domain/values.js';
import type { StaffMember } from '../synthetic-people.js';

export const asCaseManager = (member: StaffMember): Actor => ({
  userId: member.userId,
  role: 'case_manager',
});
export const asClinician = (member: StaffMember): Actor => ({
  userId: member.userId,
  role: 'clinician',
});
export const reason = (text: string, code?: string): Reason =>
  code === undefined ? { text } : { text, code };
