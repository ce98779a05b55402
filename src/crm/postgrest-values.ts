/**
 * Escapes `text` so that a LIKE pattern matches it literally.
 *
 * PostgREST turns every `*` of a pattern into `%` and offers no escape for
 * it, so a literal `*` becomes `_`, the single-character wildcard; callers
 * that need exact matches compare the rows they get back.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&").replace(/\*/g, "_");
}

/** A pattern matching values that contain `text`. */
export function containsPattern(text: string): string {
  return `*${likeLiteral(text)}*`;
}

/**
 * Quotes a value for PostgREST's logic trees (`or=(…)`, `and=(…)`), where
 * commas, dots, parentheses and quotes are grammar.
 */
export function quoteValue(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}
