// Data for the attacks to chew on, made over GraphQL as a client would: system-user authorizations with
// ad accounts (synced from the sandbox on registration) and a history of renames. Without the limits,
// the deep and the costly queries multiply over these rows.
import type { SandboxWorld } from '../../src/sandbox/types.ts';

export type PostGraphQL = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown[] }>;

const REGISTER = `mutation Register($input: RegisterSystemUserTokenInput!) {
  registerSystemUserToken(input: $input) { __typename ... on RegisterSystemUserTokenPayload { authorization { id } } }
}`;
const RENAME = `mutation Rename($input: UpdateAuthorizationInput!) { updateAuthorization(input: $input) { __typename } }`;

export async function seedAuthorizations(
  post: PostGraphQL,
  world: SandboxWorld,
  counts: { authorizations: number; adAccounts: number; renames: number },
): Promise<string[]> {
  const business = world.createBusiness({ name: 'Attack BM' });
  const ids: string[] = [];
  for (let i = 0; i < counts.authorizations; i++) {
    const systemUser = world.createSystemUser({ businessId: business.id, name: `System user ${i}`, role: 'EMPLOYEE' });
    for (let a = 0; a < counts.adAccounts; a++) {
      world.createAdAccount({
        name: `Account ${i}-${a}`,
        businessId: business.id,
        currency: 'EUR',
        userTasks: { [systemUser.id]: ['MANAGE', 'ADVERTISE', 'ANALYZE'] },
      });
    }
    const token = world.createToken({
      type: 'SYSTEM_USER',
      userId: systemUser.id,
      scopes: ['ads_management', 'business_management'],
      expiresInSeconds: 0,
    }).accessToken;
    const result = await post(REGISTER, { input: { label: `Authorization ${i}`, accessToken: token, businessId: business.id } });
    const payload = (result.data as { registerSystemUserToken?: { authorization?: { id: string } } } | undefined)?.registerSystemUserToken;
    if (!payload?.authorization) throw new Error(`seeding failed: ${JSON.stringify(result)}`);
    ids.push(payload.authorization.id);
    for (let r = 0; r < counts.renames; r++)
      await post(RENAME, { input: { id: payload.authorization.id, label: `Authorization ${i} (${r})` } });
  }
  return ids;
}
