import type { ParsedConfig } from "./config.ts";

const reported = new Set<string>();

/**
 * Tells the page's author, once, what to change in the options. These are
 * the Clipper's only console messages.
 */
export function reportConfig({ error, warnings }: ParsedConfig): void {
  if (error && !reported.has(error.message)) {
    reported.add(error.message);
    console.error(error.message);
  }
  warnOnce(warnings);
}

/** Warns the page's author, once each, of input the Clipper set aside. */
export function warnOnce(warnings: readonly string[]): void {
  for (const warning of warnings) {
    if (reported.has(warning)) continue;
    reported.add(warning);
    console.warn(`CRM Clipper: ${warning}`);
  }
}
