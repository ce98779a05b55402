import { GoTrueAdminApi } from "@supabase/auth-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AuthHarness,
  KEYS,
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

/** The admin API as supabase-js builds it from a secret key. */
function admin(key = KEYS.secret): GoTrueAdminApi {
  return new GoTrueAdminApi({
    url: harness.authUrl,
    headers: { apikey: key, Authorization: `Bearer ${key}` },
  });
}

describe("/admin/users", () => {
  it("creates a user who can then sign in", async () => {
    const email = uniqueEmail();

    const { data, error } = await admin().createUser({
      email,
      password: "admin-made-1",
      email_confirm: true,
      user_metadata: { first_name: "Alan" },
    });
    const signIn = await harness
      .client()
      .signInWithPassword({ email, password: "admin-made-1" });

    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ first_name: "Alan" });
    expect(signIn.error).toBeNull();
  });

  it("refuses an address already registered", async () => {
    const session = await signUp(harness);

    const { error } = await admin().createUser({
      email: session.user.email,
      password: "admin-made-1",
    });

    expect(error?.status).toBe(422);
    expect(error?.code).toBe("email_exists");
  });

  it("lists, bans and deletes users", async () => {
    const session = await signUp(harness);

    const listed = await admin().listUsers({ page: 1, perPage: 500 });
    const banned = await admin().updateUserById(session.user.id, {
      ban_duration: "24h",
    });
    const signIn = await harness.client().signInWithPassword({
      email: session.user.email,
      password: "correct-horse-1",
    });
    const deleted = await admin().deleteUser(session.user.id);
    const gone = await admin().getUserById(session.user.id);

    expect(listed.data.users.map((user) => user.id)).toContain(session.user.id);
    expect(banned.data.user?.banned_until).toBeTruthy();
    expect(signIn.error?.code).toBe("user_banned");
    expect(deleted.error).toBeNull();
    expect(gone.error?.status).toBe(404);
    expect(gone.error?.code).toBe("user_not_found");
  });

  it("is closed to the publishable key and to signed-in users", async () => {
    const session = await signUp(harness);

    const anonymous = await admin(KEYS.publishable).listUsers();
    const user = await new GoTrueAdminApi({
      url: harness.authUrl,
      headers: {
        apikey: KEYS.publishable,
        Authorization: `Bearer ${session.access_token}`,
      },
    }).listUsers();

    expect(anonymous.error?.status).toBe(403);
    expect(anonymous.error?.code).toBe("bad_jwt");
    expect(user.error?.status).toBe(403);
    expect(user.error?.code).toBe("not_admin");
    expect(user.error?.message).toBe("User not allowed");
  });
});

describe("service endpoints", () => {
  it("describes its settings like GoTrue", async () => {
    const response = await harness.call("/settings");

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      external: { email: true, phone: false, google: false },
      disable_signup: false,
      mailer_autoconfirm: true,
    });
  });

  it("reports its health", async () => {
    const response = await harness.call("/health");

    expect(await response.json()).toMatchObject({ name: "GoTrue" });
  });

  it("answers an unknown path as GoTrue's router does", async () => {
    const response = await harness.call("/nothing-here");

    expect(response.status).toBe(404);
    expect(await response.text()).toBe("404 page not found\n");
  });
});
