// The database schema and its migrations.
//
// Migrations are an append-only list: migration N turns a version N-1
// database into version N (version 1 is the initial schema). Never edit a
// released migration; add a new one. schema_version records every applied
// version with a timestamp.
//
// Thread-safety: stateless functions; the Connection must not be shared.
#ifndef NEWSGRAPH_STORE_SCHEMA_H_
#define NEWSGRAPH_STORE_SCHEMA_H_

#include "newsgraph/status.h"
#include "store/statement.h"

namespace newsgraph::store {

// The version this build writes: the number of migrations.
int LatestSchemaVersion();

// Brings the database up to LatestSchemaVersion() inside one BEGIN IMMEDIATE
// transaction (so two processes opening a new file cannot both migrate it).
// Returns kCorruption when the file is not a newsgraph database (it has
// tables but no schema_version) or has a newer version than we know.
Status Migrate(const Connection& conn);

// For read-only connections: checks the version without writing. A file
// that needs migration is refused with kInvalidArgument (open it read-write
// once, e.g. with `newsgraph ingest`).
Status CheckSchema(const Connection& conn);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SCHEMA_H_
