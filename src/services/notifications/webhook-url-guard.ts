// Keeps webhooks off private addresses twice: when one is created (its host, and what that name
// resolves to then), and when each delivery connects. The second check is made inside the socket's
// own DNS lookup, on the very addresses it then connects to, so a name that resolved to a public
// address at creation and to 127.0.0.1 later (DNS rebinding) is refused too.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { ipLiteralOf, isPrivateAddress, isPrivateHostname } from '../../domain/private-address.ts';

/** Every address a host name resolves to. Tests inject one to play a rebinding DNS server. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveWithDns: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

export const PRIVATE_ADDRESS_PROBLEM =
  'is or resolves to a private address (loopback, private network, link-local, CGNAT, multicast or reserved); a webhook must be reachable on the public internet';

/** A delivery refused before connecting; the delivery log says only "blocked: private address". */
export class PrivateAddressRefused extends Error {
  override name = 'PrivateAddressRefused';
  readonly code = 'EPRIVATEADDRESS';
  constructor() {
    super('blocked: private address');
  }
}

/**
 * At createWebhook: does the URL's host resolve to a private address now? A name that does not
 * resolve at all is let through: that says nothing about where it will point, and every delivery
 * checks again anyway.
 */
export async function resolvesToPrivateAddress(url: URL, resolveHost: ResolveHost): Promise<boolean> {
  if (isPrivateHostname(url.hostname)) return true;
  if (ipLiteralOf(url.hostname)) return false;
  const addresses = await resolveHost(url.hostname).catch(() => []);
  return addresses.some((entry) => isPrivateAddress(entry.address));
}

/** At delivery, before any socket exists: hosts that are private whatever DNS says (IP literals skip the lookup). */
export function refusedBeforeLookup(url: URL, allowPrivate: boolean): boolean {
  return !allowPrivate && isPrivateHostname(url.hostname);
}

/**
 * The `lookup` of each delivery's socket: resolves with `resolveHost` and, unless private addresses
 * are allowed, fails with PrivateAddressRefused when any answer is private.
 */
export function connectLookup(resolveHost: ResolveHost, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (addresses) => {
        if (!allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address)))
          return callback(new PrivateAddressRefused(), '', 0);
        const first = addresses[0];
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
