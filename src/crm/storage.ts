import type { SupportedStorage } from "@supabase/auth-js";

/**
 * The page's `localStorage` when it works, otherwise memory: storage throws
 * in sandboxed frames and with cookies blocked, and then the session lasts
 * as long as the page.
 */
export function safeStorage(): SupportedStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = "crm-clipper-probe";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

/** A storage that forgets everything with the page. */
export function memoryStorage(): SupportedStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}
