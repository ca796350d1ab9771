// Seeded generation of requests for fuzz.test.ts: the operations of test/ with their variables, mutated
// the ways a careless or hostile client would: wrong types, unknown fields, bad enum values, bad ids,
// missing variables, broken documents, broken or foreign bodies, odd methods and headers, random bytes.
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { sampleValue, type TestOperation } from './operations.ts';

/** mulberry32: a small seeded PRNG, so that a failure can be replayed from the seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]!, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof seededRandom>;

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const WRONG_VALUES: unknown[] = [
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53,
  -0,
  true,
  false,
  null,
  '',
  ' ',
  'string',
  '1e309',
  'NaN',
  '💥\u0000\ud800',
  '<script>',
  {},
  [],
  [1, 2],
  { a: { b: { c: 1 } } },
  'x'.repeat(5000),
  [null],
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: {} } },
];
const ENUM_NOISE = ['', 'nope', 'ACTIVE ', 'active', 'TRUE', '__proto__', 'EXPORT_EVERYTHING', '0'];
const DOCUMENT_NOISE = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '...',
  '#',
  '"',
  '\\',
  '\n',
  ' ',
  'x',
  '0',
  'null',
  '__typename',
  'on',
  'fragment',
];
const IDENTIFIERS = [
  'viewer',
  'node',
  'authorizations',
  'edges',
  'history',
  'id',
  'nope',
  '__schema',
  '__type',
  'role',
  'first',
  'input',
  'query',
  'mutation',
];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
];
const ACCEPTS = ['application/graphql-response+json', 'application/json', '*/*', 'text/html', 'text/event-stream', 'application/xml', ''];

/** Ids of every shape: malformed, of unknown or foreign types, of the right type but unknown, and the real ones. */
function badId(random: Random, realIds: readonly string[]): string {
  return random.pick([
    () => random.pick(realIds),
    () => random.pick(['', '!!!', 'Zm9v', 'not base64 at all', '=', 'x'.repeat(2000), '\u0000', '💥']),
    () =>
      encodeGlobalID(
        random.pick([
          'Nope',
          'Viewer',
          'Error',
          'Node',
          'Query',
          '__proto__',
          'constructor',
          'Workspace',
          'AdAccount',
          'Webhook',
          'Authorization',
        ]),
        random.pick(['1', '', 'x:y', '00000000-0000-4000-8000-000000000000', '-1']),
      ),
    () => Buffer.from(`Authorization:${'9'.repeat(random.int(40))}`).toString('base64url'),
  ])();
}

/** A value for `type`, right most of the time, wrong at a leaf with probability `p`. */
function fuzzValue(type: GraphQLInputType, name: string, random: Random, p: number, realIds: readonly string[]): unknown {
  if (random.chance(p / 3)) return random.pick(WRONG_VALUES);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return Array.from({ length: random.int(3) }, () => fuzzValue(inner.ofType as GraphQLInputType, name, random, p, realIds));
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (random.chance(p / 3)) continue; // a required field left out
      if (isNonNullType(field.type) || random.chance(0.5)) value[field.name] = fuzzValue(field.type, field.name, random, p, realIds);
    }
    if (random.chance(p / 2)) value[random.pick(['colour', '__proto__', 'id2', ''])] = random.pick(WRONG_VALUES);
    return value;
  }
  if (isEnumType(named) && random.chance(p)) return random.pick(ENUM_NOISE);
  if (named.name === 'ID' && random.chance(0.5)) return badId(random, realIds);
  if (named.name === 'Int' && random.chance(p)) return random.pick([-1, 0, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)]);
  return sampleValue(type, name);
}

function mutateDocument(query: string, random: Random): string {
  const at = random.int(query.length + 1);
  return random.pick([
    () => query.slice(0, at) + random.pick(DOCUMENT_NOISE) + query.slice(at),
    () => query.slice(0, at) + query.slice(at + 1 + random.int(20)),
    () => query.slice(0, at),
    () => query.replace(new RegExp(`\\b${random.pick(IDENTIFIERS)}\\b`), random.pick(IDENTIFIERS)),
    () => query.replace(/\{/, `{ a${random.int(9)}: `),
    () => query.replace(/\{(\s*)(\w+)/, `{$1$2 @skip(if: ${random.pick(['true', 'false', '$nope', '1'])})`),
    () => `${query} ${query}`,
    () => `${query}\nfragment F on Query { ...F }`,
  ])();
}

/** One request in `count`: most are operations of test/, many with something wrong; the rest are broken at the HTTP level. */
export function fuzzRequest(
  random: Random,
  context: { schema: GraphQLSchema; operations: readonly TestOperation[]; apiKey: string; realIds: readonly string[] },
): FuzzRequest {
  const { schema, operations, apiKey, realIds } = context;
  const op = random.pick(operations);
  const variables: Record<string, unknown> = {};
  const p = random.pick([0, 0.2, 0.6]);
  for (const definition of op.operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    if (!random.chance(p / 4))
      variables[definition.variable.name.value] = fuzzValue(type, definition.variable.name.value, random, p, realIds);
  }
  const headers = { 'content-type': 'application/json', accept: random.pick(ACCEPTS.slice(0, 3)), authorization: `Bearer ${apiKey}` };
  const post = (kind: string, body: string | Uint8Array, extra: Record<string, string> = {}): FuzzRequest => ({
    kind,
    method: 'POST',
    path: '/graphql',
    headers: { ...headers, ...extra },
    body,
  });
  const roll = random.next();
  if (roll < 0.45) return post(p === 0 ? 'operation' : 'bad variables', JSON.stringify({ query: op.query, variables }));
  if (roll < 0.65) return post('broken document', JSON.stringify({ query: mutateDocument(op.query, random), variables }));
  if (roll < 0.72) {
    const body = JSON.stringify({ query: op.query, variables });
    return post('broken JSON', body.slice(0, random.int(body.length)) + random.pick(['', '}', ',', '"', '\\', '\u0000']));
  }
  if (roll < 0.8) {
    const shapes = [
      5,
      'query',
      [op.query],
      null,
      { query: 5 },
      { query: op.query, variables: 'x' },
      { query: op.query, variables: [] },
      { query: op.query, operationName: 5 },
      { query: op.query, operationName: 'Nope' },
      { query: op.query, extensions: 'x' },
      { query: op.query, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
      { documentId: 'nope' },
      {},
    ];
    return post('foreign JSON', JSON.stringify(random.pick(shapes)));
  }
  if (roll < 0.86)
    return post(
      'random bytes',
      Uint8Array.from({ length: random.int(300) }, () => random.int(256)),
      { 'content-type': random.pick(CONTENT_TYPES) },
    );
  if (roll < 0.92) {
    const search = new URLSearchParams({
      query: random.chance(0.5) ? op.query : mutateDocument(op.query, random),
      variables: JSON.stringify(variables),
    });
    return {
      kind: 'GET',
      method: 'GET',
      path: `/graphql?${search}`,
      headers: { accept: random.pick(ACCEPTS), authorization: `Bearer ${apiKey}` },
    };
  }
  if (roll < 0.96) {
    return {
      kind: 'odd method',
      method: random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']),
      path: random.pick(['/graphql', '/healthz', '/nope', '/graphql/']),
      headers,
      body: undefined,
    };
  }
  const authorization = random.pick([
    '',
    'Bearer',
    'Bearer ',
    `Bearer ${apiKey}x`,
    `Basic ${apiKey}`,
    apiKey,
    `Bearer ${apiKey} ${apiKey}`,
  ]);
  return post('odd headers', JSON.stringify({ query: op.query, variables }), {
    authorization,
    accept: random.pick(ACCEPTS),
    'content-type': random.pick(CONTENT_TYPES),
  });
}
