// Which addresses a webhook must never reach: anything that is not the public internet. Addresses
// are matched by node:net's BlockList; host spellings (decimal, hex, octal, shortened IPv4, IPv6
// forms) are left to the WHATWG URL parser, which turns them all into one canonical form first.
import { BlockList, isIP } from 'node:net';

const IPV4_RANGES: readonly (readonly [network: string, prefix: number])[] = [
  ['0.0.0.0', 8], // "this network", including the unspecified 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, including the broadcast address 255.255.255.255
];

const IPV6_RANGES: readonly (readonly [network: string, prefix: number])[] = [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible ::a.b.c.d
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (the IPv6 private ranges)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const blocked = new BlockList();
for (const [network, prefix] of IPV6_RANGES) blocked.addSubnet(network, prefix, 'ipv6');
for (const [network, prefix] of IPV4_RANGES) {
  blocked.addSubnet(network, prefix, 'ipv4');
  // The same IPv4 ranges inside IPv6 addresses that carry an IPv4 one: NAT64 and 6to4. IPv4-mapped
  // addresses (::ffff:a.b.c.d) need no entry: BlockList matches them against the IPv4 ranges itself.
  blocked.addSubnet(`64:ff9b::${network}`, 96 + prefix, 'ipv6');
  blocked.addSubnet(sixToFourPrefix(network), 16 + prefix, 'ipv6');
}

/** 6to4 puts the IPv4 address in bits 16-47: 10.0.0.0 becomes 2002:a00:0::. */
function sixToFourPrefix(ipv4: string): string {
  const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
  return `2002:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}::`;
}

/** True for an address outside the public internet; also for anything that is not an IP address at all. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The address in a URL hostname (as `new URL()` gives it, IPv6 in brackets), or undefined for a name. */
export function ipLiteralOf(hostname: string): string | undefined {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(host) ? host : undefined;
}

/**
 * True when a URL hostname is private without asking DNS: a private IP literal in any spelling, or
 * `localhost` and its subdomains (which resolvers answer locally, whatever DNS says).
 */
export function isPrivateHostname(hostname: string): boolean {
  const literal = ipLiteralOf(hostname);
  if (literal) return isPrivateAddress(literal);
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}
