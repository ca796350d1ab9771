import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { ExportReadinessQuery } from '../ad-accounts/documents.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { control } from './meta-deliveries.ts';
import { setupBusinessLoginTest } from './support.ts';

describe('export readiness of a Login for Business authorization: only the accounts the client shared', () => {
  it('an account the client stopped sharing, still in the last synced set, is blocked by ASSET_NOT_DELEGATED with the way to share it again', async () => {
    const s = await setupBusinessLoginTest();
    const [spring, brand] = s.accounts;
    const connected = await s.connectBusiness({ assetIds: [spring!.accountId, brand!.accountId] });
    const readiness = async (accountId: string) => {
      const { exportReadiness } = await gql(
        s.app,
        ExportReadinessQuery,
        { authorizationId: connected.id, adAccountId: accountId, jobType: 'EXPORT_AUDIENCES' },
        { apiKey: s.apiKey },
      );
      if (exportReadiness.__typename !== 'ExportReadiness') throw new Error(JSON.stringify(exportReadiness));
      const { ready, blockers } = exportReadiness;
      return { ready, blockers };
    };
    expect(await readiness(brand!.accountId)).toEqual({ ready: true, blockers: [] });

    // The client takes Brand back in Business Settings. No webhook is subscribed here, so the gateway
    // learns it at the next check; the ad-account sync after it fails (Graph answers 500 for a while),
    // so the previous account set, Brand included, is kept until the next sync.
    const { delivery } = await control(s, 'PUT', `integrations/${s.client.id}/assets`, { assetIds: [spring!.accountId] });
    expect(delivery).toBeNull();
    s.world.setFaults({
      scripted: [1, 2, 3, 4, 5, 6].map((onCall) => ({ pathIncludes: 'adaccounts', onCall, fault: 'http500' as const })),
    });
    const { refreshAuthorization } = await gql(s.app, RefreshAuthorization, { input: { id: connected.id } }, { apiKey: s.apiKey });
    expect(refreshAuthorization.__typename).toBe('AuthorizationPayload');

    const blocked = await readiness(brand!.accountId);
    expect(blocked.ready).toBe(false);
    expect(blocked.blockers).toEqual([
      {
        code: 'ASSET_NOT_DELEGATED',
        message: expect.stringContaining(`did not share ad account ${brand!.accountId}`),
        remediation: {
          text: expect.stringContaining(`pick ad account ${brand!.accountId} in the dialog`),
          url: 'https://business.facebook.com/settings/connected-apps',
        },
      },
    ]);
    expect(await readiness(spring!.accountId)).toEqual({ ready: true, blockers: [] });
  });
});
