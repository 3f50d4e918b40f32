import { AccessRecords } from '../application/access-records.js';
import { CommandService } from '../application/command-service.js';
import type { Pseudonyms } from '../access/pseudonyms.js';
import type { RequestAccess } from '../access/request-access.js';
import type { Actor } from '../domain/values.js';
import type { EventStore } from '../event-store/port.js';
import type { ProjectionService } from '../read-models/projection-service.js';

/** What the API runs on: built once by the composition root. */
export interface ApiServices {
  readonly store: EventStore;
  readonly commands: CommandService;
  readonly projections: ProjectionService;
  readonly clock: () => Date;
  /** Patient and case pseudonyms for quality analysts' de-identified view. */
  readonly pseudonyms: Pseudonyms;
  /** Where every read of patient data is recorded. */
  readonly accessRecords: AccessRecords;
  /** Whose checkpoint signatures verification trusts; any valid one when absent. */
  readonly integrity: { readonly trustedKeyIds?: ReadonlySet<string> };
  /** Aborted when the service shuts down: live subscriptions then complete, so the server can close. */
  readonly shutdown: AbortSignal;
}

/** The services the API runs on, from the store, the read models and the pseudonym key. */
export function apiServices(deps: {
  readonly store: EventStore;
  readonly projections: ProjectionService;
  readonly pseudonyms: Pseudonyms;
  readonly clock: () => Date;
  readonly trustedCheckpointKeyIds?: ReadonlySet<string>;
  /** Aborted on shutdown; never when absent. */
  readonly shutdown?: AbortSignal;
}): ApiServices {
  const { trustedCheckpointKeyIds, shutdown, ...services } = deps;
  return {
    ...services,
    shutdown: shutdown ?? new AbortController().signal,
    integrity: trustedCheckpointKeyIds ? { trustedKeyIds: trustedCheckpointKeyIds } : {},
    commands: new CommandService({ store: deps.store, clock: deps.clock }),
    accessRecords: new AccessRecords({ store: deps.store, clock: deps.clock }),
  };
}

/** One request's context: the caller and the services (loaders join it per request). */
export interface ApiContext {
  readonly services: ApiServices;
  /** The authenticated caller: every request has one, or it is refused before it runs. */
  readonly actor: Actor;
  /** The access policy applied to this caller: every read of patient data and every write asks it. */
  readonly access: RequestAccess;
  readonly requestId: string;
  /** The client's address as the HTTP server sees it (behind a proxy: per `trust proxy`). */
  readonly clientAddress: string | null;
}
