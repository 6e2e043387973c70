// `npm run schema`: writes electron/core/db/schema.sql from a freshly migrated database.
import { writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { migrate } from '../electron/core/db/migrations'
import { schemaSql } from '../electron/core/db/schema-dump'

const db = new Database(':memory:')
migrate(db)
writeFileSync('electron/core/db/schema.sql', schemaSql(db))
console.log('electron/core/db/schema.sql written')
