import { computed, type ReadonlySignal, signal } from "@preact/signals";
import type { CrmClient } from "../crm/client.ts";
import type { CrmError } from "../crm/errors.ts";
import type { Contact } from "../crm/types.ts";
import { isEmailAddress } from "../text/email.ts";
import { asCrmError } from "./as-crm-error.ts";

/** What the matches answer: a sender's address, or a search. */
export type Lookup =
  | { kind: "email"; email: string }
  | { kind: "search"; text: string };

/** The contacts offered for the note, and the one chosen. */
export interface ContactsModel {
  matches: ReadonlySignal<Contact[]>;
  selected: ReadonlySignal<Contact | null>;
  /** The last lookup; `null` before any. */
  lookup: ReadonlySignal<Lookup | null>;
  isLoading: ReadonlySignal<boolean>;
  error: ReadonlySignal<CrmError | null>;
  /** The search box's text. */
  query: ReadonlySignal<string>;
  findByEmail(email: string): Promise<void>;
  search(text: string): Promise<void>;
  setQuery(text: string): void;
  select(contactId: number): void;
  reset(): void;
}

export function createContactsModel(
  client: () => CrmClient,
  onError: (error: CrmError) => void,
): ContactsModel {
  const matches = signal<Contact[]>([]);
  const selected = signal<Contact | null>(null);
  const lookup = signal<Lookup | null>(null);
  const isLoading = signal(false);
  const error = signal<CrmError | null>(null);
  const query = signal("");
  let latest = 0;

  async function run(next: Lookup, load: () => Promise<Contact[]>) {
    const ticket = ++latest;
    lookup.value = next;
    isLoading.value = true;
    error.value = null;
    try {
      const found = await load();
      if (ticket !== latest) return;
      matches.value = found;
      selected.value = found.length === 1 ? (found[0] ?? null) : null;
    } catch (caught) {
      if (ticket !== latest) return;
      matches.value = [];
      selected.value = null;
      error.value = asCrmError(caught);
      onError(error.value);
    } finally {
      if (ticket === latest) isLoading.value = false;
    }
  }

  return {
    matches,
    selected,
    lookup,
    isLoading: computed(() => isLoading.value),
    error,
    query,
    // No contact can hold an address that is not one: nothing to ask.
    findByEmail: (email) =>
      run({ kind: "email", email }, async () =>
        isEmailAddress(email) ? client().findContactsByEmail(email) : [],
      ),
    search(text) {
      query.value = text;
      return run({ kind: "search", text }, () => client().searchContacts(text));
    },
    setQuery(text) {
      query.value = text;
    },
    select(contactId) {
      selected.value =
        matches.value.find((contact) => contact.id === contactId) ?? null;
    },
    reset() {
      latest += 1;
      matches.value = [];
      selected.value = null;
      lookup.value = null;
      isLoading.value = false;
      error.value = null;
      query.value = "";
    },
  };
}
