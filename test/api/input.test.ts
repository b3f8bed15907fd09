/** Arguments refused before anything runs, each with a code and the words of the argument: no database needed. */
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { apiClient } from '../helpers/api.js';

const api = apiClient(createDriver('bolt://127.0.0.1:9', { user: 'neo4j', password: 'x' }));

describe('dates', () => {
  it.each(['2024-02-30', '3/7/2024', '2024-7-3', ''])('refuses %j as a Date, quoting it', async (value) => {
    const { errors } = await api(`query($on: Date!) { whoHeld(title: "Trưởng", organization: "Thành ủy", on: $on) { basis } }`, { on: value });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(JSON.stringify(value));
  });

  it('refuses a Date written in the query itself', async () => {
    const { errors } = await api(`{ whoHeld(title: "Trưởng", organization: "Thành ủy", on: "03/07/2024") { basis } }`);
    expect(errors?.[0]?.message).toMatch(/Date must be a calendar day as YYYY-MM-DD, got "03\/07\/2024"/u);
  });
});

describe('cursors and sizes', () => {
  it('refuses a cursor that is not one, naming it', async () => {
    const { errors } = await api(`{ meetings(after: "not-a-cursor") { edges { cursor } } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' } });
    expect(errors?.[0]?.message).toContain('not-a-cursor');
  });

  it('refuses a negative page and a search of 0 or 101 hits', async () => {
    for (const query of ['{ people(first: -1) { edges { cursor } } }', '{ search(text: "a", first: 0) { label } }', '{ search(text: "a", first: 101) { label } }']) {
      const { errors } = await api(query);
      expect(errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});

describe('unknown fields and syntax', () => {
  it('names the field that does not exist and never answers with a stack', async () => {
    const { errors } = await api(`{ people { edges { node { nickname } } } }`);
    expect(errors?.[0]?.message).toContain('nickname');
    expect(JSON.stringify(errors)).not.toMatch(/stack|\.ts:\d+/u);
  });
});

describe('a huge refused value', () => {
  it('is quoted only in part', async () => {
    const { errors } = await api(`query($on: Date!) { whoHeld(title: "Trưởng", organization: "Thành ủy", on: $on) { basis } }`, { on: '9'.repeat(100_000) });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/^Variable "\$on" got invalid value "9+ … 9+"; Date must be a calendar day as YYYY-MM-DD, got "9+…$/u);
    expect(errors?.[0]?.message.length).toBeLessThan(700);
  });
});
