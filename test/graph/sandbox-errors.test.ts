// Every error class over real HTTP, the retry counts, the timeout and appsecret_proof (docs/graph-api.md "appsecret_proof", "Error envelope").
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyGraphError } from '../../src/graph/classify-error.ts';
import { parseErrorEnvelope } from '../../src/graph/error-envelope.ts';
import {
  GraphClientError,
  GraphPermissionError,
  GraphReauthError,
  GraphThrottleError,
  GraphTimeoutError,
  GraphTransientError,
} from '../../src/graph/errors.ts';
import { appSecretProof } from '../../src/graph/appsecret-proof.ts';
import { expectNoSecrets, rejectionOf, resetSandbox, startGraphHarness, VERSION, type GraphHarness } from './support.ts';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

const meCalls = () => h.world.counters().byEndpoint['GET me'] ?? 0;

describe('final errors are never retried', () => {
  it('REAUTH: 190/460 after a password change, one attempt', async () => {
    const { userId, token } = h.userWithToken();
    h.world.changePassword(userId);
    const error = await rejectionOf(h.client().getMe(token));
    expect(error).toBeInstanceOf(GraphReauthError);
    expect(error).toMatchObject({ code: 190, subcode: 460, httpStatus: 400 });
    expect(meCalls()).toBe(1);
    expectNoSecrets(error, [token, h.world.app.secret, appSecretProof(h.world.app.secret, token)]);
  });

  it('REAUTH: 190 from a scripted fault, one attempt', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ scripted: [{ pathIncludes: 'me', onCall: 1, fault: 'code190' }] });
    expect(await rejectionOf(h.client().getMe(token))).toBeInstanceOf(GraphReauthError);
    expect(meCalls()).toBe(1);
  });

  it('PERMISSION: ad accounts without an ads permission, one attempt', async () => {
    const { token } = h.userWithToken(['public_profile']);
    const error = await rejectionOf(h.client().listAdAccounts(token));
    expect(error).toBeInstanceOf(GraphPermissionError);
    expect(error).toMatchObject({ code: 200 });
    expect(h.world.counters().byEndpoint['GET me/adaccounts']).toBe(1);
  });

  it('THROTTLE: 80004 once the budget is spent, with object and wait from the BUC header', async () => {
    const { token, userId } = h.userWithToken();
    const account = h.world.createAdAccount({ name: 'Busy' });
    h.world.grantAdAccount(account.accountId, userId, ['MANAGE']);
    h.world.setThrottle({ adAccountBudget: 2, regainAccessMinutes: 5 });
    const graph = h.client();
    await graph.getAdAccount(token, account.accountId);
    await graph.getAdAccount(token, account.accountId);
    const error = await rejectionOf(graph.getAdAccount(token, account.accountId));
    expect(error).toBeInstanceOf(GraphThrottleError);
    expect(error).toMatchObject({ code: 80004, scope: 'ad_account', objectId: account.accountId, retryAfterMs: 5 * 60_000 });
    expect(h.world.counters().byEndpoint['GET act_{id}']).toBe(3);
  });

  it('CLIENT: 100/33 for an unknown ad account, one attempt', async () => {
    const { token } = h.userWithToken();
    const error = await rejectionOf(h.client().getAdAccount(token, '999999999'));
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error).toMatchObject({ code: 100, subcode: 33 });
    expect(h.world.counters().byEndpoint['GET act_{id}']).toBe(1);
  });
});

describe('transient errors are retried at most 3 times', () => {
  it('code 2 every time: 4 attempts, then GraphTransientError', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ code2Rate: 1 });
    const error = await rejectionOf(h.client().getMe(token));
    expect(error).toBeInstanceOf(GraphTransientError);
    expect(error).toMatchObject({ code: 2 });
    expect(meCalls()).toBe(4);
    expect(h.recorder.calls).toEqual(Array(4).fill({ endpoint: 'GET me', ok: false, errorCode: 2, batchItem: false }));
  });

  it('HTTP 500 every time: 4 attempts', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ http500Rate: 1 });
    const error = await rejectionOf(h.client().getMe(token));
    expect(error).toBeInstanceOf(GraphTransientError);
    expect(error).toMatchObject({ httpStatus: 500 });
    expect(meCalls()).toBe(4);
  });

  it('one scripted 500 then success: 2 attempts', async () => {
    const { token, userId } = h.userWithToken();
    h.world.setFaults({ scripted: [{ pathIncludes: 'me', onCall: 1, fault: 'http500' }] });
    await expect(h.client().getMe(token)).resolves.toMatchObject({ id: userId });
    expect(meCalls()).toBe(2);
    expect(h.recorder.calls.map((c) => c.ok)).toEqual([false, true]);
  });

  it('honours maxRetries', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ code2Rate: 1 });
    await rejectionOf(h.client({ maxRetries: 1 }).getMe(token));
    expect(meCalls()).toBe(2);
  });

  it('times out each attempt after timeoutMs', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ timeoutRate: 1 });
    // The sandbox holds these requests without ever answering, so the call ending at all shows that
    // each attempt was aborted: no wall-clock bound needed.
    const error = await rejectionOf(h.client({ timeoutMs: 50 }).getMe(token));
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error.message).toBe('Graph call GET me timed out after 50 ms');
    expect(h.recorder.calls).toHaveLength(4);
  });
});

describe('appsecret_proof', () => {
  it('a client with the wrong secret is refused with 100, and the secret does not leak', async () => {
    const { token } = h.userWithToken();
    const error = await rejectionOf(h.client({ appSecret: 'wrong-secret-value' }).getMe(token));
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error).toMatchObject({ code: 100, message: 'Invalid appsecret_proof provided in the API argument' });
    expectNoSecrets(error, [token, 'wrong-secret-value', appSecretProof('wrong-secret-value', token)]);
    expect(meCalls()).toBe(1);
  });

  it('a call without a proof is refused with 100 (raw request, as the client always sends one)', async () => {
    const { token } = h.userWithToken();
    const response = await fetch(`${h.sandbox.url}/${VERSION}/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    const envelope = parseErrorEnvelope(await response.json());
    expect(envelope).toMatchObject({ code: 100, message: 'API calls from the server require an appsecret_proof argument' });
    expect(classifyGraphError({ httpStatus: 400, envelope, usage: undefined })).toBeInstanceOf(GraphClientError);
  });

  it('debug_token with a wrong app secret is refused', async () => {
    const { token } = h.userWithToken();
    const error = await rejectionOf(h.client({ appSecret: 'wrong-secret-value' }).debugToken(token));
    expect(error).toBeInstanceOf(GraphClientError);
    expectNoSecrets(error, [token, 'wrong-secret-value', h.world.app.secret]);
  });
});
