/** A tiny seeded PRNG (sfc32 seeded through splitmix32): the same seed always draws the same numbers. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seeds from any number of integers, e.g. (cohort seed, patient index), so each journey has its own stream. */
  constructor(...seeds: readonly number[]) {
    let state = 0x9e3779b9;
    for (const seed of seeds)
      state = mix(state ^ Math.imul(seed | 0, 0x85ebca6b)) ^ mix(Math.floor(seed / 2 ** 32));
    const next = (): number => (state = mix((state + 0x9e3779b9) | 0));
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // sfc32 mixes poorly during its first draws.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.float() < probability;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** One value by weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.float() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** One key by weight: `{ approved: 75, denied: 6 }`; keys are tried in their written order. */
  choose<K extends string>(weights: Readonly<Record<K, number>>): K {
    return this.weighted(Object.entries(weights) as [K, number][]);
  }

  /** `count` distinct elements in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, Math.max(0, count));
  }

  /** Roughly normal (Irwin–Hall of 4 uniforms), clamped to [min, max]. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const z = (this.float() + this.float() + this.float() + this.float() - 2) * Math.sqrt(3);
    return Math.min(max, Math.max(min, mean + z * sd));
  }

  /** A rounded `normal`. */
  normalInt(mean: number, sd: number, min: number, max: number): number {
    return Math.round(this.normal(mean, sd, min, max));
  }
}

/** splitmix32's finaliser: spreads every input bit over the output. */
function mix(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Whether item `index` is in a share of `rate`: any n consecutive indices hold ⌊n·rate⌋ or ⌈n·rate⌉
 * of them, at places the seed and key choose. Rare features then show up even in a small cohort.
 */
export function inShare(seed: number, key: number, index: number, rate: number): boolean {
  const offset = new Random(seed, key, 0x5a5e).float();
  return Math.floor((index + 1) * rate + offset) > Math.floor(index * rate + offset);
}
