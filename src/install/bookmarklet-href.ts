import { clipPagePlaceholder } from "../bookmarklet/placeholder.ts";
import { type InstallConfig, queryNames } from "./config.ts";

/**
 * The `javascript:` URL of the bookmarklet `code` (as built, with the
 * placeholder) opening the Clipper page at `clipPageUrl`.
 *
 * @example
 * link.href = bookmarkletHref(code, "https://clip.example/clip.html?…");
 */
export function bookmarkletHref(code: string, clipPageUrl: string): string {
  // The address goes into a string literal of either quote kind; an escaped
  // character that needs no escape stands for itself.
  const literal = clipPageUrl.replace(/[\\"'`$]/g, "\\$&");
  const filled = code.split(clipPagePlaceholder).join(literal);
  // The browser percent-decodes the URL before running it and drops line
  // breaks and tabs from it.
  return `javascript:${filled.replace(/[%\s]/g, encodeURIComponent)}`;
}

/**
 * The Clipper page, `clip.html` next to the install page at `installPageUrl`,
 * with the CRM configuration in its query string.
 */
export function clipPageUrl(
  installPageUrl: string,
  config: InstallConfig,
): string {
  const url = new URL("clip.html", installPageUrl);
  url.search = new URLSearchParams({
    [queryNames.supabaseUrl]: config.supabaseUrl,
    [queryNames.supabaseKey]: config.supabaseKey,
    [queryNames.crmUrl]: config.crmUrl,
  }).toString();
  return url.href;
}
