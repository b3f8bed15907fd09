import { describe, expect, it } from 'vitest';
import { authState } from '../../src/api/auth.js';

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
});
