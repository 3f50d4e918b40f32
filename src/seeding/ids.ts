import { v5 as uuidv5 } from 'uuid';

/** Namespace of every id the synthetic seed derives: the same seed and step give the same id. */
const SEED_NAMESPACE = '5a0c1f4e-2b7d-4e8a-9c61-73f5d2e0b9a4';

/** A deterministic uuid for a name within the seed's namespace. */
export function seedUuid(name: string): string {
  return uuidv5(name, SEED_NAMESPACE);
}

export const seedIds = {
  patient: (seed: number, patientIndex: number): string =>
    seedUuid(`seed/${seed}/patient/${patientIndex}`),
  case: (seed: number, patientIndex: number, episode: number): string =>
    seedUuid(`seed/${seed}/patient/${patientIndex}/case/${episode}`),
  command: (seed: number, patientIndex: number, step: number): string =>
    seedUuid(`seed/${seed}/patient/${patientIndex}/command/${step}`),
} as const;
