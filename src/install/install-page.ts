import { bookmarkletHref, clipPageUrl } from "./bookmarklet-href.ts";
import {
  type ConfigField,
  checkConfig,
  type InstallConfig,
  presetsFrom,
} from "./config.ts";

const fieldIds: Readonly<Record<ConfigField, string>> = {
  supabaseUrl: "supabase-url",
  supabaseKey: "supabase-key",
  crmUrl: "crm-url",
};

/**
 * Runs the install page in `doc`: fills the fields from the query string of
 * `pageUrl`, checks them as they change and keeps the "Save to CRM" link's
 * `href` the bookmarklet `code` for the current values.
 *
 * @example
 * startInstallPage(document, bookmarkletCode, location.href);
 */
export function startInstallPage(
  doc: Document,
  code: string,
  pageUrl: string,
): void {
  const input = (field: ConfigField) =>
    doc.getElementById(fieldIds[field]) as HTMLInputElement;
  const link = doc.getElementById("bookmarklet") as HTMLAnchorElement;
  const status = doc.getElementById("bookmarklet-status")!;
  const fields = Object.keys(fieldIds) as ConfigField[];

  const presets = presetsFrom(new URL(pageUrl).search);
  for (const field of fields) {
    const preset = presets[field];
    if (preset !== undefined) input(field).value = preset;
  }

  const update = (): void => {
    const values: InstallConfig = {
      supabaseUrl: input("supabaseUrl").value,
      supabaseKey: input("supabaseKey").value,
      crmUrl: input("crmUrl").value,
    };
    const checked = checkConfig(values);
    for (const field of fields) {
      const error = checked.ok ? undefined : checked.errors[field];
      const message = doc.getElementById(`${fieldIds[field]}-error`)!;
      message.textContent = error ?? "";
      input(field).setAttribute("aria-invalid", error ? "true" : "false");
    }
    if (checked.ok) {
      link.href = bookmarkletHref(code, clipPageUrl(pageUrl, checked.config));
      link.removeAttribute("aria-disabled");
      status.textContent = "Drag the link to your bookmarks bar.";
    } else {
      link.removeAttribute("href");
      link.setAttribute("aria-disabled", "true");
      status.textContent =
        "Fill in the three fields above to make the bookmarklet.";
    }
  };

  for (const field of fields) input(field).addEventListener("input", update);
  // Clicked here, the bookmarklet would clip this page: it is for dragging.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    if (link.hasAttribute("href")) {
      status.textContent =
        "Drag the link to your bookmarks bar, then click it there while reading a message.";
    }
  });
  update();
}
