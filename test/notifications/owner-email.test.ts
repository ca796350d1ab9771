import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { DeleteAuthorizationForEvents, RegisterWithOwner, StartOAuthWithOwner, UpdateOwnerEmail } from './documents.ts';
import { setupNotificationTest } from './support.ts';

describe('ownerEmail', () => {
  it('is set by updateAuthorization, kept when not given, cleared by null, and then no email is queued', async () => {
    const s = await setupNotificationTest();
    const { authorization, token } = await s.registerSystemUser();
    const update = (ownerEmail: string | null | undefined) =>
      gql(s.app, UpdateOwnerEmail, { input: { id: authorization.id, ownerEmail } }, { apiKey: s.apiKey }).then(
        (r) => r.updateAuthorization,
      );
    expect(await update(' owner@example.com ')).toMatchObject({ authorization: { ownerEmail: 'owner@example.com' } });
    expect(await update(undefined)).toMatchObject({ authorization: { ownerEmail: 'owner@example.com' } });
    s.world.expireToken(token);
    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    // The state change is emailed (to the log: no SMTP here).
    expect(await s.worker.runOnce()).toBe(1);
    expect(s.logs.records.filter((r) => r.email !== undefined).map((r) => (r.email as { to: string }).to)).toEqual(['owner@example.com']);

    expect(await update(null)).toMatchObject({ authorization: { ownerEmail: null } });
    await gql(s.app, DeleteAuthorizationForEvents, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    expect(await s.worker.runOnce()).toBe(0);
  });

  it.each(['not-an-email', 'a@', `${'x'.repeat(250)}@example.com`])(
    'refuses bad address %# with a ValidationError on ownerEmail, everywhere it is taken',
    async (bad) => {
      const s = await setupNotificationTest();
      const { authorization } = await s.registerSystemUser();
      const { updateAuthorization: updated } = await gql(
        s.app,
        UpdateOwnerEmail,
        { input: { id: authorization.id, ownerEmail: bad } },
        { apiKey: s.apiKey },
      );
      expect(updated).toMatchObject({ __typename: 'ValidationError', field: 'ownerEmail' });
      const { token } = s.systemUserToken();
      const { registerSystemUserToken: registered } = await gql(
        s.app,
        RegisterWithOwner,
        { input: { label: 'x', accessToken: token, ownerEmail: bad } },
        { apiKey: s.apiKey },
      );
      expect(registered).toMatchObject({ __typename: 'ValidationError', field: 'ownerEmail' });
      const { startFacebookOAuth: started } = await gql(
        s.app,
        StartOAuthWithOwner,
        { input: { label: 'x', ownerEmail: bad } },
        { apiKey: s.apiKey },
      );
      expect(started).toMatchObject({ __typename: 'ValidationError', field: 'ownerEmail' });
    },
  );
});
