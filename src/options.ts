/** Colour scheme: `auto` follows the reader's system setting. */
export type Theme = "light" | "dark" | "auto";

/** The corner of the window where the launcher and the panel sit. */
export type Position =
  | "bottom-right"
  | "bottom-left"
  | "top-right"
  | "top-left";

/** The parts of a message the Clipper reads from a page. */
export type MessageField = "email" | "name" | "subject" | "message";

/** Options of a Clipper; each has a `data-` attribute of the same name. */
export interface ClipperOptions {
  /** The Supabase project URL of the CRM, e.g. `https://abcd.supabase.co`. */
  supabaseUrl?: string;
  /** The project's publishable key (`sb_publishable_…`) or anon key. */
  supabaseKey?: string;
  /** Where the CRM's UI lives, for "Open in CRM" links. */
  crmUrl?: string;
  /** `en` or `fr`; English when unknown. */
  locale?: string;
  theme?: Theme;
  position?: Position;
  /** Shows the "Save to CRM" button; `true` by default. */
  launcher?: boolean;
  /**
   * CSS selectors of the page's elements holding the message, read each
   * time the panel opens without a message.
   */
  selectors?: Partial<Record<MessageField, string>>;
}

/** A message to save as a note. `message` may be plain text or HTML. */
export interface ClipperMessage {
  /** The sender's address: the contact is found by it. */
  email?: string;
  /** The sender's name, used to search when no contact has the address. */
  name?: string;
  subject?: string;
  message?: string;
}

/** What `crm-clipper:saved` carries. */
export interface SavedDetail {
  noteId: number;
  contactId: number;
  /** The contact's page in the CRM; `null` without a CRM URL. */
  contactUrl: string | null;
}

/** What `crm-clipper:error` carries. */
export interface ErrorDetail {
  /** `AuthError`, `HttpError`, `NetworkError`, `TimeoutError` or `ConfigError`. */
  name: string;
  message: string;
}

/** The Clipper's events and what each carries. */
export interface ClipperEventMap {
  ready: Record<string, never>;
  saved: SavedDetail;
  error: ErrorDetail;
}
