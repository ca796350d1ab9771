import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';
import { isoDateTime } from './iso-date-time.ts';

function badDate(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): Date {
  if (typeof value !== 'string') throw badDate('DateTime must be an ISO-8601 string');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badDate(`"${value}" is not an ISO-8601 date-time`);
  return date;
}

builder.scalarType('DateTime', {
  description: 'An ISO-8601 date-time in UTC, e.g. 2026-11-22T10:00:00.000Z.',
  serialize: (value) => isoDateTime(value instanceof Date ? value : new Date(value as string)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badDate('DateTime must be an ISO-8601 string');
    return parseDate(ast.value);
  },
});
