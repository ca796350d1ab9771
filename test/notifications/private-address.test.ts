import { describe, expect, it } from 'vitest';
import { isPrivateAddress, isPrivateHostname } from '../../src/domain/private-address.ts';

/** The hostname a webhook URL really names, after the WHATWG parser has normalised its spelling. */
const hostOf = (host: string) => new URL(`https://${host}/hook`).hostname;

describe('private addresses, in every spelling a URL accepts', () => {
  it.each([
    // IPv4 loopback, however it is written
    ['127.0.0.1'],
    ['127.255.255.254'],
    ['2130706433'], // decimal
    ['0x7f000001'], // hex
    ['0x7f.0x0.0x0.0x1'],
    ['0177.0.0.1'], // octal
    ['017700000001'],
    ['127.1'], // shortened
    ['127.0.1'],
    ['127.0.0.1.'], // trailing dot
    // the other ranges
    ['10.0.0.1'],
    ['10.255.255.255'],
    ['172.16.0.1'],
    ['172.31.255.255'],
    ['192.168.1.1'],
    ['169.254.169.254'], // cloud metadata
    ['0xa9fea9fe'], // the same, in hex
    ['100.64.0.1'], // CGNAT
    ['100.127.255.255'],
    ['0.0.0.0'],
    ['0'],
    ['224.0.0.1'], // multicast
    ['239.255.255.250'],
    ['255.255.255.255'], // broadcast
    ['240.0.0.1'], // reserved
    ['198.18.0.1'], // benchmarking
    ['198.19.255.255'],
    ['192.0.0.8'],
    ['192.0.2.1'], // documentation
    // IPv6
    ['[::1]'],
    ['[0:0:0:0:0:0:0:1]'],
    ['[::]'],
    ['[::ffff:127.0.0.1]'], // IPv4-mapped
    ['[::ffff:7f00:1]'],
    ['[::ffff:10.0.0.1]'],
    ['[::ffff:a9fe:a9fe]'],
    ['[::127.0.0.1]'], // IPv4-compatible (deprecated)
    ['[64:ff9b::7f00:1]'], // NAT64 of 127.0.0.1
    ['[64:ff9b::a9fe:a9fe]'],
    ['[2002:7f00:1::]'], // 6to4 of 127.0.0.1
    ['[2002:c0a8:101::1]'], // 6to4 of 192.168.1.1
    ['[fe80::1]'], // link-local
    ['[febf:ffff::1]'],
    ['[fc00::1]'], // unique local
    ['[fd12:3456:789a::1]'],
    ['[ff02::1]'], // multicast
    ['[2001:db8::1]'], // documentation
    // names that always mean this machine
    ['localhost'],
    ['LOCALHOST'],
    ['localhost.'],
    ['api.localhost'],
  ])('%s is private', (host) => {
    expect(isPrivateHostname(hostOf(host))).toBe(true);
  });

  it.each([
    ['93.184.215.14'],
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['0x5db8d70e'], // 93.184.215.14 in hex
    ['172.32.0.1'], // just past 172.16/12
    ['100.128.0.1'], // just past 100.64/10
    ['169.255.0.1'],
    ['11.0.0.1'],
    ['198.20.0.1'],
    ['223.255.255.255'],
    ['[2606:4700:4700::1111]'],
    ['[::ffff:8.8.8.8]'],
    ['[64:ff9b::808:808]'], // NAT64 of 8.8.8.8
    ['[2002:808:808::]'], // 6to4 of 8.8.8.8
    ['example.com'],
    ['hooks.example.com'],
    ['localhost.example.com'],
    ['mylocalhost'],
  ])('%s is not private (for a name: not without asking DNS)', (host) => {
    expect(isPrivateHostname(hostOf(host))).toBe(false);
  });

  it('checks resolved addresses as node:dns gives them, and refuses what is not an address at all', () => {
    expect(isPrivateAddress('127.0.0.1')).toBe(true);
    expect(isPrivateAddress('::ffff:169.254.169.254')).toBe(true);
    expect(isPrivateAddress('fe80::1')).toBe(true);
    expect(isPrivateAddress('93.184.215.14')).toBe(false);
    expect(isPrivateAddress('2606:4700:4700::1111')).toBe(false);
    expect(isPrivateAddress('example.com')).toBe(true);
    expect(isPrivateAddress('')).toBe(true);
  });
});
