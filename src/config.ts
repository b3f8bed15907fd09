/**
 * The only place that reads the environment. Everything else receives a Config, so tests and
 * scripts can build one by hand and nothing depends on process-global state.
 */

export interface Neo4jConfig {
  /** An existing Neo4j 5 (bolt://, neo4j://, neo4j+s://…). When absent, a local one is started. */
  uri: string | null;
  user: string;
  password: string;
  /** Where the local Neo4j keeps its data. */
  dataDir: string;
  /** The Bolt port of the local Neo4j (127.0.0.1 only). */
  boltPort: number;
  /** The JDK that runs the local Neo4j (JAVA_HOME); `java` on PATH when unset. */
  javaHome: string | null;
  /** How many times to try reaching Neo4j at start, waiting 0.25 s and then twice as long each time, at most 5 s. */
  connectAttempts: number;
  /** How many times in a row `serve` restarts a local Neo4j that died before giving up (1 s, then twice as long, at most 30 s). */
  restartAttempts: number;
}

export interface Config {
  port: number;
  /** The address the API listens on (HOST); null: every interface. */
  host: string | null;
  neo4j: Neo4jConfig;
  /** Mutations are enabled only when a key is configured. */
  apiKey: string | null;
  production: boolean;
  /** Web origins whose pages may call the API from a browser (CORS_ORIGINS); null when unset. */
  corsOrigins: string[] | null;
  /** How many answers the response cache keeps (RESPONSE_CACHE_ENTRIES, least recently used out first); 0 turns it off. */
  responseCacheEntries: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function portFrom(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === null) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/** "https://a.example, http://localhost:5173" → origins exactly as browsers send them; "*" for any. */
function originsFrom(env: Env, name: string): string[] | null {
  const raw = nonEmpty(env[name]);
  if (raw === null) return null;
  return raw.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    if (entry === '*') return entry;
    const origin = URL.canParse(entry) ? new URL(entry).origin : 'null';
    if (origin === 'null' || origin !== entry.replace(/\/+$/u, '')) {
      throw new ConfigError(`${name} must list origins like https://news.example or http://localhost:5173 (scheme, host and port, no path), got "${entry}"`);
    }
    return origin;
  });
}

function countFrom(env: Env, name: string, fallback: number, max: number, min = 1): number {
  const raw = nonEmpty(env[name]);
  if (raw === null) return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < min || count > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return count;
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: portFrom(env, 'PORT', 4000),
    host: nonEmpty(env.HOST),
    neo4j: {
      uri: nonEmpty(env.NEO4J_URI),
      user: nonEmpty(env.NEO4J_USER) ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      dataDir: nonEmpty(env.NEO4J_DATA_DIR) ?? '.data/neo4j',
      boltPort: portFrom(env, 'NEO4J_BOLT_PORT', 7687),
      javaHome: nonEmpty(env.JAVA_HOME),
      connectAttempts: countFrom(env, 'NEO4J_CONNECT_ATTEMPTS', 8, 100),
      restartAttempts: countFrom(env, 'NEO4J_RESTART_ATTEMPTS', 5, 100),
    },
    apiKey: nonEmpty(env.API_KEY),
    production: env.NODE_ENV === 'production',
    corsOrigins: originsFrom(env, 'CORS_ORIGINS'),
    responseCacheEntries: countFrom(env, 'RESPONSE_CACHE_ENTRIES', 2000, 1_000_000, 0),
  };
}
