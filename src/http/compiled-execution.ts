import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';

/**
 * Runs the documents that clients send again and again through graphql-jit, which compiles a
 * document's operation into a function once and then executes it without walking the schema for
 * every field: the 50 × 10 page costs about half the CPU it costs in the default executor
 * (`npm run bench:api`).
 *
 * A document is compiled the second time it runs. Compiling a page takes about as long as validating
 * it, so a document sent once (a client exploring, or one trying to burn CPU with new documents) runs
 * in the default executor and costs no compile. yoga's parse cache hands back the same document object
 * for the same text, and the counts and compiled queries are held weakly by that object.
 *
 * Only documents with a single operation are compiled: the plugin caches one compiled operation per
 * document, whatever operationName asks for, so a second operation of the same document would get the
 * first one's answer.
 */
export function useCompiledExecution(log: Logger): Plugin {
  // Whether a document that has run before may be compiled; absent: it has not run yet.
  const compilable = new WeakMap<DocumentNode, boolean>();
  const worthCompiling = (document: DocumentNode): boolean => {
    const known = compilable.get(document);
    if (known === undefined) compilable.set(document, isSingleOperation(document));
    return known ?? false;
  };
  return useGraphQlJit(
    {},
    {
      enableIf: (args) => worthCompiling(args.document),
      // Every valid document should compile; one that does not answers with the compiler's errors, logged here.
      onError: (result) => log.warn({ errors: result.errors?.map((error) => error.message) }, 'graphql-jit could not compile a document'),
    },
  ) as Plugin;
}

function isSingleOperation(document: DocumentNode): boolean {
  return document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length === 1;
}
