import { PGlite, type Results } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import type { Database, Query, QueryResult, Row } from "./database.ts";

export interface PgliteOptions {
  /** Folder for the database files; the database lives in memory without it. */
  dataDir?: string;
}

/**
 * Opens embedded Postgres (PGlite) with the `citext` and `pgcrypto`
 * extensions available to `create extension`.
 *
 * PGlite is one connection: it queues every statement behind a running
 * transaction, so work inside `transaction()` must use the query it is
 * given, never `db.query`, or it waits for itself.
 */
export async function openPglite(
  options: PgliteOptions = {},
): Promise<Database> {
  const pg = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    extensions: { citext, pgcrypto },
  });

  return {
    kind: "pglite",
    query: (sql, params) => pg.query<Row>(sql, params).then(toResult),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (work) =>
      pg.transaction((tx) => {
        const query: Query = (sql, params) =>
          tx.query<Row>(sql, params).then(toResult);
        return work(query);
      }),
    close: () => pg.close(),
  };
}

function toResult(results: Results<Row>): QueryResult {
  const rows = results.rows;
  return results.affectedRows === undefined
    ? { rows }
    : { rows, affectedRows: results.affectedRows };
}
