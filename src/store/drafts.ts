import type { SupportedStorage } from "@supabase/auth-js";
import { readJson, storagePrefix, writeJson } from "./json.ts";

/** A note being written, kept per message. */
export interface Draft {
  text: string;
  status: string | null;
  /** When it was last changed, in ms since the epoch. */
  at: number;
}

/** Notes being written, kept across closes, reloads and crashes. */
export interface DraftStore {
  get(key: string): Draft | null;
  put(key: string, draft: Omit<Draft, "at">): void;
  remove(key: string): void;
}

const prefix = `${storagePrefix}draft:`;
const maxAge = 7 * 24 * 60 * 60 * 1000;

/** Opens the drafts kept in `storage`, forgetting those a week old. */
export function createDraftStore(
  storage: SupportedStorage,
  now: () => number = Date.now,
): DraftStore {
  prune(storage, now());

  return {
    get: (key) => readJson<Draft | null>(storage, prefix + key, null),
    put(key, draft) {
      writeJson(storage, prefix + key, { ...draft, at: now() });
    },
    remove(key) {
      void storage.removeItem(prefix + key);
    },
  };
}

function prune(storage: SupportedStorage, now: number): void {
  if (!("key" in storage) || !("length" in storage)) return;
  const local = storage as Storage;
  const keys: string[] = [];
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) {
    const draft = readJson<Partial<Draft> | null>(local, key, null);
    if (!draft || !(Number(draft.at) > now - maxAge)) local.removeItem(key);
  }
}
