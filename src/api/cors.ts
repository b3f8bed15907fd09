/**
 * Which web pages may call the API from a browser. Outside production any page may (a front end on
 * another port during development); in production none but the API's own, unless CORS_ORIGINS lists
 * them. Writes are authorized by a bearer token, never a cookie, so no origin is ever told that the
 * browser's credentials may come along.
 */
export type CorsPolicy = { origin: string[]; credentials: false } | false;

export function corsPolicy(origins: readonly string[] | null, production: boolean): CorsPolicy {
  if (origins === null) return production ? false : { origin: ['*'], credentials: false };
  // Yoga reads an empty list as "any origin"; a list that names none must let none in.
  if (origins.length === 0) return false;
  return { origin: [...origins], credentials: false };
}
