import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { RegisterSystemUserToken } from '../authorizations/documents.ts';
import { SystemUsersQuery } from './documents.ts';
import { setupAccessLevelTest } from './support.ts';

const SYSTEM_USERS = 'GET {id}/system_users';

/** A business with `employees` regular system users (besides the one registered) and `admins` admin ones. */
async function businessWith(employees: number, admins: number, options: Parameters<typeof setupAccessLevelTest>[0] = {}) {
  const s = await setupAccessLevelTest(options);
  for (let i = 0; i < employees; i++) s.world.createSystemUser({ businessId: s.business.id, name: `Employee ${i}`, role: 'EMPLOYEE' });
  for (let i = 0; i < admins; i++) s.world.createSystemUser({ businessId: s.business.id, name: `Admin ${i}`, role: 'ADMIN' });
  return s;
}

describe('system users against the access level', () => {
  it('registerSystemUserToken warns, without refusing, when the business is over the DEVELOPMENT limits', async () => {
    const s = await businessWith(2, 2);
    const { authorization, warnings } = await s.registerSystemUser();
    expect(authorization.tokenStatus.state).toBe('VALID');
    expect(warnings).toEqual([
      `Business ${s.business.id} has 3 system users, over the 1 that DEVELOPMENT access allows.`,
      `Business ${s.business.id} has 2 admin system users, over the 1 that DEVELOPMENT access allows.`,
    ]);
    expect(s.world.counters().byEndpoint[SYSTEM_USERS]).toBe(1);
  });

  it('no warning at the limit, nor under a level that allows more', async () => {
    const atLimit = await businessWith(0, 1);
    expect((await atLimit.registerSystemUser()).warnings).toEqual([]);
    const standard = await businessWith(8, 1, { env: { ADSAUTH_ACCESS_LEVEL: 'STANDARD' } });
    expect((await standard.registerSystemUser()).warnings).toEqual([]);
  });

  it('a token without business_management, or no businessId, is not counted and gets no warning', async () => {
    const s = await businessWith(3, 0);
    const { token } = s.systemUserToken({ scopes: ['ads_management'] });
    expect((await s.registerSystemUser({ token })).warnings).toEqual([]);
    const other = s.systemUserToken();
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'no business', accessToken: other.token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'RegisterSystemUserTokenPayload', warnings: [] });
    expect(s.world.counters().byEndpoint[SYSTEM_USERS]).toBeUndefined();
  });

  it('registers anyway, with a warning that says so, when the system users cannot be read', async () => {
    const s = await businessWith(0, 0);
    s.world.setFaults({ scripted: [{ pathIncludes: 'system_users', onCall: 1, fault: 'code190' }] });
    const { authorization, warnings } = await s.registerSystemUser();
    expect(authorization.tokenStatus.state).toBe('VALID');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^The system users of business ${s.business.id} could not be counted`));
  });

  it('app.systemUsers compares regular and admin counts with the level, read with a workspace authorization', async () => {
    const s = await businessWith(3, 2);
    const { authorization } = await s.registerSystemUser();
    const before = s.world.counters().byEndpoint[SYSTEM_USERS];
    const { app } = await gql(s.app, SystemUsersQuery, { businessId: s.business.id }, { apiKey: s.apiKey });
    expect(app.systemUsers).toEqual({
      __typename: 'SystemUserUsage',
      businessId: s.business.id,
      tier: 'DEVELOPMENT',
      regular: { used: 4, limit: 1, overLimit: true },
      admin: { used: 2, limit: 1, overLimit: true },
      authorizationId: authorization.id,
      warnings: [
        `Business ${s.business.id} has 4 system users, over the 1 that DEVELOPMENT access allows.`,
        `Business ${s.business.id} has 2 admin system users, over the 1 that DEVELOPMENT access allows.`,
      ],
    });
    expect(s.world.counters().byEndpoint[SYSTEM_USERS]).toBe(before! + 1);
  });

  it('BASIC allows 3 system users and 1 admin; an operator override changes the numbers', async () => {
    const basic = await businessWith(2, 1, { env: { ADSAUTH_ACCESS_LEVEL: 'BASIC' } });
    await basic.registerSystemUser();
    const { app } = await gql(basic.app, SystemUsersQuery, { businessId: basic.business.id }, { apiKey: basic.apiKey });
    expect(app.systemUsers).toMatchObject({
      tier: 'BASIC',
      regular: { used: 3, limit: 3, overLimit: false },
      admin: { used: 1, limit: 1 },
      warnings: [],
    });

    const overridden = await businessWith(2, 1, {
      env: { ADSAUTH_ACCESS_LEVEL: 'BASIC', ADSAUTH_ACCESS_POLICY: '{"BASIC":{"systemUserLimit":2}}' },
    });
    await overridden.registerSystemUser();
    const result = await gql(overridden.app, SystemUsersQuery, { businessId: overridden.business.id }, { apiKey: overridden.apiKey });
    expect(result.app.systemUsers).toMatchObject({ regular: { used: 3, limit: 2, overLimit: true } });
  });

  it('a business no authorization of the workspace can read is BusinessNotReachable; a non-numeric id a ValidationError', async () => {
    const s = await businessWith(0, 0);
    const other = s.world.createBusiness({ name: 'Someone else' });
    const ask = async (businessId: string, apiKey = s.apiKey) =>
      (await gql(s.app, SystemUsersQuery, { businessId }, { apiKey })).app.systemUsers;

    expect(await ask(s.business.id)).toMatchObject({ __typename: 'BusinessNotReachable', businessId: s.business.id });
    await s.registerSystemUser();
    // The system-user token sees only its own business: Graph answers 100/33 for the other one.
    expect(await ask(other.id)).toMatchObject({ __typename: 'BusinessNotReachable', businessId: other.id });
    expect(await ask('act_123')).toMatchObject({ __typename: 'ValidationError', field: 'businessId' });
    // Another workspace does not borrow this workspace's authorization.
    const stranger = s.createApiKey({ workspace: 'Globex', role: 'VIEWER' });
    expect(await ask(s.business.id, stranger)).toMatchObject({ __typename: 'BusinessNotReachable' });
  });
});
