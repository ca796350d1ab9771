// Facebook grants are per person and app: what a person declines or grants again in the dialog reaches
// every token of theirs, so another authorization of the same person follows. And a first connect asks
// again (auth_type=rerequest) for what the person once declined.
import { describe, expect, it } from 'vitest';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';
import { landOnGateway, throughDialog } from './through-dialog.ts';

const SCOPES = ['ads_management', 'ads_read'];

/** Start over GraphQL, answer the sandbox's dialog over HTTP, and land on the gateway's callback. */
async function connectThroughDialog(
  s: AuthorizationTest,
  gatewayUrl: string,
  input: { label: string; authorizationId?: string },
  choice: { untick?: string[] } = {},
) {
  const { authorizeUrl } = await s.startOAuth({ ...input, scopes: SCOPES, returnTo: undefined });
  const dialog = await throughDialog(authorizeUrl, { button: 'allow', ...choice });
  const landed = await landOnGateway(dialog.back, gatewayUrl);
  expect(landed.status).toBe(200);
  return { authorizeUrl: new URL(authorizeUrl), dialog, page: await landed.text() };
}

describe('grants are per person and app', () => {
  it("a scope unticked in the dialog leaves the person's other authorization too; granting it again restores both", async () => {
    const s = await setupAuthorizationTest();
    const gatewayUrl = await s.listen();
    const jane = s.world.createUser({ name: 'Jane' });

    const first = await s.connectUser({ userId: jane.id, scopes: SCOPES });
    expect(first.authorization.tokenStatus.state).toBe('VALID');
    const second = await connectThroughDialog(s, gatewayUrl, { label: 'Jane again' }, { untick: ['ads_management'] });
    expect(second.dialog.continueAs).toBe('Jane');
    expect(second.page).toContain('needs attention');

    // The first authorization's token lost the scope at Facebook: its next check says so.
    expect((await s.refresh(first.authorization.id)).tokenStatus).toMatchObject({
      state: 'MISSING_PERMISSIONS',
      missingScopes: ['ads_management'],
    });
    for (const token of s.world.snapshot().tokens.filter((t) => t.userId === jane.id)) {
      expect(token).toMatchObject({ scopes: ['ads_read'], declinedScopes: ['ads_management'] });
    }

    // A reconnect of the first asks again (auth_type=rerequest); ticking it restores it for both tokens.
    const again = await connectThroughDialog(s, gatewayUrl, { label: 'Jane', authorizationId: first.authorization.id });
    expect(again.dialog.offered).toEqual(SCOPES);
    expect((await s.refresh(first.authorization.id)).tokenStatus).toMatchObject({ state: 'VALID', missingScopes: [] });
    const tokens = s.world.snapshot().tokens.filter((t) => t.userId === jane.id);
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    for (const token of tokens) expect(token).toMatchObject({ scopes: expect.arrayContaining(SCOPES), declinedScopes: [] });
  });

  it('a first connect of a person who once declined a needed scope asks for it again, and ends VALID', async () => {
    const s = await setupAuthorizationTest();
    const gatewayUrl = await s.listen();
    const bob = s.world.createUser({ name: 'Bob' });
    s.world.removeScope(bob.id, 'ads_management');

    const { authorizeUrl, dialog, page } = await connectThroughDialog(s, gatewayUrl, { label: 'Bob' });
    expect(authorizeUrl.searchParams.get('auth_type')).toBe('rerequest');
    expect(dialog.offered).toEqual(SCOPES);
    expect(dialog.declinedBefore).toEqual([]);
    expect(page).toContain('Facebook connected');
    expect(page).not.toContain('needs attention');
  });

  it('the sandbox dialog without auth_type=rerequest does not ask again for what the person declined', async () => {
    const s = await setupAuthorizationTest();
    const bob = s.world.createUser({ name: 'Bob' });
    s.world.removeScope(bob.id, 'ads_management');
    const { authorizeUrl } = await s.startOAuth({ label: 'Bob', scopes: SCOPES });
    const withoutRerequest = new URL(authorizeUrl);
    withoutRerequest.searchParams.delete('auth_type');

    const dialog = await throughDialog(withoutRerequest.toString(), { button: 'allow' });
    expect(dialog.offered).toEqual(['ads_read']);
    expect(dialog.declinedBefore).toEqual(['ads_management']);
  });
});
