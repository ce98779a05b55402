import { computed, type ReadonlySignal, signal } from "@preact/signals";
import type { CrmClient } from "../crm/client.ts";
import { AuthError, type CrmError } from "../crm/errors.ts";
import type { Salesperson } from "../crm/types.ts";
import { asCrmError } from "./as-crm-error.ts";

/** Where the sign-in stands. */
export type SessionState =
  | "unknown"
  | "restoring"
  | "signed-out"
  | "signing-in"
  | "signed-in";

/** The signed-in user and the actions that change who that is. */
export interface SessionModel {
  state: ReadonlySignal<SessionState>;
  salesperson: ReadonlySignal<Salesperson | null>;
  isSignedIn: ReadonlySignal<boolean>;
  error: ReadonlySignal<CrmError | null>;
  /** Picks up a stored session; does nothing after the first call. */
  restore(): Promise<void>;
  /** Resolves with whether the user is now signed in. */
  signIn(email: string, password: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** The CRM ended the session: the user has to sign in again. */
  end(error: AuthError): void;
}

export function createSessionModel(
  client: () => CrmClient,
  onError: (error: CrmError) => void,
): SessionModel {
  const state = signal<SessionState>("unknown");
  const salesperson = signal<Salesperson | null>(null);
  const error = signal<CrmError | null>(null);

  function signedIn(person: Salesperson | null) {
    salesperson.value = person;
    state.value = person ? "signed-in" : "signed-out";
  }

  return {
    state,
    salesperson,
    isSignedIn: computed(() => state.value === "signed-in"),
    error,

    async restore() {
      if (state.value !== "unknown") return;
      state.value = "restoring";
      try {
        signedIn(await client().restore());
      } catch (caught) {
        signedIn(null);
        const failure = asCrmError(caught);
        if (!isSessionEnd(failure)) {
          error.value = failure;
          onError(failure);
        }
      }
    },

    async signIn(email, password) {
      state.value = "signing-in";
      error.value = null;
      try {
        signedIn(await client().signIn(email.trim(), password));
        return true;
      } catch (caught) {
        signedIn(null);
        error.value = asCrmError(caught);
        onError(error.value);
        return false;
      }
    },

    async signOut() {
      signedIn(null);
      error.value = null;
      try {
        await client().signOut();
      } catch {
        // The local session is gone either way; the server forgets it
        // when its refresh token expires.
      }
    },

    end(reason) {
      signedIn(null);
      error.value = reason;
    },
  };
}

function isSessionEnd(error: CrmError): boolean {
  return error instanceof AuthError && error.code === "session_expired";
}
