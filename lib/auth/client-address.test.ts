import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('believes only the socket peer (last hop) without a trusted proxy', () => {
    expect(clientAddress('6.6.6.6, 127.0.0.1', false)).toBe('127.0.0.1');
  });

  it('takes the first hop behind a trusted proxy', () => {
    expect(clientAddress('203.0.113.7, 10.0.0.1', true)).toBe('203.0.113.7');
  });

  it('has a stable key when no address is known', () => {
    expect(clientAddress(undefined, false)).toBe('inconnue');
    expect(clientAddress('', true)).toBe('inconnue');
  });
});
