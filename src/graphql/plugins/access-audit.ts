import {
  GraphQLError,
  TypeInfo,
  getOperationAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AccessBasis } from '../../access/access-policy.js';
import type { AccessRecord } from '../../application/access-records.js';
import type { AccessEventData } from '../../domain/events/catalogue.js';
import type { Role } from '../../domain/values.js';
import type { ApiContext } from '../context.js';

type Purpose = AccessEventData<'PatientRecordAccessed'>['purposeOfUse'];

/** Types that carry no patient data: reading them is not an access to record. */
export const operationalTypes: ReadonlySet<string> = new Set([
  'Query',
  'Mutation',
  'Subscription',
  'ProjectionStatus',
  'ProjectionError',
  'ProjectionRebuild',
  'PageInfo',
  'CommandResult',
  'EmergencyAccess',
  'AccessLogConnection',
  'AccessLogEdge',
  'AccessLogEntry',
  'IntegrityReport',
  'IntegrityBreak',
]);

/** A query field that returns data itself (a scalar such as JSON) rather than an object to select from. */
function isDataOfItsOwn(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): boolean {
  return parent.name === 'Query' && isLeafType(getNamedType(field.type));
}

/** Parsed documents are cached and reused by Yoga: each one's fields are worked out once. */
const fieldsByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, string[]>>();

/** The fields of patient data a document asks for, as `Type.field`, in name order. */
function fieldsAskedFor(schema: GraphQLSchema, document: DocumentNode): string[] {
  let known = fieldsByDocument.get(schema);
  if (!known) fieldsByDocument.set(schema, (known = new WeakMap()));
  let fields = known.get(document);
  if (!fields) known.set(document, (fields = fieldsIn(schema, document)));
  return fields;
}

function fieldsIn(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const fields = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (
          parent &&
          field &&
          !field.name.startsWith('__') &&
          (!operationalTypes.has(parent.name) || isDataOfItsOwn(parent, field))
        )
          fields.add(`${parent.name}.${field.name}`);
      },
    }),
  );
  return [...fields].sort().slice(0, 500);
}

const operationTypes = {
  query: 'query',
  mutation: 'mutation',
  subscription: 'subscription',
} as const;

/** Why a role reads: auditors audit, analysts improve quality, care teams treat (in an emergency too). */
export function purposeOf(role: Role, basis: AccessBasis | null): Purpose {
  switch (role) {
    case 'auditor':
      return 'audit';
    case 'quality_analyst':
      return 'quality-improvement';
    case 'admin':
      return 'operations';
    case 'case_manager':
    case 'clinician':
      return basis === 'emergency' ? 'emergency-treatment' : 'treatment';
  }
}

/** The access records of one finished operation: per patient, what was reached and what refused. */
async function accessRecordsOf(
  context: ApiContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): Promise<AccessRecord[]> {
  if (context.access.journal.size === 0) return [];
  const operation = getOperationAST(document, operationName);
  const { actor, requestId } = context;
  const fields = fieldsAskedFor(schema, document);
  const common = {
    operation: {
      type: operationTypes[operation?.operation ?? 'query'],
      name: operation?.name?.value ?? null,
    },
    fields,
    client: { address: context.clientAddress, requestId },
    role: actor.role,
  };
  const records: AccessRecord[] = [];
  const recordOf = (
    patientId: string,
    cases: ReadonlySet<string | null>,
    basis: AccessBasis | null,
  ): AccessRecord => ({
    actor,
    requestId,
    data: {
      ...common,
      patientId,
      caseIds: [...cases].filter((id): id is string => id !== null).slice(0, 500),
      outcome: basis === null ? 'denied' : 'granted',
      basis,
      purposeOfUse: purposeOf(actor.role, basis),
    },
  });
  for (const [patientId, access] of context.access.journal) {
    for (const [basis, reached] of access.granted) {
      const record = recordOf(patientId, reached, basis);
      const emergencyReason =
        basis === 'emergency' ? await context.access.emergencyReason(patientId) : undefined;
      records.push(
        emergencyReason ? { ...record, data: { ...record.data, emergencyReason } } : record,
      );
    }
    if (access.denied.size > 0) records.push(recordOf(patientId, access.denied, null));
  }
  return records;
}

/** What a request gets when its reads could not be recorded: no data, and no detail. */
const notRecorded = () => ({
  errors: [
    new GraphQLError('the access could not be recorded, so no data is returned', {
      extensions: { code: 'ACCESS_NOT_RECORDED', http: { status: 503 } },
    }),
  ],
});

/**
 * The access audit: after an operation has run, and before its result is sent, every read of
 * patient data it made (and every refused attempt) is appended to the patient's `access-` stream.
 * If that append fails, the result is replaced: the data is not returned unrecorded.
 */
export function accessAuditPlugin(): Plugin {
  /** Runs an operation, then records its reads; the result only if they were recorded. */
  const recordingAccess =
    <Args>(run: (args: Args) => unknown) =>
    async (args: Args): Promise<unknown> => {
      const result: unknown = await run(args);
      const { schema, document, operationName, contextValue } = args as unknown as ExecutionArgs;
      const context = contextValue as ApiContext;
      try {
        await context.services.accessRecords.record(
          await accessRecordsOf(context, schema, document, operationName),
        );
      } catch {
        return notRecorded();
      }
      return result;
    };
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(recordingAccess(executeFn));
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(recordingAccess(subscribeFn));
    },
  };
}
