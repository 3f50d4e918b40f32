import type { ReadModelView } from '../projection.js';
import { parseObject } from '../shared/canonical-json.js';
import { textCell } from '../shared/row-cells.js';
import type { SummaryLookup } from './summarize.js';
import { timelineEntities, timelineEntries, timelineSources } from './timeline-tables.js';

/** Answers a summary's look-ups from the timeline's own tables. */
export function timelineLookup(view: ReadModelView): SummaryLookup {
  return {
    entity(entityId) {
      const link = view.get(timelineEntities.name, { entity_id: entityId });
      if (!link) return undefined;
      const source = view.get(timelineSources.name, {
        event_id: textCell(link, 'created_by_event_id'),
      });
      return source ? parseObject(textCell(source, 'current_json')) : undefined;
    },
    eventType(eventId) {
      const entry = view.get(timelineEntries.name, { event_id: eventId });
      return entry ? textCell(entry, 'event_type') : undefined;
    },
  };
}
