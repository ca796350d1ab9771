// The operations the other tests send (every typed document codegen made from test/**/documents.ts),
// with variables of the right types, for the limit and fuzz tests.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  print,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as generated from '../gql/graphql.ts';

export interface TestOperation {
  name: string;
  query: string;
  operation: OperationDefinitionNode;
}

/** Every operation in test/gql, printed as the gql helper sends it. */
export function testOperations(): TestOperation[] {
  return Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && (value as { kind?: string }).kind === 'Document')
    .flatMap(([, value]) => {
      const document = value as TypedDocumentNode;
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      return operation ? [{ name: operation.name?.value ?? '(anonymous)', query: print(document), operation }] : [];
    });
}

/**
 * Variables that coerce for the operation: `first` is 100, the largest page any list gives, so the
 * cost measured is the operation's worst case; ids are well-formed Authorization ids.
 */
export function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type) variables[definition.variable.name.value] = sampleValue(type, definition.variable.name.value);
  }
  return variables;
}

export function sampleValue(type: GraphQLInputType, name: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleValue(inner.ofType as GraphQLInputType, name)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]!.name;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (named.name) {
    case 'ID':
      return encodeGlobalID('Authorization', '00000000-0000-4000-8000-000000000000');
    case 'Int':
      return name === 'first' ? 100 : 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-03-01T12:00:00.000Z';
    default:
      return 'x';
  }
}
