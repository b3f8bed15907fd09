import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('starts a local Neo4j on 127.0.0.1:7687 with data in .data/neo4j when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: null,
      neo4j: { uri: null, user: 'neo4j', password: '', dataDir: '.data/neo4j', boltPort: 7687, javaHome: null, connectAttempts: 8, restartAttempts: 5 },
      apiKey: null,
      production: false,
      corsOrigins: null,
      responseCacheEntries: 2000,
    });
  });

  it('uses an external Neo4j and the given credentials when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret', PORT: '8080' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j://db:7687', user: 'reader', password: 's3cret' });
    expect(config.port).toBe(8080);
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', API_KEY: '' })).toMatchObject({ neo4j: { uri: null }, apiKey: null });
  });

  it('names the variable and the value when a port is not a port', () => {
    expect(() => loadConfig({ NEO4J_BOLT_PORT: 'seven' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be a port number between 1 and 65535, got "70000"');
    expect(() => loadConfig({ NEO4J_CONNECT_ATTEMPTS: '0' })).toThrow('NEO4J_CONNECT_ATTEMPTS must be a whole number from 1 to 100, got "0"');
    expect(() => loadConfig({ NEO4J_RESTART_ATTEMPTS: 'many' })).toThrow('NEO4J_RESTART_ATTEMPTS must be a whole number from 1 to 100, got "many"');
    expect(loadConfig({ NEO4J_RESTART_ATTEMPTS: '2' }).neo4j.restartAttempts).toBe(2);
  });

  it('reads CORS_ORIGINS as origins, and names an entry that is not one', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://news.example, http://localhost:5173/' }).corsOrigins).toEqual(['https://news.example', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://news.example/graphql' })).toThrow('CORS_ORIGINS must list origins like https://news.example or http://localhost:5173 (scheme, host and port, no path), got "https://news.example/graphql"');
    expect(() => loadConfig({ CORS_ORIGINS: 'news.example' })).toThrow(ConfigError);
  });

  it('keeps RESPONSE_CACHE_ENTRIES answers, none with 0, and names a count that is not one', () => {
    expect(loadConfig({ RESPONSE_CACHE_ENTRIES: '0' }).responseCacheEntries).toBe(0);
    expect(loadConfig({ RESPONSE_CACHE_ENTRIES: '50000' }).responseCacheEntries).toBe(50_000);
    expect(() => loadConfig({ RESPONSE_CACHE_ENTRIES: '-1' })).toThrow('RESPONSE_CACHE_ENTRIES must be a whole number from 0 to 1000000, got "-1"');
  });
});
