/** Free text is cut to this many characters: a timeline line hints, the entry itself tells. */
export const excerptLength = 60;

/** A one-line excerpt of free text, cut at a word where it can be. */
export function excerpt(text: string, max = excerptLength): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "ContactLogged" → "Contact logged": how a summary names an entry's type. */
export function typeLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Appends the excerpt of what an entry refers to, when it is known. */
export function about(head: string, label: string | undefined): string {
  return label === undefined ? head : `${head}: ${excerpt(label)}`;
}

/** How "Discharged …" reads for each FHIR discharge-disposition code. */
export const dischargedTo = {
  home: 'home',
  'alt-home': 'to an alternative home',
  'other-hcf': 'to another healthcare facility',
  hosp: 'to hospice',
  long: 'to long-term care',
  aadvice: 'against medical advice',
  exp: '(patient expired)',
  psy: 'to a psychiatric hospital',
  rehab: 'to rehabilitation',
  snf: 'to a skilled nursing facility',
  oth: '(other disposition)',
} as const;

/** A string field of stored data, or undefined: corrected data is read untyped. */
export function textField(data: Readonly<Record<string, unknown>> | undefined, key: string) {
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
}
