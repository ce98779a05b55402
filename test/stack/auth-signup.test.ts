import { AuthWeakPasswordError, isAuthApiError } from "@supabase/auth-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AuthHarness,
  signUp,
  startAuthHarness,
  uniqueEmail,
} from "./auth-harness.ts";

let harness: AuthHarness;

beforeAll(async () => {
  harness = await startAuthHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("POST /signup", () => {
  it("creates a confirmed user and signs them in", async () => {
    const email = uniqueEmail();

    const { data, error } = await harness.client().signUp({
      email,
      password: "correct-horse-1",
      options: { data: { first_name: "Ada", last_name: "Lovelace" } },
    });

    expect(error).toBeNull();
    expect(data.session?.token_type).toBe("bearer");
    expect(data.session?.expires_in).toBe(3600);
    expect(data.session?.refresh_token).toMatch(/^[a-z0-9]{12}$/);
    expect(data.user?.email).toBe(email);
    expect(data.user?.email_confirmed_at).toBeTruthy();
    expect(data.user?.app_metadata).toEqual({
      provider: "email",
      providers: ["email"],
    });
    expect(data.user?.user_metadata).toMatchObject({
      first_name: "Ada",
      last_name: "Lovelace",
      email_verified: true,
    });
    expect(data.user?.identities?.[0]?.provider).toBe("email");
  });

  it("stores a bcrypt hash of cost 10 and the metadata", async () => {
    const session = await signUp(harness);

    const { rows } = await harness.db.query(
      `select encrypted_password, raw_app_meta_data, email_confirmed_at
         from auth.users where id = $1`,
      [session.user.id],
    );

    expect(rows[0]?.encrypted_password).toMatch(/^\$2a\$10\$/);
    expect(rows[0]?.raw_app_meta_data).toEqual({
      provider: "email",
      providers: ["email"],
    });
    expect(rows[0]?.email_confirmed_at).toBeInstanceOf(Date);
  });

  it("lowercases the address", async () => {
    const email = uniqueEmail();

    const session = await signUp(harness, email.toUpperCase());

    expect(session.user.email).toBe(email);
  });

  it("refuses an address already registered, in any case", async () => {
    const email = uniqueEmail();
    await signUp(harness, email);

    const { error } = await harness.client().signUp({
      email: email.toUpperCase(),
      password: "correct-horse-1",
    });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe("user_already_exists");
    expect(error?.message).toBe("User already registered");
  });

  it("refuses a password shorter than six characters", async () => {
    const { error } = await harness.client().signUp({
      email: uniqueEmail(),
      password: "short",
    });

    expect(error).toBeInstanceOf(AuthWeakPasswordError);
    expect(error?.status).toBe(422);
    expect(error?.code).toBe("weak_password");
    expect((error as AuthWeakPasswordError).reasons).toEqual(["length"]);
  });

  it("refuses an address that is not one", async () => {
    const { error } = await harness.client().signUp({
      email: "not-an-address",
      password: "correct-horse-1",
    });

    expect(isAuthApiError(error)).toBe(true);
    expect(error?.status).toBe(400);
    expect(error?.code).toBe("validation_failed");
  });

  it("answers plain fetch with the legacy error body", async () => {
    const response = await harness.call("/signup", {
      method: "POST",
      body: JSON.stringify({ email: uniqueEmail(), password: "short" }),
    });

    expect(response.status).toBe(422);
    expect(response.headers.get("x-supabase-api-version")).toBe("2024-01-01");
    expect(await response.json()).toEqual({
      code: 422,
      error_code: "weak_password",
      msg: "Password should be at least 6 characters.",
      weak_password: { reasons: ["length"] },
    });
  });

  it("answers the dated error body to a client that asks for it", async () => {
    const response = await harness.call("/signup", {
      method: "POST",
      headers: { "X-Supabase-Api-Version": "2024-01-01" },
      body: JSON.stringify({ email: uniqueEmail() }),
    });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      code: "validation_failed",
      message: "Signup requires a valid password",
    });
  });

  it("answers a body that is not JSON with bad_json", async () => {
    const response = await harness.call("/signup", {
      method: "POST",
      body: "{not json",
    });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error_code: string }).error_code).toBe(
      "bad_json",
    );
  });
});
