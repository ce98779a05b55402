import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, prepareDatabase } from "../../e2e/stack/db/bootstrap.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "clipper-db-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("preparing a database", () => {
  it("keeps a persisted data folder across a reopen without seeding again", async () => {
    const dataDir = join(dir, "pglite");
    const first = await openDatabase({ dataDir });
    const prepared = await prepareDatabase(first);
    await first.query("insert into tags (name, color) values ('kept', '#000')");
    await first.close();

    const reopened = await openDatabase({ dataDir });
    try {
      const again = await prepareDatabase(reopened);
      const { rows } = await reopened.query(
        "select (select count(*) from contacts) as contacts," +
          " (select count(*) from sales) as sales," +
          " (select count(*) from tags where name = 'kept') as kept",
      );

      expect(prepared).toEqual({ fresh: true });
      expect(again).toEqual({ fresh: false });
      expect(rows[0]).toEqual({ contacts: 50, sales: 2, kept: 1 });
    } finally {
      await reopened.close();
    }
  }, 60_000);

  it("loads another schema without the demo data unless told", async () => {
    const schemaFile = join(dir, "custom.sql");
    await writeFile(
      schemaFile,
      "create table public.contacts (id bigint primary key, email text);",
    );
    const db = await openDatabase();
    try {
      const prepared = await prepareDatabase(db, { schemaFile });
      const { rows } = await db.query(
        "select (select count(*) from public.contacts) as contacts," +
          " to_regclass('public.sales') as sales," +
          " to_regprocedure('auth.uid()') is not null as has_auth",
      );

      expect(prepared).toEqual({ fresh: true });
      expect(rows[0]).toEqual({ contacts: 0, sales: null, has_auth: true });
    } finally {
      await db.close();
    }
  }, 60_000);
});
