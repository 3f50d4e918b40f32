import { byOccurrence, textOf } from '../fact.js';
import { ofType, type Section } from './section.js';

/** The latest stratification in valid time. */
export const riskTier: Section = {
  types: ['RiskStratified'],
  columns(facts) {
    return { risk_tier: textOf(byOccurrence(ofType(facts, 'RiskStratified')).at(-1), 'tier') };
  },
};
