import { type ClipperInstance, mountClipper } from "./mount-clipper.tsx";
import type { ClipperMessage } from "./options.ts";

const optionAttributes = [
  "supabase-url",
  "supabase-key",
  "crm-url",
  "locale",
  "theme",
] as const;
const messageAttributes = ["email", "name", "subject", "message"] as const;

/**
 * `<crm-clipper>`: the Clipper inline in the page, without a launcher.
 * Attributes mirror the options (`supabase-url`, `supabase-key`,
 * `crm-url`, `locale`, `theme`) plus the message (`email`, `name`,
 * `subject`, `message`).
 */
export class ClipperElement extends HTMLElement {
  static readonly observedAttributes = [
    ...optionAttributes,
    ...messageAttributes,
  ];
  private clipper: ClipperInstance | undefined;

  connectedCallback(): void {
    this.mount();
  }

  disconnectedCallback(): void {
    this.clipper?.destroy();
    this.clipper = undefined;
  }

  attributeChangedCallback(
    name: string,
    previous: string | null,
    next: string | null,
  ): void {
    if (!this.clipper || previous === next) return;
    if ((messageAttributes as readonly string[]).includes(name)) {
      void this.clipper.open(this.message());
    } else {
      this.clipper.destroy();
      this.mount();
    }
  }

  private mount(): void {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    this.clipper = mountClipper(
      this,
      {
        supabaseUrl: attribute("supabase-url"),
        supabaseKey: attribute("supabase-key"),
        crmUrl: attribute("crm-url"),
        locale: attribute("locale"),
        theme: attribute("theme"),
      },
      {
        spelling: "attribute",
        inline: true,
        ownHost: this,
        message: this.message(),
      },
    );
  }

  private message(): ClipperMessage {
    const message: ClipperMessage = {};
    for (const name of messageAttributes) {
      const value = this.getAttribute(name);
      if (value !== null) message[name] = value;
    }
    return message;
  }
}

/**
 * Defines `<crm-clipper>` (or `name`). Does nothing when the page already
 * defined that name.
 *
 * @example
 * ```ts
 * import { defineClipperElement } from "atomic-crm-clipper";
 * defineClipperElement();
 * // <crm-clipper supabase-url="https://abcd.supabase.co"
 * //   supabase-key="sb_publishable_…" crm-url="https://crm.example.com"
 * //   email="ada@acme.com" subject="Invoice" message="…"></crm-clipper>
 * ```
 */
export function defineClipperElement(name = "crm-clipper"): void {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, class extends ClipperElement {});
}
