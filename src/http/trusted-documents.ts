import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';

/** Stub: ADSAUTH_TRUSTED_DOCUMENTS. */
export function trustedDocumentPlugins(_options: { file: string | undefined; log: Logger }): Plugin[] {
  return [];
}
