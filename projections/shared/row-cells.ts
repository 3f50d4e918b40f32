import type { Row } from '../projection.js';

/** A TEXT cell that must be there: a missing one means the read model is not what this code wrote. */
export function textCell(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`read-model column ${column} is not text`);
  return value;
}

export function optionalTextCell(row: Row | undefined, column: string): string | null {
  const value = row?.[column];
  return typeof value === 'string' ? value : null;
}

export function integerCell(row: Row | undefined, column: string): number | null {
  const value = row?.[column];
  return typeof value === 'number' ? value : null;
}
