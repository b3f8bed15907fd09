/**
 * Date and DateTime as the graph stores them: a calendar day "2024-07-03" (no time zone, so no
 * shift across one) and an instant with the portal's own offset "2024-07-03T16:24:00+07:00". Both
 * travel as strings; a malformed input is refused with the argument's own words.
 */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { ISO_DATE_RE, isIsoDate } from '../graph/read/input.js';
import { builder } from './builder.js';

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;
const isDateTime = (value: string): boolean => DATE_TIME_RE.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

/** The refused value as the client sent it, cut short: enough to recognize it, never a megabyte back. */
const quoted = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * A scalar written as a string: an input must be `valid`; an output, which the graph wrote itself
 * (Neo4j's own toString of a stored date), need only have the `form`, a check a large answer with
 * hundreds of dates pays for each.
 */
function stringScalar(name: string, shape: string, valid: (value: string) => boolean, form: RegExp) {
  const refuse = (value: unknown): never => {
    throw new GraphQLError(`${name} must be ${shape}, got ${quoted(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  };
  const parse = (value: unknown): string => (typeof value === 'string' && valid(value) ? value : refuse(value));
  return {
    serialize: (value: unknown) => (typeof value === 'string' && form.test(value) ? value : refuse(value)),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : ast.kind),
  };
}

builder.scalarType('Date', {
  description: 'A calendar day, "YYYY-MM-DD".',
  ...stringScalar('Date', 'a calendar day as YYYY-MM-DD', isIsoDate, ISO_DATE_RE),
});

builder.scalarType('DateTime', {
  description: 'An instant with its offset, ISO 8601: "2024-07-03T16:24:00+07:00".',
  ...stringScalar('DateTime', 'an ISO 8601 date-time with an offset', isDateTime, DATE_TIME_RE),
});
