/** Why a hospital day was avoidable: the charted reason, its code and the party responsible. */
export const avoidableCauses = {
  'post-acute-bed': {
    text: 'Awaiting a skilled nursing facility bed',
    code: 'AD-POST-ACUTE-BED',
    party: 'post-acute-provider',
  },
  'payer-authorization': {
    text: 'Awaiting payer authorization for post-acute care',
    code: 'AD-PAYER-AUTH',
    party: 'payer',
  },
  'family-decision': {
    text: 'Family has not yet chosen a facility',
    code: 'AD-FAMILY-DECISION',
    party: 'patient-family',
  },
  'test-scheduling': {
    text: 'Imaging not available until the next weekday',
    code: 'AD-TEST-SCHEDULING',
    party: 'hospital',
  },
  'consult-delay': {
    text: 'Specialist consult recommendations delayed',
    code: 'AD-CONSULT-DELAY',
    party: 'physician',
  },
  'home-services': {
    text: 'Home health agency could not start services in time',
    code: 'AD-HOME-SERVICES',
    party: 'community',
  },
} as const;
export type AvoidableCause = keyof typeof avoidableCauses;
