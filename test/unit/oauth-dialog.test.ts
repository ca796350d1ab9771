import { describe, expect, it } from 'vitest';
import { allowedReturnUrls, dialogUrl, isAllowedReturnUrl } from '../../src/domain/oauth-dialog.ts';

describe('dialogUrl', () => {
  const base = {
    dialogBaseUrl: 'https://www.facebook.com',
    version: 'v26.0',
    appId: '123',
    redirectUri: 'https://gw.example.com/oauth/facebook/callback/',
    request: { kind: 'scopes', scopes: ['ads_management', 'business_management'] },
    state: 'st',
  } as const;

  it('carries client_id, the redirect_uri with its trailing slash, comma scopes, state and response_type', () => {
    const url = new URL(dialogUrl({ ...base, rerequest: false }));
    expect(url.origin + url.pathname).toBe('https://www.facebook.com/v26.0/dialog/oauth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '123',
      redirect_uri: 'https://gw.example.com/oauth/facebook/callback/',
      scope: 'ads_management,business_management',
      state: 'st',
      response_type: 'code',
    });
  });

  it('adds auth_type=rerequest only when asked', () => {
    expect(new URL(dialogUrl({ ...base, rerequest: true })).searchParams.get('auth_type')).toBe('rerequest');
    expect(new URL(dialogUrl({ ...base, rerequest: false })).searchParams.has('auth_type')).toBe(false);
  });

  it('sends a user configuration as config_id instead of scope', () => {
    const url = new URL(dialogUrl({ ...base, request: { kind: 'userConfiguration', configId: '42' }, rerequest: false }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '123',
      redirect_uri: 'https://gw.example.com/oauth/facebook/callback/',
      config_id: '42',
      state: 'st',
      response_type: 'code',
    });
  });

  it('asks for a system-user token with config_id, response_type=code and override_default_response_type=true, and no scope', () => {
    const url = new URL(dialogUrl({ ...base, request: { kind: 'systemUserConfiguration', configId: '43' }, rerequest: false }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '123',
      redirect_uri: 'https://gw.example.com/oauth/facebook/callback/',
      config_id: '43',
      state: 'st',
      response_type: 'code',
      override_default_response_type: 'true',
    });
  });
});

describe('isAllowedReturnUrl', () => {
  const allowed = ['https://app.example.com/settings', 'http://localhost:5173'];

  it.each([
    ['https://app.example.com/settings', true],
    ['https://app.example.com/settings/facebook?tab=1', true],
    ['http://localhost:5173/anything', true],
    ['https://app.example.com/settingsX', false],
    ['https://app.example.com/', false],
    ['https://app.example.com.evil.test/settings', false],
    ['http://app.example.com/settings', false],
    ['https://user:pw@app.example.com/settings', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (candidate, expected) => {
    expect(isAllowedReturnUrl(candidate, allowed)).toBe(expected);
  });

  it('allows nothing when the list is empty', () => {
    expect(isAllowedReturnUrl('https://app.example.com/settings', [])).toBe(false);
  });
});

describe('allowedReturnUrls', () => {
  const redirectUri = 'https://adsauth.example.com/oauth/facebook/callback/';
  it("adds the dashboard's own page on the gateway's origin while the dashboard is served", () => {
    const allowed = allowedReturnUrls(['https://app.example.com/done'], { served: true, redirectUri });
    expect(allowed).toEqual(['https://app.example.com/done', 'https://adsauth.example.com/authorizations/new']);
    expect(isAllowedReturnUrl('https://adsauth.example.com/authorizations/new?x=1', allowed)).toBe(true);
    expect(isAllowedReturnUrl('https://adsauth.example.com/app', allowed)).toBe(false);
  });
  it('adds nothing when the dashboard is off', () => {
    expect(allowedReturnUrls(['https://app.example.com/done'], { served: false, redirectUri })).toEqual(['https://app.example.com/done']);
  });
});
