/**
 * Who may write. Reads are open; mutations need the server's API_KEY as a bearer token. The key is
 * compared in constant time (over fixed-length digests, so not even its length leaks).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/** disabled: the server has no key, so nobody writes; missing/wrong: the request's token. */
export type AuthState = 'disabled' | 'missing' | 'wrong' | 'granted';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function authState(apiKey: string | null, authorization: string | null): AuthState {
  if (apiKey === null) return 'disabled';
  const token = /^Bearer\s+(\S+)\s*$/iu.exec(authorization ?? '')?.[1];
  if (token === undefined) return 'missing';
  return timingSafeEqual(digest(token), digest(apiKey)) ? 'granted' : 'wrong';
}

const REFUSALS: Record<Exclude<AuthState, 'granted'>, { code: string; message: string }> = {
  disabled: { code: 'FORBIDDEN', message: 'Mutations are off: the server was started without API_KEY.' },
  missing: { code: 'UNAUTHENTICATED', message: 'This mutation needs the header "Authorization: Bearer <API_KEY>".' },
  wrong: { code: 'UNAUTHENTICATED', message: 'The bearer token is not this server\'s API_KEY.' },
};

export function refusal(state: AuthState): GraphQLError {
  const { code, message } = state === 'granted' ? { code: 'FORBIDDEN', message: 'Not allowed.' } : REFUSALS[state];
  return new GraphQLError(message, { extensions: { code } });
}
