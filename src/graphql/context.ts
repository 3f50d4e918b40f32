import type { CommandService } from '../application/command-service.js';
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
}

/** One request's context: the caller and the services (loaders join it per request). */
export interface ApiContext {
  readonly services: ApiServices;
  /** The authenticated caller: every request has one, or it is refused before it runs. */
  readonly actor: Actor;
  /** The access policy applied to this caller: every read of patient data and every write asks it. */
  readonly access: RequestAccess;
  readonly requestId: string;
}
