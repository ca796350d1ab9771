import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

// Keys whose values are secrets wherever they appear in a log object.
const SECRET_KEYS = [
  'access_token',
  'accessToken',
  'input_token',
  'fb_exchange_token',
  'client_secret',
  'appSecret',
  'code',
  'state',
  'appsecret_proof',
  'authorization',
  'apiKey',
  'token',
];

const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `req.headers.${key}`]);

export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'adsauth' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
