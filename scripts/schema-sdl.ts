import { printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { getSchema } from '../src/graphql/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

const HEADER = `# GENERATED FILE: do not edit. Printed from src/graphql by \`npm run schema:print\`.
# This sorted SDL is the contract clients review; \`npm test\` fails when it is out of date.
`;

/** The sorted SDL exactly as schema/schema.graphql must hold it. */
export function renderSchemaSdl(): string {
  return `${HEADER}\n${printSchema(getSchema())}\n`;
}

/** The first line where two texts differ, 1-based, or undefined when they are equal. */
export function firstDifferentLine(expected: string, actual: string): number | undefined {
  if (expected === actual) return undefined;
  const a = expected.split('\n');
  const b = actual.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  return (index === -1 ? a.length : index) + 1;
}
