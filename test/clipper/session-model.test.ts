import { describe, expect, it, vi } from "vitest";
import { AuthError } from "../../src/crm/errors.ts";
import { createSessionModel } from "../../src/models/session.ts";
import { fakeClient, salesperson } from "./fake-client.ts";

describe("the session model", () => {
  it("picks up a stored session", async () => {
    const session = createSessionModel(
      () => fakeClient({ signedIn: true }),
      vi.fn(),
    );

    await session.restore();

    expect(session.isSignedIn.value).toBe(true);
    expect(session.salesperson.value).toEqual(salesperson);
  });

  it("signs in with the right password", async () => {
    const client = fakeClient();
    const session = createSessionModel(() => client, vi.fn());

    const isSignedIn = await session.signIn(" demo@crm.test ", "secret");

    expect(isSignedIn).toBe(true);
    expect(session.state.value).toBe("signed-in");
  });

  it("keeps the reason of a refused sign-in", async () => {
    const onError = vi.fn();
    const session = createSessionModel(() => fakeClient(), onError);

    const isSignedIn = await session.signIn("demo@crm.test", "wrong");

    expect(isSignedIn).toBe(false);
    expect(session.state.value).toBe("signed-out");
    expect((session.error.value as AuthError).code).toBe("invalid_credentials");
    expect(onError).toHaveBeenCalledOnce();
  });

  it("signs out locally even when the CRM cannot be reached", async () => {
    const client = fakeClient({
      signedIn: true,
      overrides: { signOut: () => Promise.reject(new Error("offline")) },
    });
    const session = createSessionModel(() => client, vi.fn());
    await session.restore();

    await session.signOut();

    expect(session.isSignedIn.value).toBe(false);
  });

  it("asks to sign in again when the CRM ends the session", async () => {
    const session = createSessionModel(
      () => fakeClient({ signedIn: true }),
      vi.fn(),
    );
    await session.restore();

    session.end(new AuthError("session_expired", "ended"));

    expect(session.state.value).toBe("signed-out");
  });
});
