// Events outlive the code that recorded them: a stored code this version does not know reads as UNKNOWN
// (or null when it is missing) instead of failing the whole history page.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/domain/events.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { history, nodes } from './support.ts';

describe('stored codes in the history', () => {
  it('reads known stored values as their enum values, unknown ones as UNKNOWN and missing ones as null', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser({ label: 'Agency' });
    const authorizationId = decodeGlobalID(authorization.id).id;
    const workspaceId = s.t.services.workspaces.findByName('Acme')!.id;
    const event = (type: NewEvent['type'], data: Record<string, unknown>): NewEvent => ({
      workspaceId,
      authorizationId,
      type,
      actor: 'an older adsauth',
      data: { label: 'Agency', ...data },
    });
    const stored = [
      event('authorization.check_failed', { errorClass: 'REAUTH', code: 190 }),
      event('authorization.check_failed', { errorClass: 'QUOTA_EXCEEDED', code: 1 }),
      event('authorization.check_failed', { code: 2 }),
      event('authorization.expiring', { kind: 'data_access', thresholdDays: 7 }),
      event('authorization.expiring', { kind: 'token', thresholdDays: 1 }),
      event('authorization.expiring', { kind: 'grace_period', thresholdDays: 1 }),
      event('authorization.expiring', { thresholdDays: 1 }),
      event('ad_accounts.changed', {
        gained: [
          { accountId: 'act_1', name: 'One', status: 'IN_GRACE_PERIOD' },
          { accountId: 'act_2', name: 'Two', status: 'ARCHIVED_BY_META' },
          { accountId: 'act_3', name: 'Three', status: null },
        ],
        statusChanges: [{ accountId: 'act_1', name: 'One', from: 'ACTIVE', to: 'SUSPENDED_FOR_A_NEW_REASON', disableReason: null }],
        termsChanges: [
          { accountId: 'act_1', name: 'One', terms: 'web_custom_audience_tos', accepted: true },
          { accountId: 'act_1', name: 'One', terms: 'lead_ads_tos', accepted: false },
        ],
      }),
    ];
    s.t.database.db.transaction(() => stored.forEach((e) => s.t.kernel.recorder.record(e)));

    const events = nodes(await history(s, authorization.id)).filter((e) => e.actor === 'an older adsauth');
    expect(events.map((e) => e.details).reverse()).toEqual([
      expect.objectContaining({ __typename: 'CheckFailedEventDetails', errorClass: 'REAUTH', code: 190 }),
      expect.objectContaining({ __typename: 'CheckFailedEventDetails', errorClass: 'UNKNOWN', code: 1 }),
      expect.objectContaining({ __typename: 'CheckFailedEventDetails', errorClass: null, code: 2 }),
      expect.objectContaining({ __typename: 'ExpiringEventDetails', kind: 'DATA_ACCESS', thresholdDays: 7 }),
      expect.objectContaining({ __typename: 'ExpiringEventDetails', kind: 'TOKEN', thresholdDays: 1 }),
      expect.objectContaining({ __typename: 'ExpiringEventDetails', kind: 'UNKNOWN', thresholdDays: 1 }),
      expect.objectContaining({ __typename: 'ExpiringEventDetails', kind: null, thresholdDays: 1 }),
      {
        __typename: 'AdAccountsChangedEventDetails',
        gained: [
          { accountId: 'act_1', name: 'One', status: 'IN_GRACE_PERIOD' },
          { accountId: 'act_2', name: 'Two', status: 'UNKNOWN' },
          { accountId: 'act_3', name: 'Three', status: null },
        ],
        lost: [],
        statusChanges: [{ accountId: 'act_1', from: 'ACTIVE', to: 'UNKNOWN' }],
        termsChanges: [
          { accountId: 'act_1', terms: 'WEB_CUSTOM_AUDIENCE_TOS', accepted: true },
          { accountId: 'act_1', terms: 'UNKNOWN', accepted: false },
        ],
      },
    ]);
  });
});
