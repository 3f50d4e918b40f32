import DataLoader from 'dataloader';
import { caseIdOf } from '../../projections/shared/case-id-of.js';
import { streams } from '../application/streams.js';
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

/**
 * One request's loaders: they batch and cache within the request only, never across callers.
 * They are also where access is enforced on reads: every Case, patient, timeline entry and event
 * the API returns comes out of one of them, filtered by the request's access policy, so a record
 * the caller may not see looks exactly like one that does not exist.
 */
export interface Loaders {
  readonly caseById: DataLoader<string, CaseRecord | null>;
  readonly casesOfPatient: DataLoader<string, CaseRecord[]>;
  readonly patientKnown: DataLoader<string, boolean>;
  readonly timelinePage: DataLoader<TimelineQuery, TimelineEntryRecord[], string>;
  readonly eventById: DataLoader<string, RecordedEvent | null>;
  /**
   * Cases read by a query of its own (the caseload): the ones the caller may read, each decision
   * noted for the access audit like any other, and primed for `caseById`.
   */
  readableCases(records: readonly CaseRecord[]): Promise<CaseRecord[]>;
}

const perRequest = new WeakMap<ApiContext, Loaders>();

function createLoaders(context: ApiContext): Loaders {
  const { projections, store } = context.services;
  const { access } = context;

  /** The record if the caller may read its case now, else null. */
  const readable = async (record: CaseRecord | null | undefined): Promise<CaseRecord | null> => {
    if (!record) return null;
    const basis = await access.caseBasis({
      caseId: record.id,
      patientId: record.view.patientId ?? '',
    });
    return basis === null ? null : record;
  };

  const loaders: Loaders = {
    async readableCases(records) {
      const admitted = (await Promise.all(records.map(readable))).filter(
        (record): record is CaseRecord => record !== null,
      );
      for (const record of admitted) loaders.caseById.prime(record.id, record);
      return admitted;
    },
    caseById: new DataLoader(async (ids) => {
      const found = casesByIds(projections, ids);
      return Promise.all(ids.map((id) => readable(found.get(id))));
    }),
    casesOfPatient: new DataLoader(async (ids) => {
      const found = casesByPatients(projections, ids);
      return Promise.all(
        ids.map(async (id) => {
          const cases = await Promise.all((found.get(id) ?? []).map(readable));
          return cases.filter((record): record is CaseRecord => record !== null);
        }),
      );
    }),
    patientKnown: new DataLoader(async (ids) => {
      const known = knownPatients(projections, ids);
      return Promise.all(
        ids.map(async (id) => known.has(id) && (await access.patientBasis(id)) !== null),
      );
    }),
    timelinePage: new DataLoader(
      async (queries) =>
        Promise.all(
          queries.map(async (query) => {
            // A case's timeline is reached only through a Case the caller may read; a patient's
            // shows the patient's own entries and those of the cases the caller may read.
            if ('caseId' in query.scope) return timelinePage(projections, query, 'all');
            const cases = await access.casesOfPatient(query.scope.patientId);
            return cases === null ? [] : timelinePage(projections, query, cases);
          }),
        ),
      { cacheKeyFn: (query) => JSON.stringify(query) },
    ),
    eventById: new DataLoader(async (ids) => {
      const locations = eventLocations(projections, ids);
      return Promise.all(
        ids.map(async (id) => {
          const at = locations.get(id);
          if (!at || !(await mayReadStream(at.streamId))) return null;
          const [event] = await streamEvents(store, at.streamId, at.revision, 1);
          return event?.id === id ? event : null;
        }),
      );
    }),
  };

  /** Whether the caller may read events of this stream: its case's or its patient's. */
  async function mayReadStream(streamId: string): Promise<boolean> {
    if (streamId.startsWith(streams.case(''))) {
      return (await loaders.caseById.load(caseIdOf(streamId))) !== null;
    }
    if (streamId.startsWith(streams.patient(''))) {
      return (await access.patientBasis(streamId.slice(streams.patient('').length))) !== null;
    }
    return false;
  }

  return loaders;
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
