/** The request headers that shape an answer: Prefer, Range and Accept. */
import { RestError } from "./errors.ts";

export interface Preferences {
  return: "representation" | "minimal" | "headers-only" | null;
  count: "exact" | "planned" | "estimated" | null;
  resolution: "merge-duplicates" | "ignore-duplicates" | null;
  missing: "default" | null;
  tx: "commit" | "rollback" | null;
}

const KNOWN: Record<keyof Preferences, readonly string[]> = {
  return: ["representation", "minimal", "headers-only"],
  count: ["exact", "planned", "estimated"],
  resolution: ["merge-duplicates", "ignore-duplicates"],
  missing: ["default"],
  tx: ["commit", "rollback"],
};

export function parsePrefer(header: string | undefined): Preferences {
  const prefs: Record<string, string | null> = {
    return: null,
    count: null,
    resolution: null,
    missing: null,
    tx: null,
  };
  for (const part of (header ?? "").split(",")) {
    const [name = "", value = ""] = part.trim().split("=", 2);
    const known = KNOWN[name as keyof Preferences];
    if (known?.includes(value)) prefs[name] = value;
  }
  return prefs as unknown as Preferences;
}

/** `Preference-Applied` for the preferences that were honoured. */
export function appliedHeader(
  prefs: Preferences,
  honoured: (keyof Preferences)[],
): Record<string, string> {
  const applied = honoured
    .filter((name) => prefs[name] !== null)
    .map((name) => `${name}=${prefs[name]}`);
  return applied.length === 0
    ? {}
    : { "Preference-Applied": applied.join(", ") };
}

export interface RangeHeader {
  from: number;
  to: number | null;
}

/** `Range: 0-9` (or `items=0-9`); anything else is ignored. */
export function parseRange(header: string | undefined): RangeHeader | null {
  const match = /^\s*(?:items=)?(\d+)-(\d*)\s*$/.exec(header ?? "");
  if (match === null) return null;
  const from = Number(match[1]);
  const to = match[2] === "" ? null : Number(match[2]);
  if (to !== null && to < from) {
    throw new RestError(
      416,
      "PGRST103",
      "Requested range not satisfiable",
      "The upper boundary must be greater than or equal to the lower boundary",
    );
  }
  return { from, to };
}

/** Whether the client asked for one object instead of an array. */
export function wantsObject(accept: string | undefined): boolean {
  return (accept ?? "").includes("application/vnd.pgrst.object");
}

export function contentType(singular: boolean): string {
  return singular
    ? "application/vnd.pgrst.object+json; charset=utf-8"
    : "application/json; charset=utf-8";
}

/** PGRST116: one object was asked for but `rows` rows came out. */
export function singularError(rows: number): RestError {
  return new RestError(
    406,
    "PGRST116",
    "Cannot coerce the result to a single JSON object",
    `The result contains ${rows} rows`,
  );
}
