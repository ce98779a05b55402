import { checkClip } from "./check-clip.ts";
import type { Clip, PageClip } from "./clip.ts";

/**
 * The longest fragment the bookmarklet sends. Chromium accepts URLs up to
 * 2 MB; the rest is left for the Clipper page's address and configuration.
 */
export const fragmentLimit = 1_500_000;

const key = "clip";

/** What the Clipper page found in its fragment. */
export type ClipResult =
  | { ok: true; clip: Clip }
  | { ok: false; reason: "missing" | "invalid"; error: string };

/**
 * The URL fragment (without `#`) that carries `clip` to the Clipper page:
 * `clip=` and the clip as percent-encoded JSON. A message too long for
 * `limit` is cut, and `cut` says how much of it travelled.
 *
 * @example
 * window.open(`${clipPageUrl}#${encodeClip(clip)}`, "crm-clipper");
 */
export function encodeClip(clip: PageClip, limit = fragmentLimit): string {
  const total = clip.message.length;
  // JSON escapes lone surrogates, which percent-encoding would refuse.
  const encode = (value: Clip) =>
    `${key}=${encodeURIComponent(JSON.stringify(value))}`;
  let fragment = encode(clip);
  let message = clip.message;
  while (fragment.length > limit && message) {
    // Never keeps half of a character made of two code units; `slice`
    // drops the fraction of the end.
    message = message
      .slice(0, (message.length * limit * 0.98) / fragment.length)
      .replace(/[\ud800-\udbff]$/, "");
    fragment = encode({
      ...clip,
      message,
      cut: { kept: message.length, total },
    });
  }
  return fragment;
}

/** The clip in `fragment` (with or without `#`), checked; never throws. */
export function decodeClip(fragment: string): ClipResult {
  const data = /(?:^#?|&)clip=([^&]*)/.exec(fragment)?.[1];
  if (!data) {
    return {
      ok: false,
      reason: "missing",
      error:
        "No message was passed to this page: open it from the bookmarklet.",
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(data));
  } catch {
    return {
      ok: false,
      reason: "invalid",
      error:
        "The message passed to this page cannot be read: open it again from the bookmarklet.",
    };
  }
  const checked = checkClip(value);
  return checked.ok ? checked : { ...checked, reason: "invalid" };
}

/**
 * The clip the bookmarklet passed in the page's fragment.
 *
 * @example
 * const result = readFragment(location);
 * clearFragment();
 * if (result.ok) showClip(result.clip);
 */
export function readFragment(location: Pick<Location, "hash">): ClipResult {
  return decodeClip(location.hash);
}

/**
 * Removes the fragment from the address bar and the history entry, so the
 * message does not stay in the browser's history or in a copied address.
 */
export function clearFragment(
  location: Pick<Location, "hash" | "pathname" | "search"> = window.location,
  history: Pick<History, "replaceState" | "state"> = window.history,
): void {
  if (!location.hash) return;
  history.replaceState(history.state, "", location.pathname + location.search);
}
