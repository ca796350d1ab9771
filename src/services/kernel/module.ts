// The shared kernel every feature module is built on: the clock, the database, the token cipher, the
// event recorder, the reconnect links, the throttle guard and the Graph client that reports to it.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { EncryptionKeySetting } from '../../config.ts';
import type { GraphApi, GraphCallListener } from '../../graph/graph-api.ts';
import { createHttpGraphApi } from '../../graph/http-graph-api.ts';
import type { Logger } from '../../log.ts';
import { createAccountListRepository } from '../../repositories/account-list.ts';
import { createAppObservationRepository } from '../../repositories/app-observations.ts';
import { createDeliveryRepository } from '../../repositories/deliveries.ts';
import { createEventRepository } from '../../repositories/events.ts';
import { createGraphCallCounterRepository } from '../../repositories/graph-call-counters.ts';
import { createThrottlePauseRepository } from '../../repositories/throttle-pauses.ts';
import { createWebhookRepository } from '../../repositories/webhooks.ts';
import { createEventRecorder } from './event-recorder.ts';
import { createGraphCallRecorder } from './graph-call-recorder.ts';
import { createReconnectLinks, deriveLinkSigningKey } from './reconnect-links.ts';
import { createThrottleGuard } from './throttle-guard.ts';
import { createTokenCipher } from './token-cipher.ts';

/** The Facebook app that Graph calls are made as: configured, or the sandbox's own. */
export interface FacebookApp {
  appId: string;
  appSecret: string;
  redirectUri: string;
  graphApiVersion: string;
  graphApiUrl: string;
  dialogUrl: string;
  sandbox: boolean;
  /** Login for Business configurations (FACEBOOK_LOGIN_CONFIG_ID, FACEBOOK_BUSINESS_LOGIN_CONFIG_ID). */
  loginConfigId?: string | undefined;
  businessLoginConfigId?: string | undefined;
  /** FACEBOOK_WEBHOOK_VERIFY_TOKEN: Meta's webhooks are accepted only when it is set. */
  webhookVerifyToken?: string | undefined;
}

export interface KernelDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  fetch: typeof globalThis.fetch;
  facebook: FacebookApp;
  encryptionKeys: readonly EncryptionKeySetting[];
  graphTimeoutMs: number;
  /** First retry delay of the Graph client (default 200 ms); tests make it 1 ms. */
  graphRetryBaseDelayMs?: number;
  /** Told about every Graph response too, e.g. the metrics' counters. */
  graphObserver?: GraphCallListener;
}

export function createKernel(deps: KernelDeps) {
  const { db, clock, log, facebook } = deps;
  const callRecorder = createGraphCallRecorder({
    counters: createGraphCallCounterRepository(db),
    accountList: createAccountListRepository(db),
    observations: createAppObservationRepository(db),
    clock,
    appId: facebook.appId,
    log,
  });
  // Sees every Graph response, so the sweep honours throttling that any request ran into.
  const throttleGuard = createThrottleGuard({ pauses: createThrottlePauseRepository(db), clock, log });
  const graph: GraphApi = createHttpGraphApi({
    fetch: deps.fetch,
    baseUrl: facebook.graphApiUrl,
    version: facebook.graphApiVersion,
    appId: facebook.appId,
    appSecret: facebook.appSecret,
    timeoutMs: deps.graphTimeoutMs,
    retryBaseDelayMs: deps.graphRetryBaseDelayMs,
    listener: throttleGuard.watching(bothListeners(callRecorder, deps.graphObserver)),
  });
  return {
    db,
    clock,
    log,
    facebook,
    graph,
    throttleGuard,
    /** The Graph call counters kept in memory: `flush()` before reading them, `stop()` before the database closes. */
    graphCalls: { flush: callRecorder.flush, stop: callRecorder.stop },
    cipher: createTokenCipher(deps.encryptionKeys),
    recorder: createEventRecorder({
      events: createEventRepository(db),
      deliveries: createDeliveryRepository(db),
      webhooks: createWebhookRepository(db),
      clock,
    }),
    reconnectLinks: createReconnectLinks({
      baseUrl: gatewayBaseUrl(facebook.redirectUri),
      signingKey: deriveLinkSigningKey(deps.encryptionKeys[0]!.key),
      clock,
    }),
  };
}

export type Kernel = ReturnType<typeof createKernel>;

function bothListeners(first: GraphCallListener, second: GraphCallListener | undefined): GraphCallListener {
  if (!second) return first;
  return {
    onCall: (outcome) => (first.onCall?.(outcome), second.onCall?.(outcome)),
    onUsage: (usage) => (first.onUsage?.(usage), second.onUsage?.(usage)),
  };
}

/** The gateway's public base, from the callback URL: https://host/prefix/oauth/facebook/callback/ → https://host/prefix/ */
function gatewayBaseUrl(redirectUri: string): string {
  const url = new URL(redirectUri);
  const prefix = url.pathname.replace(/oauth\/facebook\/callback\/?$/, '');
  return `${url.origin}${prefix.endsWith('/') ? prefix : `${prefix}/`}`;
}
