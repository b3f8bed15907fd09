/** Imports every type module once, in an order where each finds the refs it needs, and builds the schema. */
import '../scalars.js';
import { builder } from '../builder.js';
import './health.js';
import './refs.js';
import './evidence.js';
import './participation.js';
import './tenure.js';
import './person.js';
import './meeting.js';
import './organization.js';
import './article.js';
import './search.js';
import './follow-the-money.js';
import './mutations/ingest-article.js';
import './mutations/merge-people.js';
import './mutations/split-person.js';

export const schema = builder.toSchema({ sortSchema: true });
