/** Writes schema/schema.graphql from the code-first schema. Building the schema opens no port. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../src/api/schema/index.js';

const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
writeFileSync(target, `${printSchema(schema)}\n`);
process.stderr.write(`wrote ${target}\n`);
