import { isSecretKey } from "../config.ts";

/** What the bookmarklet needs to reach the CRM. */
export interface InstallConfig {
  supabaseUrl: string;
  supabaseKey: string;
  crmUrl: string;
}

export type ConfigField = keyof InstallConfig;

/** The checked configuration, or a message for each wrong field. */
export type CheckedConfig =
  | { ok: true; config: InstallConfig }
  | { ok: false; errors: Partial<Record<ConfigField, string>> };

/** How each field is spelt in the install page's and Clipper page's query. */
export const queryNames: Readonly<Record<ConfigField, string>> = {
  supabaseUrl: "supabase-url",
  supabaseKey: "supabase-key",
  crmUrl: "crm-url",
};

const fields = Object.keys(queryNames) as ConfigField[];

/** The values a deployer preset in the query string (`?supabase-url=…`). */
export function presetsFrom(search: string): Partial<InstallConfig> {
  const query = new URLSearchParams(search);
  const presets: Partial<InstallConfig> = {};
  for (const field of fields) {
    const value = query.get(queryNames[field]);
    if (value !== null) presets[field] = value.trim();
  }
  return presets;
}

/**
 * Checks the three values: http(s) URLs and a key that may live in a
 * browser. A blank field is an error with the message `""` (nothing to show
 * yet).
 */
export function checkConfig(values: InstallConfig): CheckedConfig {
  const errors: Partial<Record<ConfigField, string>> = {};
  const supabaseUrl = values.supabaseUrl.trim();
  const supabaseKey = values.supabaseKey.trim();
  const crmUrl = values.crmUrl.trim();

  if (!supabaseUrl) errors.supabaseUrl = "";
  else if (!isHttpUrl(supabaseUrl)) {
    errors.supabaseUrl =
      "Enter the project's URL, such as https://abcd.supabase.co.";
  }
  if (!supabaseKey) errors.supabaseKey = "";
  else {
    const problem = keyProblem(supabaseKey);
    if (problem) errors.supabaseKey = problem;
  }
  if (!crmUrl) errors.crmUrl = "";
  else if (!isHttpUrl(crmUrl)) {
    errors.crmUrl = "Enter the CRM's address, such as https://crm.example.com.";
  }

  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, config: { supabaseUrl, supabaseKey, crmUrl } };
}

/** Why `key` must not go into a bookmark, or `null` when it may. */
export function keyProblem(key: string): string | null {
  if (isSecretKey(key)) {
    return "This is a secret key: it bypasses row level security and must never be in a browser. Use the publishable key (sb_publishable_…), and rotate this one if it was shared.";
  }
  return null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") && !!url.host
    );
  } catch {
    return false;
  }
}
