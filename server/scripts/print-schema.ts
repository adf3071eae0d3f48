import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSchema, printSdl } from '../app/schema.js';
import { projectRoot } from '../core/db/orm.js';
import { createEventBus } from '../core/pubsub.js';

/** `npm run schema:print`: writes schema/schema.graphql from the code. */
const schema = await createSchema(createEventBus());
const file = path.join(projectRoot, 'schema', 'schema.graphql');
writeFileSync(file, printSdl(schema));
console.log(`Wrote ${path.relative(projectRoot, file)}`);
