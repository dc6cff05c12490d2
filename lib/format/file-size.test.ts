import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it.each([
    [0, '0 octet'],
    [1, '1 octet'],
    [850, '850 octets'],
    [1023, '1023 octets'],
    [1024, '1 ko'],
    [12 * 1024 + 300, '12 ko'],
    [1024 * 1024 - 1, '1 Mo'],
    [Math.round(3.4 * 1024 * 1024), '3,4 Mo'],
    [10 * 1024 * 1024, '10 Mo'],
    [Math.round(2.25 * 1024 * 1024 * 1024), '2,3 Go'],
  ])('writes %i bytes as "%s"', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('refuses a size that cannot be a file', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });
});
