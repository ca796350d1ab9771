import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';
import { isDocument, NOT_PARSED, type OperationLabeller, type OperationLabels } from './operation-labels.ts';

const LABELS = ['operationName', 'operationType'] as const;

/**
 * How long parse, validate and execute take by operation, and GraphQL errors by the phase they came
 * from, under @envelop/prometheus's series names. Timed here directly: that plugin's generic hooks
 * (label functions, handler lists filtered on every request) were a twelfth of a small request's CPU.
 */
export function graphqlPhaseMetrics(registry: Registry, labelsOf: OperationLabeller): Plugin {
  const phase = (name: string, help: string) => new Histogram({ name, help, labelNames: LABELS, registers: [registry] });
  const parse = phase('graphql_envelop_phase_parse', 'Time spent parsing GraphQL documents');
  const validate = phase('graphql_envelop_phase_validate', 'Time spent validating GraphQL documents');
  const execute = phase('graphql_envelop_phase_execute', 'Time spent executing GraphQL operations');
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'GraphQL errors by the phase they came from',
    labelNames: [...LABELS, 'phase'],
    registers: [registry],
  });
  const countErrors = (labels: OperationLabels, result: ExecutionResult) => {
    if (result.errors?.length) errors.inc({ ...labels, phase: 'execute' }, result.errors.length);
  };
  // For a failure while the context is built, which has no document of its own to name.
  const parsed = new WeakMap<object, OperationLabels>();

  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => errors.inc({ ...(parsed.get(context) ?? NOT_PARSED), phase: 'context' }));
    },
    onParse({ context }) {
      const startedAt = performance.now();
      return ({ result }) => {
        const labels = isDocument(result) ? labelsOf(result, context.params.operationName) : NOT_PARSED;
        parse.observe(labels, secondsSince(startedAt));
        if (isDocument(result)) parsed.set(context, labels);
        else errors.inc({ ...labels, phase: 'parse' });
      };
    },
    onValidate({ params, context }) {
      const labels = labelsOf(params.documentAST, context.params.operationName);
      const startedAt = performance.now();
      return ({ valid }) => {
        validate.observe(labels, secondsSince(startedAt));
        if (!valid) errors.inc({ ...labels, phase: 'validate' });
      };
    },
    onExecute({ args }) {
      const labels = labelsOf(args.document, args.operationName);
      const startedAt = performance.now();
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) {
            return {
              onNext: ({ result: next }) => countErrors(labels, next),
              onEnd: () => execute.observe(labels, secondsSince(startedAt)),
            };
          }
          countErrors(labels, result);
          execute.observe(labels, secondsSince(startedAt));
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      const labels = labelsOf(args.document, args.operationName);
      return {
        onSubscribeResult({ result }) {
          if (isAsyncIterable(result)) return { onNext: ({ result: next }) => countErrors(labels, next) };
          countErrors(labels, result);
          return undefined;
        },
        onSubscribeError: () => errors.inc({ ...labels, phase: 'subscribe' }),
      };
    },
  };
}

const secondsSince = (startedAt: number) => (performance.now() - startedAt) / 1000;
