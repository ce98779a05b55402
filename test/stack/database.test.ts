import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claims } from "../../e2e/stack/context.ts";
import { prepareDatabase } from "../../e2e/stack/db/bootstrap.ts";
import {
  type Database,
  isPostgresError,
  type Query,
} from "../../e2e/stack/db/database.ts";
import {
  DEMO_SALES_ID,
  DEMO_USER,
  DEMO_USER_ID,
  SECOND_USER_ID,
} from "../../e2e/stack/db/demo.ts";
import { startLocalPostgres } from "../../e2e/stack/db/local-postgres.ts";
import { openPglite } from "../../e2e/stack/db/pglite.ts";
import { openPostgres } from "../../e2e/stack/db/postgres.ts";

interface Driver {
  name: string;
  open(): Promise<{ db: Database; stop(): Promise<void> }>;
}

const drivers: Driver[] = [
  {
    name: "PGlite",
    open: async () => {
      const db = await openPglite();
      return { db, stop: () => db.close() };
    },
  },
  {
    name: "PostgreSQL 15",
    open: async () => {
      const server = await startLocalPostgres();
      const db = await openPostgres(server.url);
      return {
        db,
        stop: async () => {
          await db.close();
          await server.stop();
        },
      };
    },
  },
];

const demo: Claims = { sub: DEMO_USER_ID, role: "authenticated" };
const second: Claims = { sub: SECOND_USER_ID, role: "authenticated" };

/** Runs `work` the way PostgREST runs a request for these claims. */
function asCaller<T>(
  db: Database,
  claims: Claims,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  return db.transaction(async (query) => {
    await query(
      "select set_config('role', $1, true)," +
        " set_config('request.jwt.claims', $2, true)," +
        " set_config('search_path', 'public, extensions', true)",
      [claims.role, JSON.stringify(claims)],
    );
    return work(query);
  });
}

/** Runs `work` in a transaction that is always rolled back. */
async function thenRollBack(
  db: Database,
  work: (query: Query) => Promise<void>,
): Promise<void> {
  const rollback = new Error("roll back");
  await expect(
    db.transaction(async (query) => {
      await work(query);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the statement to fail"),
    (error: unknown) => error,
  );
}

describe.each(drivers)("the database on $name", (driver) => {
  let db: Database;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, stop } = await driver.open());
    expect(await prepareDatabase(db)).toEqual({ fresh: true });
  }, 60_000);

  afterAll(async () => {
    await stop?.();
  });

  describe("bootstrap", () => {
    it("loads the CRM schema and the demo data", async () => {
      const { rows } = await db.query(
        "select (select count(*) from sales) as sales," +
          " (select count(*) from companies) as companies," +
          " (select count(*) from contacts) as contacts," +
          " (select config from configuration where id = 1) as config",
      );

      expect(rows[0]).toMatchObject({ sales: 2, companies: 10, contacts: 50 });
      const config = rows[0]?.config as { noteStatuses: { value: string }[] };
      expect(config.noteStatuses.map((status) => status.value)).toEqual([
        "cold",
        "warm",
        "hot",
        "in-contract",
      ]);
    });

    it("stores the demo password as a bcrypt hash", async () => {
      const { rows } = await db.query(
        "select encrypted_password, email_confirmed_at from auth.users" +
          " where email = $1",
        [DEMO_USER.email],
      );

      const hash = String(rows[0]?.encrypted_password);
      expect(await bcrypt.compare(DEMO_USER.password, hash)).toBe(true);
      expect(rows[0]?.email_confirmed_at).toBeInstanceOf(Date);
    });

    it("leaves a prepared database as it is", async () => {
      await db.query("insert into tags (name, color) values ('kept', '#000')");

      const again = await prepareDatabase(db);

      expect(again).toEqual({ fresh: false });
      const { rows } = await db.query(
        "select count(*) as kept from tags where name = 'kept'",
      );
      expect(rows[0]?.kept).toBe(1);
    });

    it("returns plain values for simple selects", async () => {
      const { rows } = await db.query(
        "select 7::int4 as small, 8::int8 as big, 'x'::text as label," +
          " true as flag, null::text as nothing",
      );

      expect(rows[0]).toEqual({
        small: 7,
        big: 8,
        label: "x",
        flag: true,
        nothing: null,
      });
    });

    it("renders email_fts as JSON text, like the CRM's view", async () => {
      const { rows } = await db.query(
        "select email_fts, phone_fts, company_name, nb_tasks" +
          " from contacts_summary where id = 9",
      );

      expect(rows[0]).toEqual({
        email_fts:
          '["gavin@hooli.test", "gavin.belson@hooli.test", "gb@belson.test"]',
        phone_fts: '["+1 555 0119", "+1 555 0219"]',
        company_name: "Hooli",
        nb_tasks: 0,
      });
    });
  });

  describe("transactions", () => {
    it("rolls back and keeps the Postgres error fields", async () => {
      const error = await failure(
        db.transaction(async (query) => {
          await query("insert into tags (name, color) values ('gone', '#fff')");
          await query(
            "do $$ begin raise exception 'refused' using" +
              " detail = 'the detail', hint = 'the hint', errcode = 'P0001';" +
              " end $$",
          );
        }),
      );

      expect(isPostgresError(error)).toBe(true);
      expect(error).toMatchObject({
        code: "P0001",
        message: "refused",
        detail: "the detail",
        hint: "the hint",
      });
      const { rows } = await db.query(
        "select count(*) as gone from tags where name = 'gone'",
      );
      expect(rows[0]?.gone).toBe(0);
    });

    it("runs concurrent transactions one after the other", async () => {
      const work = Array.from({ length: 4 }, (_, index) =>
        db.transaction(async (query) => {
          await query("insert into tags (name, color) values ($1, '#111')", [
            `concurrent-${index}`,
          ]);
          const { rows } = await query(
            "select count(*) as mine from tags where name = $1",
            [`concurrent-${index}`],
          );
          return rows[0]?.mine;
        }),
      );

      expect(await Promise.all(work)).toEqual([1, 1, 1, 1]);
    });
  });

  describe("as a signed-in salesperson", () => {
    it("knows the caller from the JWT claims", async () => {
      const rows = await asCaller(db, demo, async (query) => {
        const result = await query(
          "select auth.uid() as uid, auth.role() as role," +
            " auth.jwt() ->> 'sub' as sub, current_user as role_name",
        );
        return result.rows;
      });

      expect(rows[0]).toEqual({
        uid: DEMO_USER_ID,
        role: "authenticated",
        sub: DEMO_USER_ID,
        role_name: "authenticated",
      });
    });

    it("reads the legacy one-setting-per-claim form too", async () => {
      const { rows } = await db.transaction(async (query) => {
        await query(
          "select set_config('request.jwt.claim.sub', $1, true)," +
            " set_config('request.jwt.claim.role', 'authenticated', true)",
          [SECOND_USER_ID],
        );
        return query("select auth.uid() as uid, auth.role() as role");
      });

      expect(rows[0]).toEqual({ uid: SECOND_USER_ID, role: "authenticated" });
    });

    it("fills a note's sales_id with the caller's salesperson", async () => {
      const rows = await asCaller(db, demo, async (query) => {
        const result = await query(
          "insert into contact_notes (contact_id, text, status)" +
            " values (2, 'Asked for a quote', 'warm') returning sales_id",
        );
        return result.rows;
      });

      expect(rows[0]?.sales_id).toBe(DEMO_SALES_ID);
    });

    it("moves last_seen forward to a newer note's date", async () => {
      const note = "2030-01-02T03:04:05.000Z";

      const lastSeen = await asCaller(db, demo, async (query) => {
        await query(
          "insert into contact_notes (contact_id, text, date)" +
            " values (1, 'Renewal signed', $1)",
          [note],
        );
        const { rows } = await query(
          "select last_seen from contacts where id = 1",
        );
        return rows[0]?.last_seen;
      });

      expect(lastSeen).toEqual(new Date(note));
    });

    it("never moves last_seen back or sets it for a contact never seen", async () => {
      const [older, unseen] = await asCaller(db, demo, async (query) => {
        const before = await query(
          "select id, last_seen from contacts where id in (11, 8) order by id",
        );
        await query(
          "insert into contact_notes (contact_id, text, date) values" +
            " (11, 'Old call', '2020-01-01T00:00:00Z')," +
            " (8, 'First call', now())",
        );
        const after = await query(
          "select id, last_seen from contacts where id in (11, 8) order by id",
        );
        return [before.rows, after.rows];
      });

      expect(unseen).toEqual(older);
      expect(unseen?.[0]).toEqual({ id: 8, last_seen: null });
    });

    it("lowercases email addresses on insert and update", async () => {
      const [inserted, updated] = await asCaller(db, demo, async (query) => {
        const insert = await query(
          "insert into contacts (first_name, email_jsonb) values" +
            ` ('Grace', '[{"email": "Grace.Hopper@Navy.TEST", "type": "Work"}]')` +
            " returning id, email_jsonb, sales_id",
        );
        const id = insert.rows[0]?.id;
        const update = await query(
          "update contacts set email_jsonb = $2 where id = $1" +
            " returning email_jsonb",
          [
            id,
            JSON.stringify([
              { email: "GRACE@home.test", type: "Home" },
              { email: "grace@navy.test", type: "Work" },
            ]),
          ],
        );
        return [insert.rows[0], update.rows[0]];
      });

      expect(inserted).toMatchObject({
        email_jsonb: [{ email: "grace.hopper@navy.test", type: "Work" }],
        sales_id: DEMO_SALES_ID,
      });
      expect(updated?.email_jsonb).toEqual([
        { email: "grace@home.test", type: "Home" },
        { email: "grace@navy.test", type: "Work" },
      ]);
    });

    it("reads sales but refuses to write them", async () => {
      const readable = await asCaller(db, demo, (query) =>
        query("select id from sales order by id"),
      );
      const error = await failure(
        asCaller(db, demo, (query) =>
          query(
            "insert into sales (first_name, last_name, email, user_id)" +
              " values ('Eve', 'Intruder', 'eve@evil.test', $1)",
            [DEMO_USER_ID],
          ),
        ),
      );

      expect(readable.rows.map((row) => row.id)).toEqual([1, 2]);
      expect(error).toMatchObject({ code: "42501" });
    });

    it("lets only an administrator change the configuration", async () => {
      const bySecond = await asCaller(db, second, (query) =>
        query(
          'update configuration set config = \'{"title": "Hijacked"}\'' +
            " where id = 1",
        ),
      );
      const insertError = await failure(
        asCaller(db, second, (query) =>
          query("insert into configuration (id, config) values (1, '{}')"),
        ),
      );
      let byAdmin = 0;
      await thenRollBack(db, async (query) => {
        await query(
          "select set_config('role', 'authenticated', true)," +
            " set_config('request.jwt.claims', $1, true)",
          [JSON.stringify(demo)],
        );
        const result = await query(
          'update configuration set config = config || \'{"title": "Ours"}\'',
        );
        byAdmin = result.affectedRows ?? -1;
      });

      expect(bySecond.affectedRows).toBe(0);
      expect(insertError).toMatchObject({ code: "42501" });
      expect(byAdmin).toBe(1);
      const { rows } = await db.query(
        "select config ->> 'title' as title from configuration",
      );
      expect(rows[0]?.title).toBe("Atomic CRM Demo");
    });
  });

  describe("other roles", () => {
    it("shows anon no CRM rows", async () => {
      const rows = await asCaller(db, { role: "anon" }, async (query) => {
        const counts = await query(
          "select (select count(*) from contacts) as contacts," +
            " (select count(*) from contacts_summary) as summary," +
            " (select count(*) from sales) as sales," +
            " (select count(*) from configuration) as configuration",
        );
        return counts.rows;
      });

      expect(rows[0]).toEqual({
        contacts: 0,
        summary: 0,
        sales: 0,
        configuration: 0,
      });
    });

    it("keeps auth.users out of reach of the API roles", async () => {
      const error = await failure(
        asCaller(db, demo, (query) => query("select id from auth.users")),
      );

      expect(error).toMatchObject({ code: "42501" });
    });

    it("lets service_role bypass row level security", async () => {
      const rows = await asCaller(
        db,
        { role: "service_role" },
        async (query) => {
          const counts = await query(
            "select (select count(*) from sales) as sales," +
              " (select count(*) from companies) as companies",
          );
          return counts.rows;
        },
      );

      expect(rows[0]).toEqual({ sales: 2, companies: 10 });
    });
  });

  describe("sign-up", () => {
    it("makes the first user an administrator and the next ones not", async () => {
      let created: unknown[] = [];
      await thenRollBack(db, async (query) => {
        await query("truncate auth.users, public.sales cascade");
        await query(
          "insert into auth.users (email, raw_user_meta_data) values" +
            ` ('first@new.test', '{"first_name": "Fay", "last_name": "First"}')`,
        );
        await query(
          "insert into auth.users (email) values ('no.name@new.test')",
        );
        const { rows } = await query(
          "select first_name, last_name, email, administrator from sales" +
            " order by id",
        );
        created = rows;
      });

      expect(created).toEqual([
        {
          first_name: "Fay",
          last_name: "First",
          email: "first@new.test",
          administrator: true,
        },
        {
          first_name: "no.name",
          last_name: "",
          email: "no.name@new.test",
          administrator: false,
        },
      ]);
    });
  });
});
