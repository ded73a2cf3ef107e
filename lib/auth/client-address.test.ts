import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('the client address for the per-address sign-in limit', () => {
  describe('served by scripts/serve.mjs (the socket address ends the chain)', () => {
    it('with no trusted proxy, is the socket address whatever the client wrote', () => {
      expect(clientAddress('203.0.113.7', 0, true)).toBe('203.0.113.7');
      expect(clientAddress('198.51.100.1, 10.9.9.9, 203.0.113.7', 0, true)).toBe('203.0.113.7');
    });

    it('with N trusted proxies, is the address the Nth proxy from the right received the request from', () => {
      // client-chosen, real client (appended by proxy 1), proxy 1 (appended by proxy 2), proxy 2 (the socket)
      const chain = '6.6.6.6, 203.0.113.7, 10.0.0.1, 10.0.0.2';
      expect(clientAddress(chain, 1, true)).toBe('10.0.0.1');
      expect(clientAddress(chain, 2, true)).toBe('203.0.113.7');
      expect(clientAddress('10.0.0.2', 2, true)).toBe('10.0.0.2');
    });
  });

  describe('served otherwise (next start, next dev: a client’s own header passes through)', () => {
    it('with no trusted proxy, is unknown rather than what the client wrote', () => {
      expect(clientAddress('6.6.6.6', 0, false)).toBeNull();
    });

    it('with one trusted proxy, is the last entry, which that proxy appended', () => {
      expect(clientAddress('6.6.6.6, 203.0.113.7', 1, false)).toBe('203.0.113.7');
    });
  });

  it('is unknown without a header', () => {
    expect(clientAddress(null, 0, true)).toBeNull();
    expect(clientAddress(' , ', 1, false)).toBeNull();
  });
});
