import { createHash } from 'node:crypto';

/** A CSP source for one inline script or style block: 'sha256-…' of its exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PagePolicy {
  /** Inline <script> blocks allowed by their hash; none by default. */
  scriptHashes?: readonly string[];
  /** Inline <style> blocks allowed by their hash. */
  styleHashes?: readonly string[];
  /** GraphiQL sets style attributes and starts its editor's workers from blob: URLs. */
  inlineStyleAttributes?: boolean;
  workers?: boolean;
  /** The dashboard loads its own script and style files from this origin. */
  selfAssets?: boolean;
  /** Where forms may post; none by default. */
  formAction?: string;
}

/**
 * The headers of every HTML page adsauth serves (OAuth callback and reconnect, GraphiQL): nothing
 * loads from elsewhere, nothing frames the page, and nothing is cached or sent on as a Referer
 * (the callback's URL carries an OAuth code).
 */
export function pageSecurityHeaders(policy: PagePolicy = {}): Record<string, string> {
  const own = policy.selfAssets ? ["'self'"] : [];
  const scripts = [...own, ...(policy.scriptHashes ?? [])];
  const styles = [...own, ...(policy.styleHashes ?? []), ...(policy.inlineStyleAttributes ? ["'unsafe-inline'"] : [])];
  const directives = [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    ...(policy.workers ? ["worker-src 'self' blob:"] : []),
    `form-action ${policy.formAction ?? "'none'"}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  return {
    'content-security-policy': directives.join('; '),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
