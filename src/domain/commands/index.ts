/** The command API of the domain: schemas, types and the one parser of untrusted input. */
export * from './command-schema.js';
export { parseCommand, toFieldIssues } from './parse-command.js';
export { amendmentCommandTypes } from './amendments.js';
