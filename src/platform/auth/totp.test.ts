import { describe, expect, it } from 'vitest';
import { base32, checkTotp, fromBase32, hotp, totpStep } from './totp.js';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890"; its 8-digit codes end in these 6.
  const seed = Buffer.from('12345678901234567890');
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('gives the RFC’s code at %i s', (seconds, code) => {
    expect(hotp(seed, totpStep(seconds * 1000))).toBe(code);
  });

  it('round-trips base32', () => {
    expect(base32(seed)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(fromBase32(base32(seed)).equals(seed)).toBe(true);
  });

  it('accepts one step of drift, refuses a code already used and a wrong one', () => {
    const secret = base32(seed);
    const at = 1111111111 * 1000;
    const step = totpStep(at);
    expect(checkTotp(secret, '050471', 0, at)).toBe(step);
    expect(checkTotp(secret, hotp(seed, step - 1), 0, at)).toBe(step - 1);
    expect(checkTotp(secret, '050471', step, at)).toBeNull();
    expect(checkTotp(secret, '000000', 0, at)).toBeNull();
    expect(checkTotp(secret, 'abc', 0, at)).toBeNull();
  });
});
