import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalPostgres } from "../../e2e/stack/db/local-postgres.ts";
import { type Stack, startStack } from "../../e2e/stack/server.ts";

let postgres: { url: string; stop(): Promise<void> };
let stack: Stack;

beforeAll(async () => {
  postgres = await startLocalPostgres();
  stack = await startStack({ port: 0, databaseUrl: postgres.url });
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await postgres?.stop();
});

describe("the stack on a PostgreSQL server", () => {
  it("signs in and reads contacts under row level security", async () => {
    const supabase = createClient(stack.url, stack.keys.publishable, {
      auth: { persistSession: false, autoRefreshToken: false },
    });
    const anon = await supabase.from("contacts").select("id");
    expect(anon.data).toEqual([]);

    await supabase.auth.signInWithPassword(stack.demoUser);
    const { data, error } = await supabase
      .from("contacts_summary")
      .select("id, email_fts")
      .limit(3);

    expect(error).toBeNull();
    expect(data).toHaveLength(3);
    expect(stack.db.kind).toBe("postgres");
  });
});
