import * as dns from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';

import ipaddr from 'ipaddr.js';

import { BoardError, ErrorCode } from '../src/errors';

/**
 * Where the clerk's uploads may be fetched from. Teams hands the bot a short-lived, pre-authorised
 * SharePoint / OneDrive address for a file sent in personal chat; anything else in `downloadUrl`
 * is someone trying to make the server fetch a page for them (a local service, a cloud metadata
 * address) and feed it into the library, where members would find it by search.
 */
export interface DownloadPolicy {
  /** Host names, exact (`contoso.sharepoint.com`) or one wildcard label (`*.sharepoint.com`). */
  hosts: string[];
  protocols: ('https:' | 'http:')[];
  /** Every address a host name resolves to. */
  resolve: (host: string) => Promise<{ address: string; family: number }[]>;
  /** Whether the server may connect to this address. */
  addressAllowed: (address: string) => boolean;
  /** Extra certificate authorities (tests only). */
  ca?: string;
}

const MAX_REDIRECTS = 5;

/** Public unicast only: no loopback, private, link-local, carrier-grade NAT, multicast or reserved address, in any IPv4 or IPv6 spelling. */
export function publicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) back into the IPv4 it carries.
  return ipaddr.process(address).range() === 'unicast';
}

/** The policy in force: https to the configured hosts, public addresses only, resolved by the system. */
export function downloadPolicy(hosts: string[]): DownloadPolicy {
  return {
    hosts,
    protocols: ['https:'],
    resolve: async (host) => dns.lookup(host, { all: true, verbatim: true }),
    addressAllowed: publicAddress,
  };
}

export function hostAllowed(host: string, patterns: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((p) => {
    const pattern = p.toLowerCase();
    if (!pattern.startsWith('*.')) return h === pattern;
    const suffix = pattern.slice(1);
    return h.endsWith(suffix) && h.length > suffix.length && !h.slice(0, -suffix.length).includes('.');
  });
}

/**
 * Fetches a file for the clerk's upload, within `maxBytes` and a minute. Redirects are followed by
 * hand, at most five, and only to the same host; every hop is checked against the policy again,
 * its host name resolved afresh and every address checked, and the connection is made to exactly
 * the address checked (so a name that resolves differently a moment later — DNS rebinding — gains
 * nothing). Certificates are still checked against the host name.
 */
export async function fetchUpload(rawUrl: string, policy: DownloadPolicy, maxBytes: number): Promise<Buffer> {
  let url = parseUrl(rawUrl);
  const firstHost = url.hostname.toLowerCase();
  const deadline = AbortSignal.timeout(60000);
  for (let hop = 0; ; hop++) {
    if (!policy.protocols.includes(url.protocol as 'https:')) throw new BoardError(ErrorCode.Forbidden, 'the download address is not https');
    if (url.username || url.password) throw new BoardError(ErrorCode.Forbidden, 'the download address carries a user name or password');
    const host = url.hostname.toLowerCase();
    if (host !== firstHost) throw new BoardError(ErrorCode.Forbidden, 'the download was redirected to another host');
    if (!hostAllowed(host, policy.hosts))
      throw new BoardError(ErrorCode.Forbidden, `the download address is not a Teams file store (${host} is not an allowed upload host)`);
    const pinned = await pinAddress(host, policy);
    const res = await get(url, pinned, policy, deadline);
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new BoardError(ErrorCode.Unreadable, 'the download was redirected too many times');
      url = parseUrl(new URL(res.headers.location, url).toString());
      continue;
    }
    if (res.statusCode !== 200) {
      res.resume();
      throw new BoardError(ErrorCode.Unreadable, `Teams would not hand over the file (HTTP ${res.statusCode})`);
    }
    return readCapped(res, maxBytes);
  }
}

function parseUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new BoardError(ErrorCode.Unreadable, 'the file has no download address');
  }
}

async function pinAddress(host: string, policy: DownloadPolicy): Promise<{ address: string; family: number }> {
  let addresses: { address: string; family: number }[];
  try {
    addresses = await policy.resolve(host);
  } catch {
    throw new BoardError(ErrorCode.Unreadable, `the download host ${host} could not be found`);
  }
  // Every address must pass: a name that also resolves to a private address is not trusted with any.
  if (!addresses.length || addresses.some((a) => !policy.addressAllowed(a.address))) {
    throw new BoardError(ErrorCode.Forbidden, `the download host ${host} resolves to a private or local address`);
  }
  return addresses[0]!;
}

function get(url: URL, pinned: { address: string; family: number }, policy: DownloadPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'GET', lookup, signal, agent: false, ...(policy.ca ? { ca: policy.ca } : {}) }, resolve);
    req.on('error', (err) =>
      reject(
        new BoardError(
          signal.aborted ? ErrorCode.Timeout : ErrorCode.Unreadable,
          signal.aborted ? 'the download took too long' : `the download failed (${(err as NodeJS.ErrnoException).code ?? err.message})`,
        ),
      ),
    );
    req.end();
  });
}

async function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    res.destroy();
    throw new BoardError(ErrorCode.TooLarge, `it is too large (${(declared / 1048576).toFixed(1)} MB)`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of res as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new BoardError(ErrorCode.TooLarge, `it is too large (over ${(maxBytes / 1048576).toFixed(0)} MB)`);
      chunks.push(chunk);
    }
  } finally {
    res.destroy();
  }
  return Buffer.concat(chunks);
}
