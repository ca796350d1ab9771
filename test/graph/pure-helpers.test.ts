import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appAccessToken, appSecretProof } from '../../src/graph/appsecret-proof.ts';
import { adAccountIdOf, endpointLabel } from '../../src/graph/endpoint-label.ts';
import { backoffMs } from '../../src/graph/request.ts';
import { adAccountSchema, debugTokenSchema, parseGraphBody } from '../../src/graph/schemas.ts';
import { GraphUnexpectedResponseError } from '../../src/graph/errors.ts';

describe('appSecretProof', () => {
  it('is the hex HMAC-SHA256 of the token keyed with the secret', () => {
    expect(appSecretProof('secret', 'EAAtoken')).toBe(createHmac('sha256', 'secret').update('EAAtoken').digest('hex'));
    expect(appSecretProof('secret', 'EAAtoken')).toMatch(/^[0-9a-f]{64}$/);
    expect(appSecretProof('other', 'EAAtoken')).not.toBe(appSecretProof('secret', 'EAAtoken'));
    expect(appAccessToken('123', 'shh')).toBe('123|shh');
  });
});

describe('endpointLabel', () => {
  it.each([
    ['GET', 'debug_token?input_token=EAAsecret', 'GET debug_token'],
    ['GET', 'me', 'GET me'],
    ['GET', '/me/permissions', 'GET me/permissions'],
    ['get', 'me/adaccounts?fields=id&limit=25', 'GET me/adaccounts'],
    ['GET', 'act_1569761797025413', 'GET act_{id}'],
    ['GET', '9876543210/system_users', 'GET {id}/system_users'],
    ['DELETE', '123/permissions', 'DELETE {id}/permissions'],
    ['POST', 'oauth/access_token', 'POST oauth/access_token'],
    ['POST', '', 'POST batch'],
  ])('%s %s → %s', (method, path, label) => {
    expect(endpointLabel(method, path)).toBe(label);
  });
});

describe('adAccountIdOf', () => {
  it('finds the act_ id a path addresses', () => {
    expect(adAccountIdOf('act_1569761797025413?fields=id')).toBe('1569761797025413');
    expect(adAccountIdOf('/act_42/customaudiencestos')).toBe('42');
    expect(adAccountIdOf('me/adaccounts')).toBeUndefined();
    expect(adAccountIdOf('123/system_users')).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles per retry within ±50% jitter', () => {
    for (let retry = 0; retry < 4; retry++) {
      const delay = backoffMs(100, retry);
      expect(delay).toBeGreaterThanOrEqual(50 * 2 ** retry);
      expect(delay).toBeLessThanOrEqual(150 * 2 ** retry);
    }
  });
});

describe('response schemas', () => {
  it('maps debug_token timestamps to dates and expires_at 0 to never', () => {
    const info = parseGraphBody(
      debugTokenSchema,
      {
        data: {
          is_valid: true,
          app_id: '1',
          type: 'SYSTEM_USER',
          expires_at: 0,
          data_access_expires_at: 1676526788,
          issued_at: 1668750788,
          scopes: ['ads_management'],
          user_id: '9',
        },
      },
      'GET debug_token',
    );
    expect(info).toMatchObject({ isValid: true, type: 'SYSTEM_USER', expiresAt: null, userId: '9', scopes: ['ads_management'] });
    expect(info.dataAccessExpiresAt).toEqual(new Date(1676526788_000));
    expect(info.issuedAt).toEqual(new Date(1668750788_000));
    expect(info.granularScopes).toEqual([]);
  });

  it('keeps a debug_token error with its subcode', () => {
    const info = parseGraphBody(
      debugTokenSchema,
      { data: { is_valid: false, scopes: [], error: { code: 190, subcode: 463, message: 'expired' } } },
      'GET debug_token',
    );
    expect(info.error).toEqual({ code: 190, subcode: 463, message: 'expired' });
    expect(info.expiresAt).toBeUndefined();
  });

  it('derives account_id from act_ ids and defaults missing lists', () => {
    const account = parseGraphBody(adAccountSchema, { id: 'act_42', account_status: 1 }, 'GET act_{id}');
    expect(account).toMatchObject({
      id: 'act_42',
      accountId: '42',
      tosAccepted: {},
      userTasks: [],
      business: undefined,
      isPersonal: false,
      pixels: [],
    });
  });

  it("reads is_personal (0/1 or a boolean) and the expanded adspixels, with Graph's +0000 datetimes", () => {
    const account = parseGraphBody(
      adAccountSchema,
      {
        id: 'act_42',
        account_status: 1,
        is_personal: 1,
        adspixels: { data: [{ id: '7', name: 'Site', last_fired_time: '2026-11-20T10:00:00+0000' }, { id: 8 }] },
      },
      'GET act_{id}',
    );
    expect(account.isPersonal).toBe(true);
    expect(account.pixels).toEqual([
      { id: '7', name: 'Site', lastFiredTime: new Date('2026-11-20T10:00:00Z') },
      { id: '8', name: '', lastFiredTime: null },
    ]);
    expect(parseGraphBody(adAccountSchema, { id: 'act_1', account_status: 1, is_personal: false }, 'x').isPersonal).toBe(false);
    const badTime = { id: 'act_1', account_status: 1, adspixels: { data: [{ id: '7', last_fired_time: 'yesterday' }] } };
    expect(() => parseGraphBody(adAccountSchema, badTime, 'GET act_{id}')).toThrow(GraphUnexpectedResponseError);
  });

  it('throws a typed error naming paths, never values', () => {
    const parse = () => parseGraphBody(adAccountSchema, { id: 'EAAsecretvalue', account_status: 'x' }, 'GET act_{id}');
    expect(parse).toThrow(GraphUnexpectedResponseError);
    expect(parse).toThrow(/GET act_\{id\}.*id/);
    expect(parse).not.toThrow(/EAAsecretvalue/);
  });
});
