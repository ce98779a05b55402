/** Small helpers for building SQL text whose values are all parameters. */

/** The parameters of one statement; every value is bound as text. */
export class Params {
  readonly values: (string | null)[] = [];

  /** A `$n::text` placeholder bound to `value`. */
  text(value: string | null): string {
    this.values.push(value);
    return `$${this.values.length}::text`;
  }

  /** `value` cast from text to `type`, a type name from the catalog. */
  typed(value: string, type: string): string {
    return `cast(${this.text(value)} as ${type})`;
  }
}

/** A quoted identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A quoted, schema-qualified name in `public`. */
export function publicName(name: string): string {
  return `"public".${ident(name)}`;
}
