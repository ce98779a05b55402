import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../e2e/stack/server.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ port: 0 });
});

afterAll(async () => {
  await stack?.close();
});

function client(): SupabaseClient {
  return createClient(stack.url, stack.keys.publishable, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}

async function signedIn(): Promise<SupabaseClient> {
  const supabase = client();
  const { error } = await supabase.auth.signInWithPassword(stack.demoUser);
  expect(error).toBeNull();
  return supabase;
}

describe("the official Supabase client against the stack", () => {
  it("signs in, reads the user, refreshes and signs out", async () => {
    const supabase = client();

    const { data, error } = await supabase.auth.signInWithPassword(
      stack.demoUser,
    );
    expect(error).toBeNull();
    expect(data.session?.token_type).toBe("bearer");
    expect(data.user?.email).toBe(stack.demoUser.email);

    const user = await supabase.auth.getUser();
    expect(user.data.user?.id).toBe(data.user?.id);

    const refreshed = await supabase.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session?.refresh_token).not.toBe(
      data.session?.refresh_token,
    );

    const out = await supabase.auth.signOut();
    expect(out.error).toBeNull();
    const reuse = await client().auth.refreshSession({
      refresh_token: refreshed.data.session?.refresh_token ?? "",
    });
    expect(reuse.error).not.toBeNull();
  });

  it("reports a wrong password with GoTrue's error code", async () => {
    const { error } = await client().auth.signInWithPassword({
      email: stack.demoUser.email,
      password: "not-the-password",
    });

    expect(error?.status).toBe(400);
    expect(error?.code).toBe("invalid_credentials");
  });

  it("selects with filters, order and an exact count", async () => {
    const supabase = await signedIn();

    const { data, error, count } = await supabase
      .from("contacts_summary")
      .select("id, first_name, last_name, email_fts", { count: "exact" })
      .ilike("email_fts", "%@%")
      .order("last_name", { ascending: true })
      .range(0, 4);

    expect(error).toBeNull();
    expect(data).toHaveLength(5);
    expect(count).toBeGreaterThan(5);
    const names = (data ?? []).map((row) => String(row.last_name));
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });

  it("inserts, updates and deletes a row", async () => {
    const supabase = await signedIn();

    const inserted = await supabase
      .from("tags")
      .insert({ name: "from-client-test", color: "#eeeeee" })
      .select()
      .single();
    expect(inserted.error).toBeNull();
    const id = inserted.data?.id as number;

    const updated = await supabase
      .from("tags")
      .update({ color: "#000000" })
      .eq("id", id)
      .select("color")
      .single();
    expect(updated.data).toEqual({ color: "#000000" });

    const deleted = await supabase.from("tags").delete().eq("id", id);
    expect(deleted.error).toBeNull();
    const gone = await supabase.from("tags").select("id").eq("id", id);
    expect(gone.data).toEqual([]);
  });

  it("calls a function of the public schema", async () => {
    await stack.db.exec(`
      create or replace function public.add_numbers(a int, b int)
      returns int language sql as 'select a + b';
      grant execute on function public.add_numbers(int, int) to authenticated;
    `);
    await stack.reloadSchema();
    const supabase = await signedIn();

    const { data, error } = await supabase.rpc("add_numbers", { a: 2, b: 3 });

    expect(error).toBeNull();
    expect(data).toBe(5);
  });
});
