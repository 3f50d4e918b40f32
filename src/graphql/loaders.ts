import DataLoader from 'dataloader';
import type { RecordedEvent } from '../event-store/port.js';
import type { ApiContext } from './context.js';
import { eventLocations } from './read/audit-reads.js';
import { casesByIds, casesByPatients, type CaseRecord } from './read/case-reads.js';
import { streamEvents } from './read/event-reads.js';
import {
  knownPatients,
  timelinePage,
  type TimelineEntryRecord,
  type TimelineQuery,
} from './read/timeline-reads.js';

/** One request's loaders: they batch and cache within the request only, never across callers. */
export interface Loaders {
  readonly caseById: DataLoader<string, CaseRecord | null>;
  readonly casesOfPatient: DataLoader<string, CaseRecord[]>;
  readonly patientKnown: DataLoader<string, boolean>;
  readonly timelinePage: DataLoader<TimelineQuery, TimelineEntryRecord[], string>;
  readonly eventById: DataLoader<string, RecordedEvent | null>;
}

const perRequest = new WeakMap<ApiContext, Loaders>();

function createLoaders(context: ApiContext): Loaders {
  const { projections, store } = context.services;
  // Batch functions run synchronous SQLite reads; DataLoader wants promises.
  return {
    caseById: new DataLoader((ids) => {
      const found = casesByIds(projections, ids);
      return Promise.resolve(ids.map((id) => found.get(id) ?? null));
    }),
    casesOfPatient: new DataLoader((ids) => {
      const found = casesByPatients(projections, ids);
      return Promise.resolve(ids.map((id) => found.get(id) ?? []));
    }),
    patientKnown: new DataLoader((ids) => {
      const known = knownPatients(projections, ids);
      return Promise.resolve(ids.map((id) => known.has(id)));
    }),
    timelinePage: new DataLoader(
      (queries) => Promise.resolve(queries.map((query) => timelinePage(projections, query))),
      { cacheKeyFn: (query) => JSON.stringify(query) },
    ),
    eventById: new DataLoader(async (ids) => {
      const locations = eventLocations(projections, ids);
      return Promise.all(
        ids.map(async (id) => {
          const at = locations.get(id);
          if (!at) return null;
          const [event] = await streamEvents(store, at.streamId, at.revision, 1);
          return event?.id === id ? event : null;
        }),
      );
    }),
  };
}

/** The request's loaders, created on first use. */
export function loaders(context: ApiContext): Loaders {
  let found = perRequest.get(context);
  if (!found) {
    found = createLoaders(context);
    perRequest.set(context, found);
  }
  return found;
}
