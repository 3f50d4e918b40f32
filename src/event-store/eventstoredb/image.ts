/**
 * The one EventStoreDB server image caretrail is tested and deployed with (24.10 LTS);
 * docker-compose.yml names the same tag, and a unit test keeps the two equal.
 */
export const EVENTSTORE_IMAGE = 'eventstore/eventstore:24.10';
