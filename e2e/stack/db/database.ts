/**
 * The stack's one door to Postgres: embedded PGlite by default, or a real
 * PostgreSQL server when a connection URL is given. Both speak the same
 * small interface so the REST gateway and the auth endpoints never know
 * which one they run on.
 */

/** A row as the driver returns it: column name to value. */
export type Row = Record<string, unknown>;

export interface QueryResult {
  rows: Row[];
  /** Rows touched by INSERT, UPDATE or DELETE, when the driver knows. */
  affectedRows?: number;
}

/** Runs one statement with bound parameters ($1, $2, …). */
export type Query = (sql: string, params?: unknown[]) => Promise<QueryResult>;

export interface Database {
  /** "pglite" or "postgres", for messages and tests. */
  readonly kind: "pglite" | "postgres";
  /** One statement outside any explicit transaction. */
  query: Query;
  /** Several statements separated by semicolons, no parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` inside BEGIN … COMMIT on one connection; a thrown error
   * rolls back and is rethrown unchanged (Postgres errors keep `code`,
   * `message`, `detail`, `hint`).
   */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * What a Postgres error carries, whichever driver raised it. Both pg and
 * PGlite put the SQLSTATE in `code` and the server's fields beside it.
 */
export interface PostgresError extends Error {
  code: string;
  detail?: string;
  hint?: string;
}

export function isPostgresError(error: unknown): error is PostgresError {
  return (
    error instanceof Error &&
    typeof (error as Partial<PostgresError>).code === "string" &&
    /^[0-9A-Z]{5}$/.test((error as PostgresError).code)
  );
}
