/**
 * Reading driver values: pg and PGlite both hand back `Date` for
 * timestamps and parsed objects for jsonb, but a text column or an older
 * driver may give strings.
 */

export function asString(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function asDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === "string" && value !== "") {
    // A `timestamp` column holds UTC here but comes back without a zone.
    const hasZone = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/.test(value);
    return new Date(hasZone ? value : `${value}Z`);
  }
  return null;
}

export function asJsonObject(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
}

/** A timestamp for JSON, left out (GoTrue's `omitempty`) when unset. */
export function isoOrUndefined(date: Date | null): string | undefined {
  return date === null ? undefined : date.toISOString();
}
