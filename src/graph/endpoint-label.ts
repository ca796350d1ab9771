// Endpoint labels name a Graph route without ids, tokens or query: `GET act_{id}`, `GET me/adaccounts`.
// The sandbox counts calls under the same labels, so tests can compare the two.

/** `relativePath` is the path after the version, with or without a leading slash and query. */
export function endpointLabel(method: string, relativePath: string): string {
  const path = relativePath.split('?')[0]!.replace(/^\/+|\/+$/g, '');
  if (path === '') return `${method.toUpperCase()} batch`;
  const segments = path.split('/').map((segment) => {
    if (/^act_\d+$/.test(segment)) return 'act_{id}';
    if (/^\d+$/.test(segment)) return '{id}';
    return segment;
  });
  return `${method.toUpperCase()} ${segments.join('/')}`;
}

/** The digits of the `act_<digits>` segment a path addresses, if any. */
export function adAccountIdOf(relativePath: string): string | undefined {
  return /(?:^|\/)act_(\d+)(?:[/?]|$)/.exec(relativePath.replace(/^\/+/, ''))?.[1];
}
