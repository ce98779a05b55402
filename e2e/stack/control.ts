import type { StackResponse } from "./context.ts";
import { parseFaultRule } from "./faults.ts";
import type { Stack } from "./server.ts";

/**
 * The HTTP face of the fault controls, for tests that drive the stack from
 * another process (a browser page, a shell):
 *
 * - `POST /__stack/faults` adds a rule: `{path, method?, count?, status?,
 *   body?, drop?: "before" | "after", delayMs?}`
 * - `POST /__stack/latency` sets `{ms, path?}`
 * - `POST /__stack/tokens/expire` and `/__stack/tokens/revoke` take
 *   `{email}` or `{userId}`
 * - `GET /__stack/requests` lists the requests seen; `DELETE /__stack/faults`
 *   clears rules, latency, expiries and the request log.
 */
export async function handleControl(
  stack: Stack,
  url: URL,
  method: string,
  body: string,
): Promise<StackResponse> {
  try {
    const input = body === "" ? {} : (JSON.parse(body) as unknown);
    const route = `${method} ${url.pathname}`;
    switch (route) {
      case "POST /__stack/faults":
        stack.faults.add(parseFaultRule(input));
        return { status: 204 };
      case "DELETE /__stack/faults":
        stack.faults.reset();
        return { status: 204 };
      case "POST /__stack/latency": {
        const { ms, path } = input as { ms?: unknown; path?: unknown };
        stack.faults.setLatency(
          Number(ms),
          typeof path === "string" ? path : "/",
        );
        return { status: 204 };
      }
      case "POST /__stack/tokens/expire": {
        const cutoff = Math.floor(Date.now() / 1000);
        stack.faults.expireTokens(await userIdOf(stack, input), cutoff);
        // Tokens carry whole seconds: answering only once the clock has
        // left the cutoff second keeps tokens issued afterwards valid.
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, (cutoff + 1) * 1000 - Date.now())),
        );
        return { status: 204 };
      }
      case "POST /__stack/tokens/revoke":
        await stack.revokeUserSessions(await userIdOf(stack, input));
        return { status: 204 };
      case "GET /__stack/requests":
        return { status: 200, body: stack.faults.requests };
      default:
        return { status: 404, body: { message: `No control at ${route}` } };
    }
  } catch (error) {
    return { status: 400, body: { message: String(error) } };
  }
}

async function userIdOf(stack: Stack, input: unknown): Promise<string> {
  const { email, userId } = input as { email?: unknown; userId?: unknown };
  if (typeof userId === "string") return userId;
  if (typeof email !== "string") {
    throw new TypeError('Give "email" or "userId"');
  }
  const { rows } = await stack.db.query(
    "select id::text as id from auth.users where email = $1",
    [email.toLowerCase()],
  );
  const id = rows[0]?.id;
  if (typeof id !== "string") throw new TypeError(`No user ${email}`);
  return id;
}
