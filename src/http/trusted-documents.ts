import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { ConfigError } from '../config.ts';
import { roleAtLeast } from '../domain/roles.ts';
import type { Logger } from '../log.ts';
import { viewerOf } from './api-key.ts';

const SETTING = 'ADSAUTH_TRUSTED_DOCUMENTS';

/**
 * ADSAUTH_TRUSTED_DOCUMENTS: keys below OPERATOR run only the documents of this hash → document map
 * (the client preset's persisted-documents.json), named by `documentId` or by
 * `extensions.persistedQuery.sha256Hash`. An OPERATOR key may still send any document. Unset: off.
 */
export function trustedDocumentPlugins(options: { file: string | undefined; log: Logger }): Plugin[] {
  if (options.file === undefined) return [];
  const documents = loadTrustedDocuments(options.file);
  options.log.info({ trustedDocuments: documents.size }, 'keys below OPERATOR run only trusted documents');
  return [
    usePersistedOperations({
      getPersistedOperation: (id) => documents.get(bareHash(id)) ?? null,
      // viewerOf throws UNAUTHENTICATED for a request without a valid key, which is the honest answer.
      allowArbitraryOperations: (request) => roleAtLeast(viewerOf(request).role, 'OPERATOR'),
      extractPersistedOperationId: (params, request, context) =>
        documentIdOf(params, request) ?? defaultExtractPersistedOperationId(params, request, context),
      customErrors: {
        persistedQueryOnly: refusal(
          'PERSISTED_QUERY_ONLY',
          'This gateway runs only trusted documents: send the documentId (or extensions.persistedQuery.sha256Hash) of one.',
        ),
        notFound: refusal('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this id.'),
        keyNotFound: refusal('PERSISTED_QUERY_ID_REQUIRED', 'Send a documentId, an extensions.persistedQuery.sha256Hash, or a query.'),
      },
    }),
  ];
}

const documentMap = z.record(z.string().min(1), z.string().min(1));

/** The map, keyed by bare hash; every document must parse. Throws a one-line ConfigError otherwise. */
export function loadTrustedDocuments(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${SETTING} file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = documentMap.safeParse(json);
  if (!parsed.success || Object.keys(parsed.data).length === 0) {
    throw new ConfigError(`${SETTING} file ${file} must be a JSON object that maps document hashes to GraphQL documents`);
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed.data)) {
    try {
      parse(document);
    } catch {
      throw new ConfigError(`${SETTING} file ${file}: the document "${hash}" is not valid GraphQL`);
    }
    documents.set(bareHash(hash), document);
  }
  return documents;
}

/** Codegen writes `sha256:<hex>`; APQ clients send the bare hex. Both name the same document. */
function bareHash(id: string): string {
  return id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
}

/** `documentId`, the GraphQL-over-HTTP name of a persisted document's id: in a JSON body, or in a GET's query string. */
function documentIdOf(params: GraphQLParams, request: Request): string | null {
  // yoga's GET parser keeps only query, operationName, variables and extensions.
  const id =
    request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : (params as { documentId?: unknown }).documentId;
  return typeof id === 'string' && id !== '' ? id : null;
}

function refusal(code: string, message: string) {
  return { message, extensions: { code, http: { status: 400 } } };
}
