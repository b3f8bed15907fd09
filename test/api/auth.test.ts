import { timingSafeEqual } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { authState } from '../../src/api/auth.js';

// The comparison itself, watched: a plain === would stop at the first differing character.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe('authState', () => {
  it('is disabled when the server has no key, whatever the request sends', () => {
    expect(authState(null, 'Bearer anything')).toBe('disabled');
    expect(authState(null, null)).toBe('disabled');
  });

  it('grants the exact key sent as a bearer token, in any case of the scheme', () => {
    expect(authState('s3cret-key', 'Bearer s3cret-key')).toBe('granted');
    expect(authState('s3cret-key', 'bearer   s3cret-key ')).toBe('granted');
  });

  it('tells a missing token from a wrong one', () => {
    expect(authState('s3cret-key', null)).toBe('missing');
    expect(authState('s3cret-key', 'Basic s3cret-key')).toBe('missing');
    expect(authState('s3cret-key', 'Bearer')).toBe('missing');
    expect(authState('s3cret-key', 'Bearer s3cret-ke')).toBe('wrong');
    expect(authState('s3cret-key', 'Bearer s3cret-keyy')).toBe('wrong');
    expect(authState('s3cret-key', 'Bearer S3CRET-KEY')).toBe('wrong');
  });

  it('compares in constant time, over buffers of one length whatever the token’s length', () => {
    const compare = vi.mocked(timingSafeEqual);
    compare.mockClear();
    for (const token of ['s', 's3cret-ke', 's3cret-key', 'x'.repeat(500)]) authState('s3cret-key', `Bearer ${token}`);
    expect(compare).toHaveBeenCalledTimes(4);
    expect(compare.mock.calls.map(([a, b]) => [a.byteLength, b.byteLength])).toEqual(Array(4).fill([32, 32]));
  });
});
