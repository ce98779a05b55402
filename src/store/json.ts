import type { SupportedStorage } from "@supabase/auth-js";

/** Every key the Clipper keeps starts with this. */
export const storagePrefix = "crm-clipper:";

/** The value kept under `key`, or `fallback` when absent or unreadable. */
export function readJson<T>(
  storage: SupportedStorage,
  key: string,
  fallback: T,
): T {
  try {
    const text = storage.getItem(key);
    return typeof text === "string" ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps `value` under `key`; a full or refused storage keeps nothing. */
export function writeJson(
  storage: SupportedStorage,
  key: string,
  value: unknown,
): void {
  try {
    void storage.setItem(key, JSON.stringify(value));
  } catch {
    // The page still holds the value; only a reload would lose it.
  }
}

/** A short, stable digest of `text`, for keys. */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
