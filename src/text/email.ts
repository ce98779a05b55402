/**
 * Whether `text` can be an email address: one `@`, something before it,
 * a dotted domain after it, no spaces. Lenient on purpose: the CRM, not
 * the Clipper, decides which addresses exist.
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text.trim());
}
