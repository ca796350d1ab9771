import { getOperationAST, type DocumentNode } from 'graphql';

export interface OperationLabels {
  readonly operationName: string;
  readonly operationType: string;
}

/** A request whose document was never parsed: refused before, or not GraphQL. */
export const NOT_PARSED: OperationLabels = { operationName: 'none', operationType: 'none' };

export type OperationLabeller = (document: DocumentNode, operationName: string | null | undefined) => OperationLabels;

/**
 * The labels of the operation a request runs. Operation names come from clients: past `maxNames`
 * distinct ones the rest share the name "other", so no key can grow the registry without bound. (With
 * trusted documents the names are the list's.) Kept per document, which yoga's parse cache hands back
 * for the same text, so a document's operation is looked up once, not by every series on every request.
 */
export function operationLabeller(maxNames: number): OperationLabeller {
  const boundedName = boundedLabel(maxNames);
  const byDocument = new WeakMap<DocumentNode, Map<string, OperationLabels>>();
  return (document, operationName) => {
    const known = byDocument.get(document)?.get(operationName ?? '');
    if (known) return known;
    const operation = getOperationAST(document, operationName);
    // Unnamed operations are "Anonymous"; a name the document does not have finds no operation.
    const labels = { operationName: boundedName(operation?.name?.value ?? 'Anonymous'), operationType: operation?.operation ?? 'unknown' };
    // Only operations the document holds are kept, so a document's entries are bounded by its length.
    if (operation) {
      const ofDocument = byDocument.get(document) ?? new Map<string, OperationLabels>();
      byDocument.set(document, ofDocument.set(operationName ?? '', labels));
    }
    return labels;
  };
}

/** A label value for client-chosen names: the first `limit` distinct names as they are, then "other". */
function boundedLabel(limit: number): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) return name;
    if (seen.size >= limit || name.length > 100) return 'other';
    seen.add(name);
    return name;
  };
}

export function isDocument(result: unknown): result is DocumentNode {
  return typeof result === 'object' && result !== null && (result as { kind?: unknown }).kind === 'Document';
}
