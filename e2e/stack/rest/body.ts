/** Request bodies: JSON (whatever the Content-Type says) or a form. */
import type { StackRequest } from "../context.ts";
import { invalidBody } from "./errors.ts";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body as JSON; `empty` when there is none. */
export function parseBody(req: StackRequest, empty: unknown): unknown {
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(req.body));
  }
  if (req.body.trim() === "") return empty;
  try {
    return JSON.parse(req.body) as unknown;
  } catch {
    throw invalidBody();
  }
}

/** An object or an array of objects, as inserts take. */
export function rowsOf(body: unknown): JsonObject[] {
  const rows = Array.isArray(body) ? body : [body];
  if (!rows.every(isObject)) throw invalidBody();
  return rows;
}
