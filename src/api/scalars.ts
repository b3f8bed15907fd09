/**
 * Date and DateTime as the graph stores them: a calendar day "2024-07-03" (no time zone, so no
 * shift across one) and an instant with the portal's own offset "2024-07-03T16:24:00+07:00". Both
 * travel as strings; a malformed input is refused with the argument's own words.
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from '../graph/read/input.js';
import { builder } from './builder.js';

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;
const isDateTime = (value: string): boolean => DATE_TIME_RE.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

/** The refused value as the client sent it, cut short: enough to recognize it, never a megabyte back. */
const quoted = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function stringScalar(name: string, shape: string, valid: (value: string) => boolean) {
  const parse = (value: unknown): string => {
    if (typeof value === 'string' && valid(value)) return value;
    throw new GraphQLError(`${name} must be ${shape}, got ${quoted(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  };
  return {
    serialize: (value: unknown) => parse(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : ast.kind),
  };
}

builder.scalarType('Date', {
  description: 'A calendar day, "YYYY-MM-DD".',
  ...stringScalar('Date', 'a calendar day as YYYY-MM-DD', isIsoDate),
});

builder.scalarType('DateTime', {
  description: 'An instant with its offset, ISO 8601: "2024-07-03T16:24:00+07:00".',
  ...stringScalar('DateTime', 'an ISO 8601 date-time with an offset', isDateTime),
});
