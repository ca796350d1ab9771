import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';

/** The extensions.code of each refusal; clients may rely on them. */
export const LIMIT_CODES = {
  size: 'DOCUMENT_TOO_LARGE',
  tokens: 'TOO_MANY_TOKENS',
  depth: 'OPERATION_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  cost: 'OPERATION_TOO_COSTLY',
} as const;

/**
 * A document of ADSAUTH_MAX_TOKENS tokens, however spaced and commented, is far shorter than this many
 * characters a token. A longer one (a long comment or string literal, which counts as one token) is
 * refused before it is parsed, and so before yoga's parse caches keep it: 1,024 documents for an hour.
 */
export const CHARACTERS_PER_TOKEN = 50;

/**
 * Limits every operation before it runs (ADSAUTH_MAX_*). The document's length is checked first, and
 * its tokens are counted while parsing, so a huge document is dropped at once or after the first
 * `tokens` tokens; depth, aliases and directives are checked when validation enters the operation,
 * before the other rules walk its selections; the cost is checked after validation, with the
 * request's variables, before the first resolver.
 *
 * The cost is Pothos's complexity (configured in src/graphql/builder.ts), not graphql-armor's
 * cost-limit: armor's cost-limit charges a fixed factor per object and per depth level and never reads
 * arguments, so `first: 100` costs what `first: 1` costs, and a bomb of ten
 * `authorizations(first: 100) { … adAccounts(first: 100) … history(first: 100) }` looks as cheap as a
 * dashboard. Pothos's field complexity sees the arguments: `first` multiplies everything under it.
 */
export function operationLimitPlugins(limits: Config['limits']): Plugin[] {
  // armor calls onReject before it throws its own error; throwing ours there gives the refusal its code
  // and still stops parsing or validation at once.
  const refuseWith = (code: string, message: string) => [
    () => {
      throw refusal(code, message);
    },
  ];
  const maxLength = limits.tokens * CHARACTERS_PER_TOKEN;
  return [
    useDocumentLengthLimit(maxLength),
    maxTokensPlugin({
      n: limits.tokens,
      onReject: refuseWith(LIMIT_CODES.tokens, `The document has more than ${limits.tokens} tokens (ADSAUTH_MAX_TOKENS).`),
    }),
    maxDepthPlugin({
      n: limits.depth,
      // Depth counts fields: `... on X` and fragment spreads add no level.
      flattenFragments: true,
      onReject: refuseWith(LIMIT_CODES.depth, `The operation nests fields more than ${limits.depth} deep (ADSAUTH_MAX_DEPTH).`),
    }),
    maxAliasesPlugin({
      n: limits.aliases,
      onReject: refuseWith(LIMIT_CODES.aliases, `The operation has more than ${limits.aliases} aliases (ADSAUTH_MAX_ALIASES).`),
    }),
    maxDirectivesPlugin({
      n: limits.directives,
      onReject: refuseWith(LIMIT_CODES.directives, `The operation has more than ${limits.directives} directives (ADSAUTH_MAX_DIRECTIVES).`),
    }),
    useCostLimit(limits.cost),
  ] as Plugin[];
}

// Costs already computed, by document (yoga's parse cache hands the same object for the same text),
// then operation name and variables: a full validation pass was 13 % of a small query's CPU.
const knownCosts = new WeakMap<ExecutionArgs['document'], Map<string, number>>();
const MAX_COSTS_PER_DOCUMENT = 100;
// Long variables are not kept: the cache must stay small whatever clients send.
const MAX_COST_KEY_LENGTH = 1_000;

/** The cost of an operation with its variables, or the refusal when it is over `maxCost`. */
export function costRefusal(args: ExecutionArgs, maxCost: number): GraphQLError | undefined {
  const complexity = costOf(args);
  if (complexity === undefined || complexity <= maxCost) return undefined;
  return refusal(
    LIMIT_CODES.cost,
    `The operation costs ${complexity}, more than ${maxCost} (ADSAUTH_MAX_COST); ask for smaller pages with first.`,
  );
}

function costOf(args: ExecutionArgs): number | undefined {
  const costs = knownCosts.get(args.document) ?? new Map<string, number>();
  knownCosts.set(args.document, costs);
  const key = JSON.stringify([args.operationName ?? null, args.variableValues ?? {}]);
  const known = costs.get(key);
  if (known !== undefined) return known;
  let complexity: number | undefined;
  // Run apart from yoga's validation, whose results are cached by document: the cost depends on the variables.
  validate(args.schema, args.document, [
    createComplexityRule({
      variableValues: args.variableValues ?? {},
      operationName: args.operationName ?? undefined,
      context: args.contextValue as object,
      validate: (result) => {
        complexity = result.complexity;
      },
    }),
  ]);
  // Any other error found here (variables that do not coerce) is reported by execution itself.
  if (complexity !== undefined && key.length <= MAX_COST_KEY_LENGTH) {
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, complexity);
  }
  return complexity;
}

function useDocumentLengthLimit(maxLength: number): Plugin {
  return {
    onParse({ params }) {
      const { source } = params;
      if ((typeof source === 'string' ? source : source.body).length > maxLength) {
        throw refusal(
          LIMIT_CODES.size,
          `The document is longer than ${maxLength} characters (${CHARACTERS_PER_TOKEN} for each of ADSAUTH_MAX_TOKENS).`,
        );
      }
    },
  };
}

function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = costRefusal(args, maxCost);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = costRefusal(args, maxCost);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}

/** A request error: 400 under application/graphql-response+json, 200 under application/json (as the spec asks). */
function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: true } } });
}
