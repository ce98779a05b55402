import pg from "pg";
import type { Database, Query, QueryResult } from "./database.ts";

const INT8_OID = 20;

/**
 * Opens a pool on a PostgreSQL server. A transaction holds one client of
 * the pool from BEGIN to COMMIT or ROLLBACK; plain queries take any client.
 */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    types: { getTypeParser: typeParser },
  });
  // Some other error (a server restart) must not crash the process from an
  // idle client; the next query reports it instead.
  pool.on("error", () => {});
  const probe = await pool.connect();
  probe.release();

  return {
    kind: "postgres",
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const query: Query = (sql, params) => run(client, sql, params);
        const result = await work(query);
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function run(
  target: pg.Pool | pg.PoolClient,
  sql: string,
  params: unknown[] = [],
): Promise<QueryResult> {
  const result = await target.query(sql, params);
  const rows = result.rows as QueryResult["rows"];
  return result.rowCount === null
    ? { rows }
    : { rows, affectedRows: result.rowCount };
}

/**
 * pg's parsers, except that bigint becomes a number when it fits, as
 * PGlite returns it, so ids and counts look the same on both drivers.
 */
function typeParser(oid: number, format?: "text" | "binary"): unknown {
  if (oid === INT8_OID && format !== "binary") return parseInt8;
  return format === undefined
    ? pg.types.getTypeParser(oid)
    : pg.types.getTypeParser(oid, format);
}

function parseInt8(text: string): number | bigint {
  const value = BigInt(text);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) &&
    value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value;
}
