import { ConfigError } from "./crm/errors.ts";
import type {
  ClipperOptions,
  MessageField,
  Position,
  Theme,
} from "./options.ts";

/** Options checked and completed with their defaults. */
export interface ClipperConfig {
  supabaseUrl: string;
  supabaseKey: string;
  crmUrl: string | null;
  locale: string;
  theme: Theme;
  position: Position;
  launcher: boolean;
  selectors: Partial<Record<MessageField, string>>;
}

/** The outcome of reading options: a config, and what was wrong. */
export interface ParsedConfig {
  config: ClipperConfig;
  /** Set when the Clipper cannot work; it then sends no request. */
  error: ConfigError | null;
  /** Values replaced by their default. */
  warnings: string[];
}

/** How a page spells options: `data-` attributes, attributes, or keys. */
export type OptionSpelling = "data-attribute" | "attribute" | "property";

/** Options as they arrive, before they are checked. */
export type UncheckedOptions = {
  readonly [K in keyof ClipperOptions]?: unknown;
};

const themes: readonly Theme[] = ["light", "dark", "auto"];
const positions: readonly Position[] = [
  "bottom-right",
  "bottom-left",
  "top-right",
  "top-left",
];
const fields: readonly MessageField[] = ["email", "name", "subject", "message"];
const example = "such as https://abcd.supabase.co";

/** Checks options; never throws. */
export function parseConfig(
  options: UncheckedOptions,
  spelling: OptionSpelling,
): ParsedConfig {
  const name = (key: string) => spell(key, spelling);
  const problems: string[] = [];
  const warnings: string[] = [];

  const supabaseUrl = parseUrl(options.supabaseUrl);
  if (supabaseUrl === undefined) {
    problems.push(
      `Set ${name("supabaseUrl")} to the CRM's Supabase URL, ${example}.`,
    );
  } else if (supabaseUrl === null) {
    problems.push(
      `${name("supabaseUrl")} "${String(options.supabaseUrl)}" is not an http(s) URL: use the Supabase project URL, ${example}.`,
    );
  }

  const supabaseKey = text(options.supabaseKey)?.trim() ?? "";
  if (!supabaseKey) {
    problems.push(
      `Set ${name("supabaseKey")} to the project's publishable key (sb_publishable_…).`,
    );
  } else if (isSecretKey(supabaseKey)) {
    problems.push(
      `${name("supabaseKey")} is a secret key, which bypasses row level security and must never be in a web page: rotate it in the Supabase dashboard and use the publishable key (sb_publishable_…) instead.`,
    );
  }

  const crmUrl = parseUrl(options.crmUrl);
  if (!crmUrl) {
    warnings.push(
      `Set ${name("crmUrl")} to the address of Atomic CRM so that saved notes link to their contact.`,
    );
  }

  const config: ClipperConfig = {
    supabaseUrl: supabaseUrl ?? "",
    supabaseKey,
    crmUrl: crmUrl ?? null,
    locale: text(options.locale)?.trim().toLowerCase() || "en",
    theme: oneOf(options.theme, themes, "auto", name("theme"), warnings),
    position: oneOf(
      options.position,
      positions,
      "bottom-right",
      name("position"),
      warnings,
    ),
    launcher: parseSwitch(options.launcher, name("launcher"), warnings),
    selectors: parseSelectors(options.selectors, warnings, spelling),
  };
  const error = problems.length > 0 ? new ConfigError(problems) : null;
  return { config, error, warnings };
}

/** Whether `key` is a Supabase secret key or a `service_role` JWT. */
export function isSecretKey(key: string): boolean {
  return key.startsWith("sb_secret_") || jwtRole(key) === "service_role";
}

function jwtRole(token: string): string | null {
  const payload = token.split(".")[1];
  if (token.split(".").length !== 3 || !payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const claims: unknown = JSON.parse(
      atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")),
    );
    const role = (claims as { role?: unknown } | null)?.role;
    return typeof role === "string" ? role : null;
  } catch {
    return null;
  }
}

/** `undefined` when absent, `null` when not an http(s) URL. */
function parseUrl(value: unknown): string | null | undefined {
  const raw = text(value)?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  label: string,
  warnings: string[],
): T {
  const raw = text(value)?.trim().toLowerCase();
  if (!raw) return fallback;
  const found = allowed.find((option) => option === raw);
  if (found) return found;
  warnings.push(
    `${label} "${raw}" is not one of ${allowed.join(", ")}; using ${fallback}.`,
  );
  return fallback;
}

/** `true` unless turned off with `false`; anything unknown is `true`. */
function parseSwitch(
  value: unknown,
  label: string,
  warnings: string[],
): boolean {
  if (value === undefined || value === null || value === true) return true;
  if (value === false) return false;
  const raw = text(value)?.trim().toLowerCase();
  if (raw === "false") return false;
  if (raw === "true" || raw === "") return true;
  warnings.push(
    `${label} "${String(value)}" is not true or false; using true.`,
  );
  return true;
}

function parseSelectors(
  value: unknown,
  warnings: string[],
  spelling: OptionSpelling,
): Partial<Record<MessageField, string>> {
  const given = (value ?? {}) as Partial<Record<MessageField, unknown>>;
  const selectors: Partial<Record<MessageField, string>> = {};
  for (const field of fields) {
    const selector = text(given[field])?.trim();
    if (!selector) continue;
    if (isValidSelector(selector)) {
      selectors[field] = selector;
    } else {
      const label =
        spelling === "property"
          ? `selectors.${field}`
          : `data-${field}-selector`;
      warnings.push(
        `${label} "${selector}" is not a valid CSS selector; ignoring it.`,
      );
    }
  }
  return selectors;
}

function isValidSelector(selector: string): boolean {
  if (typeof document === "undefined") return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function spell(key: string, spelling: OptionSpelling): string {
  if (spelling === "property") return key;
  const kebab = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return spelling === "data-attribute" ? `data-${kebab}` : kebab;
}
