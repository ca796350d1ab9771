import { describe, expect, it } from 'vitest';
import { parseAdAccountId } from '../../src/domain/ad-account-id.ts';
import { codesOf, disableReasonName, knownTasks, statusOf } from '../../src/domain/ad-account-status.ts';
import { diffAccounts, rowFromRecord } from '../../src/services/ad-accounts/ad-account-changes.ts';
import type { AdAccountRecord } from '../../src/graph/graph-api.ts';
import type { AdAccountRow } from '../../src/repositories/ad-accounts.ts';

describe('ad-account statuses (docs/graph-api.md "Account status and disable reason")', () => {
  it.each([
    [1, 'ACTIVE'],
    [2, 'DISABLED'],
    [3, 'UNSETTLED'],
    [7, 'PENDING_RISK_REVIEW'],
    [8, 'PENDING_SETTLEMENT'],
    [9, 'IN_GRACE_PERIOD'],
    [100, 'PENDING_CLOSURE'],
    [101, 'CLOSED'],
    [201, 'UNKNOWN'],
    [42, 'UNKNOWN'],
  ] as const)('%i is %s', (code, name) => {
    expect(statusOf(code)).toBe(name);
    if (name !== 'UNKNOWN') expect(codesOf(name)).toEqual([code]);
  });

  it('names disable reasons, and none for 0', () => {
    expect(disableReasonName(0)).toBeNull();
    expect(disableReasonName(null)).toBeNull();
    expect(disableReasonName(3)).toBe('RISK_PAYMENT');
    expect(disableReasonName(15)).toBe('COMPROMISED_AD_ACCOUNT');
    expect(disableReasonName(99)).toBe('UNKNOWN_99');
  });

  it('keeps the known tasks in a stable order', () => {
    expect(knownTasks(['ANALYZE', 'FOO', 'MANAGE'])).toEqual(['MANAGE', 'ANALYZE']);
  });
});

describe('ad-account ids', () => {
  it.each([
    ['act_123', '123'],
    ['123', '123'],
    [' act_400000000000001 ', '400000000000001'],
  ])('%j → %s', (given, digits) => expect(parseAdAccountId(given)).toBe(digits));

  it.each(['', 'act_', 'act_12a', 'ACT_12', '12-3', 'act_act_1', '1'.repeat(31), 'https://x/act_1'])('refuses %j', (given) => {
    expect(parseAdAccountId(given)).toBeUndefined();
  });
});

describe('what a sync changed', () => {
  const owner = { workspaceId: 'w', authorizationId: 'a' };
  const at = new Date('2026-03-01T12:00:00Z');
  const record = (id: string, patch: Partial<AdAccountRecord> = {}): AdAccountRecord => ({
    id: `act_${id}`,
    accountId: id,
    name: `Account ${id}`,
    accountStatus: 1,
    disableReason: 0,
    currency: 'EUR',
    timezoneName: 'Europe/Berlin',
    business: { id: 'b', name: 'B' },
    tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 1 },
    userTasks: ['MANAGE', 'ADVERTISE'],
    isPersonal: false,
    pixels: [],
    ...patch,
  });
  const stored = (r: AdAccountRecord) => rowFromRecord(r, owner, new Date(0)) as AdAccountRow;

  it('maps a Graph record: terms accepted only when 1, tasks sorted', () => {
    const row = rowFromRecord(
      record('1', { tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 0 }, userTasks: ['ANALYZE', 'MANAGE', 'ANALYZE'] }),
      owner,
      at,
    );
    expect(row).toMatchObject({
      accountId: '1',
      customAudienceTosAccepted: true,
      webCustomAudienceTosAccepted: false,
      tasks: ['ANALYZE', 'MANAGE'],
      businessId: 'b',
      syncedAt: at,
    });
    expect(rowFromRecord(record('2', { tosAccepted: {} }), owner, at).customAudienceTosAccepted).toBe(false);
    // Live Graph's answer with only the website terms accepted: the absent key is not accepted.
    expect(rowFromRecord(record('3', { tosAccepted: { web_custom_audience_tos: 1 } }), owner, at)).toMatchObject({
      customAudienceTosAccepted: false,
      webCustomAudienceTosAccepted: true,
    });
  });

  it('keeps is_personal and the pixels, with the last firing as an ISO string or null', () => {
    const pixels = [
      { id: '9', name: 'Shop', lastFiredTime: new Date('2026-02-27T08:00:00Z') },
      { id: '8', name: 'Old', lastFiredTime: null },
    ];
    expect(rowFromRecord(record('1', { isPersonal: true, pixels }), owner, at)).toMatchObject({
      isPersonal: true,
      pixels: [
        { id: '9', name: 'Shop', lastFiredTime: '2026-02-27T08:00:00.000Z' },
        { id: '8', name: 'Old', lastFiredTime: null },
      ],
    });
  });

  it('records gained, lost, status, terms and tasks changes, and nothing for an unchanged account', () => {
    const before = [record('1'), record('2'), record('3'), record('4'), record('5')].map(stored);
    const after = [
      record('1'),
      record('2', { accountStatus: 2, disableReason: 3 }),
      record('3', { tosAccepted: { custom_audience_tos: 0, web_custom_audience_tos: 1 } }),
      record('4', { userTasks: ['ADVERTISE', 'MANAGE', 'ANALYZE'] }),
      record('6'),
    ].map((r) => rowFromRecord(r, owner, at));
    const changes = diffAccounts(before, after, owner, at);
    expect(changes.map((c) => [c.accountId, c.change])).toEqual([
      ['2', 'STATUS_CHANGED'],
      ['3', 'TOS_CHANGED'],
      ['4', 'TASKS_CHANGED'],
      ['6', 'GAINED'],
      ['5', 'LOST'],
    ]);
    expect(changes[0]!.details).toEqual({ from: 'ACTIVE', to: 'DISABLED', disableReason: 'RISK_PAYMENT' });
    expect(changes[1]!.details).toEqual({
      customAudienceTosAccepted: { from: true, to: false },
      webCustomAudienceTosAccepted: { from: true, to: true },
    });
    expect(changes[2]!.details).toEqual({ from: ['ADVERTISE', 'MANAGE'], to: ['ADVERTISE', 'ANALYZE', 'MANAGE'] });
    expect(changes.every((c) => c.at === at && c.workspaceId === 'w' && c.authorizationId === 'a')).toBe(true);
  });

  it('reports a reordered task list as no change', () => {
    const before = [stored(record('1', { userTasks: ['MANAGE', 'ADVERTISE'] }))];
    expect(diffAccounts(before, [rowFromRecord(record('1', { userTasks: ['ADVERTISE', 'MANAGE'] }), owner, at)], owner, at)).toEqual([]);
  });
});
