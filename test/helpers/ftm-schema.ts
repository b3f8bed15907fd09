/**
 * Checks FollowTheMoney entities against the FtM model itself (the schema the `followthemoney`
 * package ships, here from @alephdata/followthemoney, the same YAML compiled for JavaScript): each
 * schema exists and is concrete, each property belongs to it (or what it extends) and is not a
 * reverse stub, required properties are there, values fit their type (dates, countries, URLs,
 * lengths), and every entity reference names an entity of the file whose schema fits the range.
 */
import { Model, defaultModel } from '@alephdata/followthemoney';

const model = new Model(defaultModel);
const ID_RE = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/u;
const DATE_RE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/u;
const COUNTRIES = new Set(Object.keys((defaultModel.types as Record<string, { values?: Record<string, string> }>).country?.values ?? {}));
const REQUIRED = (schema: string): string[] => ((defaultModel.schemata as Record<string, { required?: string[] }>)[schema]?.required ?? []);

export interface Entity { id: string; schema: string; properties: Record<string, unknown> }

/** Every problem found, as "id: what is wrong"; empty when the entities are valid FtM. */
export function ftmProblems(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  const schemaOf = new Map<string, string>();
  for (const e of entities) {
    if (!ID_RE.test(e.id) || e.id.length > 1024) problems.push(`${e.id}: not a valid FtM id`);
    if (schemaOf.has(e.id)) problems.push(`${e.id}: id used twice`);
    schemaOf.set(e.id, e.schema);
  }
  for (const e of entities) {
    let schema;
    try {
      schema = model.getSchema(e.schema);
    } catch {
      problems.push(`${e.id}: unknown schema ${e.schema}`);
      continue;
    }
    if (schema.abstract) problems.push(`${e.id}: schema ${e.schema} is abstract`);
    for (const name of REQUIRED(e.schema)) if (!(name in e.properties)) problems.push(`${e.id}: ${e.schema} requires ${name}`);
    for (const [name, values] of Object.entries(e.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${e.id}: ${e.schema} has no property ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      if (prop.stub) problems.push(`${e.id}: ${name} is a reverse property and cannot be set`);
      if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
        problems.push(`${e.id}: ${name} must be a non-empty list of non-empty strings`);
        continue;
      }
      for (const v of values as string[]) {
        if (v.length > prop.maxLength) problems.push(`${e.id}: ${name} is longer than ${prop.maxLength}`);
        const type = prop.type.name;
        if (type === 'date' && !DATE_RE.test(v)) problems.push(`${e.id}: ${name} "${v}" is not an FtM date`);
        if (type === 'country' && !COUNTRIES.has(v)) problems.push(`${e.id}: ${name} "${v}" is not an FtM country`);
        if (type === 'url' && !/^https?:\/\//u.test(v)) problems.push(`${e.id}: ${name} "${v}" is not a URL`);
        if (type === 'entity') {
          const target = schemaOf.get(v);
          if (target === undefined) problems.push(`${e.id}: ${name} names ${v}, which is not in the file`);
          else if (!model.getSchema(target).isA(prop.getRange())) problems.push(`${e.id}: ${name} names a ${target}, not a ${prop.getRange().name}`);
        }
      }
    }
  }
  return problems;
}
