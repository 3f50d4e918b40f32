/** What the handler knows of a stream at a revision: its folded state and the commands in it. */
export interface CachedStream<State> {
  readonly state: State;
  readonly revision: number | null;
  /** Each command id seen in the stream, with the revisions of its events; grows as the stream does. */
  readonly commands: Map<string, { readonly from: number; readonly to: number }>;
}

/**
 * A bounded, least-recently-used cache of folded stream states. It only saves reading what is
 * already known: the handler always reads the stream onward from the cached revision.
 */
export class StreamStateCache<State> {
  private readonly entries = new Map<string, CachedStream<State>>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): CachedStream<State> | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  /** Keeps the entry unless a newer revision of the stream is cached already. */
  set(streamId: string, entry: CachedStream<State>): void {
    if (this.capacity <= 0) return;
    const current = this.entries.get(streamId);
    if (current && (current.revision ?? -1) > (entry.revision ?? -1)) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
