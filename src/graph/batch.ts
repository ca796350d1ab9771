// Batch requests (docs/graph-api.md "Batch requests"): at most 50 items per HTTP request, each item a Graph call of its own.
// Items that come back `null` (not executed) or with a TRANSIENT error are re-queued for a bounded
// number of rounds; everything else is final. Once the caller's signal fires, no round or chunk starts:
// items answered so far keep their answers, the others get a GraphDeadlineError.
import { z } from 'zod';
import type { BatchItemResult, BatchRequestItem } from './graph-api.ts';
import { classifyGraphError } from './classify-error.ts';
import { adAccountIdOf, endpointLabel } from './endpoint-label.ts';
import { parseErrorEnvelope, redactEnvelope } from './error-envelope.ts';
import { GraphDeadlineError, GraphTransientError, GraphUnexpectedResponseError, type GraphError } from './errors.ts';
import { backoffMs, deadlineError, parseJson, secretValues, sleep, type GraphTransport } from './request.ts';
import { parseGraphBody } from './schemas.ts';
import { lookupBatchHeaders, parseUsageHeaders } from './usage-headers.ts';

export const MAX_BATCH_ITEMS = 50;

const batchResponseSchema = z.array(
  z.union([
    z.null(),
    z.object({
      code: z.number().int(),
      headers: z
        .array(z.object({ name: z.string(), value: z.string() }))
        .optional()
        .catch(undefined),
      body: z.string().optional(),
    }),
  ]),
);
type RawItem = z.infer<typeof batchResponseSchema>[number];

export async function runBatch(
  transport: GraphTransport,
  accessToken: string,
  items: readonly BatchRequestItem[],
  signal?: AbortSignal,
): Promise<BatchItemResult[]> {
  const results: (BatchItemResult | undefined)[] = items.map(() => undefined);
  let pending = items.map((_, index) => index);
  rounds: for (let round = 0; pending.length > 0 && round <= transport.maxRetries; round++) {
    if (round > 0) await sleep(backoffMs(transport.retryBaseDelayMs, round - 1), signal);
    const retryable: number[] = [];
    for (let start = 0; start < pending.length; start += MAX_BATCH_ITEMS) {
      const chunk = pending.slice(start, start + MAX_BATCH_ITEMS);
      let raw: RawItem[];
      try {
        raw = await sendChunk(
          transport,
          accessToken,
          chunk.map((index) => items[index]!),
          signal,
        );
      } catch (error) {
        if (error instanceof GraphDeadlineError || signal?.aborted) break rounds;
        throw error;
      }
      chunk.forEach((index, position) => {
        const result = itemResult(transport, accessToken, items[index]!, raw[position]!);
        results[index] = result;
        if (result === undefined || (!result.ok && result.error instanceof GraphTransientError)) retryable.push(index);
      });
    }
    pending = retryable;
  }
  return results.map((result, index) => result ?? { ok: false, error: unanswered(items[index]!, signal) });
}

function unanswered(item: BatchRequestItem, signal: AbortSignal | undefined): GraphError {
  if (signal?.aborted) return deadlineError(`batch item ${itemLabel(item)}`);
  return new GraphTransientError({ message: `Batch item ${itemLabel(item)} was not executed by Graph` });
}

async function sendChunk(
  transport: GraphTransport,
  accessToken: string,
  chunk: BatchRequestItem[],
  signal: AbortSignal | undefined,
): Promise<RawItem[]> {
  const batch = chunk.map((item) => ({
    method: item.method,
    relative_url: item.relativeUrl,
    ...(item.body === undefined ? {} : { body: item.body }),
  }));
  const response = await transport.send(
    {
      method: 'POST',
      path: '',
      accessToken,
      params: { batch: JSON.stringify(batch), include_headers: 'true' },
      report: 'failures',
    },
    { signal },
  );
  const raw = parseGraphBody(batchResponseSchema, response.body, 'POST batch');
  if (raw.length !== chunk.length) {
    throw new GraphUnexpectedResponseError({ message: `Graph answered a batch of ${chunk.length} items with ${raw.length} results` });
  }
  return raw;
}

/** One item's outcome; undefined for a `null` item (to be re-queued). */
function itemResult(transport: GraphTransport, accessToken: string, item: BatchRequestItem, raw: RawItem): BatchItemResult | undefined {
  const endpoint = itemLabel(item);
  const adAccountId = adAccountIdOf(item.relativeUrl);
  if (raw === null) {
    transport.reportCall({ endpoint, ok: false, errorCode: undefined, batchItem: true, adAccountId });
    return undefined;
  }
  const usage = parseUsageHeaders(lookupBatchHeaders(raw.headers ?? []));
  if (usage) transport.reportUsage(usage);
  const body = raw.body === undefined ? undefined : parseJson(raw.body);
  const envelope = parseErrorEnvelope(body);
  let error: GraphError | undefined;
  if (raw.code < 200 || raw.code >= 300 || envelope) {
    const secrets = [accessToken, transport.appSecret, ...itemSecrets(item)];
    error = classifyGraphError({ httpStatus: raw.code, envelope: envelope && redactEnvelope(envelope, secrets), usage, endpoint });
  } else if (body === undefined) {
    error = new GraphUnexpectedResponseError({
      message: `Batch item ${endpoint} answered with a body that is not JSON`,
      httpStatus: raw.code,
    });
  }
  transport.reportCall({ endpoint, ok: !error, errorCode: error?.code, batchItem: true, adAccountId });
  return error ? { ok: false, error } : { ok: true, status: raw.code, body };
}

function itemLabel(item: BatchRequestItem): string {
  return endpointLabel(item.method, item.relativeUrl);
}

function itemSecrets(item: BatchRequestItem): string[] {
  const query = item.relativeUrl.split('?')[1] ?? '';
  return [...secretValues(new URLSearchParams(query)), ...secretValues(new URLSearchParams(item.body ?? ''))];
}
