import type { SupportedStorage } from "@supabase/auth-js";
import type { NoteRequest } from "../crm/types.ts";
import { readJson, storagePrefix, writeJson } from "./json.ts";

/** A note to send, with the key of the draft it came from. */
export interface OutboxEntry {
  key: string;
  request: NoteRequest;
}

/**
 * Notes on their way to the CRM, kept until it confirms them: a reload, a
 * crash or a lost connection leaves them here to be sent on the next load.
 */
export interface Outbox {
  list(): OutboxEntry[];
  /** Keeps `entry`, replacing the one of the same draft. */
  put(entry: OutboxEntry): void;
  remove(key: string): void;
  /** Runs `task` while no other tab of this origin sends notes. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/** Opens the outbox kept in `storage` for the CRM at `scope`. */
export function createOutbox(storage: SupportedStorage, scope = ""): Outbox {
  const key = `${storagePrefix}outbox:${scope}`;
  const list = () => readJson<OutboxEntry[]>(storage, key, []);
  const save = (entries: OutboxEntry[]) =>
    entries.length
      ? writeJson(storage, key, entries)
      : void storage.removeItem(key);
  let queue: Promise<unknown> = Promise.resolve();

  return {
    list,
    put(entry) {
      save([...list().filter((e) => e.key !== entry.key), entry]);
    },
    remove(draftKey) {
      save(list().filter((e) => e.key !== draftKey));
    },
    exclusive<T>(task: () => Promise<T>) {
      const locks = globalThis.navigator?.locks;
      const run = (): Promise<T> =>
        locks ? (locks.request(key, task) as Promise<T>) : task();
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
