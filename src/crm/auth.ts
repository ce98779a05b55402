import {
  GoTrueClient,
  navigatorLock,
  type SupportedStorage,
} from "@supabase/auth-js";
import { AuthError, fromAuthError } from "./errors.ts";
import type { TokenSource } from "./rest-fetch.ts";
import type { Transport } from "./transport.ts";

/** The Clipper's own session with the CRM's auth service. */
export interface AuthSession extends TokenSource {
  /** The signed-in user's id, or `null` when there is no session. */
  restore(): Promise<string | null>;
  /** Signs in and resolves with the user's id. */
  signIn(email: string, password: string): Promise<string>;
  signOut(): Promise<void>;
  dispose(): void;
}

export interface AuthOptions {
  supabaseUrl: string;
  supabaseKey: string;
  transport: Transport;
  storage: SupportedStorage;
}

/**
 * Keeps the session under a key of its own, derived from the project, so a
 * host page that is itself a Supabase app keeps its session untouched.
 */
export function storageKeyFor(supabaseUrl: string): string {
  return `crm-clipper-auth-${new URL(supabaseUrl).host}`;
}

/** Opens the session; reading the stored one may refresh it. */
export function createAuthSession(options: AuthOptions): AuthSession {
  const { transport } = options;
  const auth = new GoTrueClient({
    url: `${options.supabaseUrl}/auth/v1`,
    headers: { apikey: options.supabaseKey },
    storageKey: storageKeyFor(options.supabaseUrl),
    storage: options.storage,
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: false,
    fetch: transport.send,
    // Tabs refresh one at a time and the later one reads the rotated
    // token the earlier one stored, instead of spending the old one.
    ...(globalThis.navigator?.locks ? { lock: navigatorLock } : {}),
  });

  const fail = (error: unknown) => fromAuthError(error, transport.lastFailure);

  async function accessToken(): Promise<string> {
    const { data, error } = await auth.getSession();
    if (error) throw fail(error);
    if (!data.session) throw sessionEnded();
    return data.session.access_token;
  }

  async function refresh(): Promise<string> {
    const { data, error } = await auth.refreshSession();
    if (error) throw fail(error);
    if (!data.session) throw sessionEnded();
    return data.session.access_token;
  }

  return {
    accessToken,
    refresh,
    async restore() {
      const { data, error } = await auth.getSession();
      if (error) throw fail(error);
      return data.session?.user.id ?? null;
    },
    async signIn(email, password) {
      const { data, error } = await auth.signInWithPassword({
        email,
        password,
      });
      if (error) throw fail(error);
      return data.user.id;
    },
    async signOut() {
      const { error } = await auth.signOut({ scope: "local" });
      if (error) throw fail(error);
    },
    dispose() {
      void auth.stopAutoRefresh();
    },
  };
}

function sessionEnded(): AuthError {
  return new AuthError("session_expired", "The session has ended");
}
