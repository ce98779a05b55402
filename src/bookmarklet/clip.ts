/** Where a clip was read: a known webmail's message view, or any page. */
export type ClipSource = "gmail" | "outlook" | "roundcube" | "page";

/** Every {@link ClipSource}, for checking what arrives. */
export const clipSources: readonly ClipSource[] = [
  "gmail",
  "outlook",
  "roundcube",
  "page",
];

/** What a reader finds on the page: the message and who sent it. */
export interface PageClip {
  email?: string;
  name?: string;
  subject?: string;
  /** Plain text: the selection, or the open message's body. */
  message: string;
  source: ClipSource;
}

/**
 * How much of a message too long for the address bar travelled, counted in
 * UTF-16 code units (JavaScript string length): the first `kept` of `total`.
 */
export interface Cut {
  kept: number;
  total: number;
}

/** What the bookmarklet passes to the Clipper page. */
export interface Clip extends PageClip {
  /** Set when the message was cut to fit in the URL. */
  cut?: Cut;
}

/** What a reader found, before blank fields are dropped. */
export interface Found {
  email?: string | null | undefined;
  name?: string | null | undefined;
  subject?: string | null | undefined;
  message: string;
}

/** A {@link PageClip} from `found`, trimmed, without blank fields. */
export function pageClip(source: ClipSource, found: Found): PageClip {
  const clip: PageClip = { message: found.message, source };
  for (const field of ["email", "name", "subject"] as const) {
    const value = found[field]?.trim();
    if (value) clip[field] = value;
  }
  return clip;
}
