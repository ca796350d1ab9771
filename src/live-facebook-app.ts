import type { FacebookApp } from './app.ts';
import type { Config } from './config.ts';

/** The configured Facebook app, for `serve` and `adsauth sweep` in live mode. */
export function liveFacebookApp(config: Config): FacebookApp {
  const { facebook } = config;
  // loadConfig guarantees all three in live mode.
  return {
    appId: facebook.appId!,
    appSecret: facebook.appSecret!,
    redirectUri: facebook.redirectUri!,
    graphApiVersion: facebook.graphApiVersion,
    graphApiUrl: facebook.graphApiUrl,
    dialogUrl: facebook.dialogUrl,
    sandbox: false,
    loginConfigId: facebook.loginConfigId,
    businessLoginConfigId: facebook.businessLoginConfigId,
    webhookVerifyToken: facebook.webhookVerifyToken,
  };
}
