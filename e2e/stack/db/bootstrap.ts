import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "./database.ts";
import { openPglite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";

const SQL_DIR = new URL("../sql/", import.meta.url);

/** The bundled files: Supabase's base, the Atomic CRM schema, demo data. */
export const SQL_FILES = {
  supabase: fileURLToPath(new URL("supabase.sql", SQL_DIR)),
  crm: fileURLToPath(new URL("crm.sql", SQL_DIR)),
  seed: fileURLToPath(new URL("seed.sql", SQL_DIR)),
} as const;

export interface DatabaseLocation {
  /** Folder for PGlite's files; PGlite stays in memory without it. */
  dataDir?: string;
  /** A PostgreSQL connection URL; wins over `dataDir`. */
  databaseUrl?: string;
}

/** Opens PostgreSQL when a URL is given, PGlite otherwise. */
export async function openDatabase(
  location: DatabaseLocation = {},
): Promise<Database> {
  if (location.databaseUrl !== undefined) {
    return openPostgres(location.databaseUrl);
  }
  if (location.dataDir === undefined) return openPglite();
  await mkdir(location.dataDir, { recursive: true });
  return openPglite({ dataDir: location.dataDir });
}

export interface PrepareOptions {
  /** A CRM schema to load instead of the bundled `sql/crm.sql`. */
  schemaFile?: string;
  /**
   * Data to load after the schema; `null` loads none. By default the
   * bundled demo data goes with the bundled schema, and nothing with
   * another schema.
   */
  seedFile?: string | null;
}

/**
 * Loads the Supabase base, the CRM schema and its data into a database
 * that has never been prepared, all in one transaction. A database already
 * prepared (a persisted data folder, a server used before) is left as it
 * is, so its data survives restarts.
 */
export async function prepareDatabase(
  db: Database,
  options: PrepareOptions = {},
): Promise<{ fresh: boolean }> {
  if (await isPrepared(db)) return { fresh: false };

  const schemaFile = options.schemaFile ?? SQL_FILES.crm;
  const seedFile =
    options.seedFile === undefined
      ? options.schemaFile === undefined
        ? SQL_FILES.seed
        : null
      : options.seedFile;
  const files = [SQL_FILES.supabase, schemaFile];
  if (seedFile !== null) files.push(seedFile);
  const scripts = await Promise.all(
    files.map((file) => readFile(file, "utf8")),
  );

  // One simple-protocol batch runs as one implicit transaction: a failing
  // file leaves nothing half-created behind.
  await db.exec([...scripts, markerSql(schemaFile, seedFile)].join("\n;\n"));
  return { fresh: true };
}

async function isPrepared(db: Database): Promise<boolean> {
  const { rows } = await db.query(
    "select to_regclass('stack_meta.prepared') is not null as prepared",
  );
  return rows[0]?.prepared === true;
}

function markerSql(schemaFile: string, seedFile: string | null): string {
  return `
    create schema stack_meta;
    create table stack_meta.prepared (
      schema_file text not null,
      seed_file text,
      prepared_at timestamptz not null default now()
    );
    insert into stack_meta.prepared (schema_file, seed_file)
    values (${literal(schemaFile)}, ${seedFile === null ? "null" : literal(seedFile)});
  `;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
