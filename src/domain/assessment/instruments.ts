/** One item of a standard instrument and the scores it may take. */
export interface InstrumentItem {
  readonly itemId: string;
  readonly allowedScores: readonly number[];
}

/** A severity band over an inclusive score range. */
export interface ScoreBand {
  readonly band: string;
  readonly min: number;
  readonly max: number;
}

/** A standard instrument: its total range, its items and, where the literature fixes them, its bands. */
export interface StandardInstrument {
  readonly code: StandardInstrumentCode;
  readonly min: number;
  readonly max: number;
  readonly items: readonly InstrumentItem[];
  /** Absent where cut-offs are set locally (Morse, Barthel): a given band is then kept as recorded. */
  readonly bands?: readonly ScoreBand[];
}

export type StandardInstrumentCode = 'PHQ-9' | 'GAD-7' | 'LACE' | 'Morse' | 'Barthel';

const range = (min: number, max: number, step = 1): number[] =>
  Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);

/** Items numbered in the instrument's own question order, each scored 0–3 ("not at all" to "nearly every day"). */
const likertItems = (count: number): InstrumentItem[] =>
  range(1, count).map((n) => ({ itemId: `item-${n}`, allowedScores: range(0, 3) }));

/** The standard instruments caretrail checks totals, items and bands of. */
export const instruments: Readonly<Record<StandardInstrumentCode, StandardInstrument>> = {
  'PHQ-9': {
    code: 'PHQ-9',
    min: 0,
    max: 27,
    items: likertItems(9),
    bands: [
      { band: 'minimal', min: 0, max: 4 },
      { band: 'mild', min: 5, max: 9 },
      { band: 'moderate', min: 10, max: 14 },
      { band: 'moderately-severe', min: 15, max: 19 },
      { band: 'severe', min: 20, max: 27 },
    ],
  },
  'GAD-7': {
    code: 'GAD-7',
    min: 0,
    max: 21,
    items: likertItems(7),
    bands: [
      { band: 'minimal', min: 0, max: 4 },
      { band: 'mild', min: 5, max: 9 },
      { band: 'moderate', min: 10, max: 14 },
      { band: 'severe', min: 15, max: 21 },
    ],
  },
  // LACE index (van Walraven 2010): Length of stay, Acuity, Comorbidity (Charlson), ED visits.
  LACE: {
    code: 'LACE',
    min: 0,
    max: 19,
    items: [
      { itemId: 'length-of-stay', allowedScores: [0, 1, 2, 3, 4, 5, 7] },
      { itemId: 'acuity', allowedScores: [0, 3] },
      { itemId: 'comorbidity', allowedScores: [0, 1, 2, 3, 5] },
      { itemId: 'ed-visits', allowedScores: range(0, 4) },
    ],
    bands: [
      { band: 'low', min: 0, max: 4 },
      { band: 'moderate', min: 5, max: 9 },
      { band: 'high', min: 10, max: 19 },
    ],
  },
  Morse: {
    code: 'Morse',
    min: 0,
    max: 125,
    items: [
      { itemId: 'history-of-falling', allowedScores: [0, 25] },
      { itemId: 'secondary-diagnosis', allowedScores: [0, 15] },
      { itemId: 'ambulatory-aid', allowedScores: [0, 15, 30] },
      { itemId: 'iv-or-heparin-lock', allowedScores: [0, 20] },
      { itemId: 'gait', allowedScores: [0, 10, 20] },
      { itemId: 'mental-status', allowedScores: [0, 15] },
    ],
  },
  // Barthel Index (Mahoney & Barthel 1965), 0–100 in steps of 5.
  Barthel: {
    code: 'Barthel',
    min: 0,
    max: 100,
    items: [
      { itemId: 'feeding', allowedScores: [0, 5, 10] },
      { itemId: 'bathing', allowedScores: [0, 5] },
      { itemId: 'grooming', allowedScores: [0, 5] },
      { itemId: 'dressing', allowedScores: [0, 5, 10] },
      { itemId: 'bowels', allowedScores: [0, 5, 10] },
      { itemId: 'bladder', allowedScores: [0, 5, 10] },
      { itemId: 'toilet-use', allowedScores: [0, 5, 10] },
      { itemId: 'transfers', allowedScores: [0, 5, 10, 15] },
      { itemId: 'mobility', allowedScores: [0, 5, 10, 15] },
      { itemId: 'stairs', allowedScores: [0, 5, 10] },
    ],
  },
};

/** The band a total falls in, or undefined where the instrument fixes no bands. */
export function bandOf(instrument: StandardInstrument, total: number): string | undefined {
  return instrument.bands?.find((band) => total >= band.min && total <= band.max)?.band;
}
