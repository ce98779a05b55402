/**
 * The Clipper as an ES module: `mount()` for pages that render it
 * themselves, and the `<crm-clipper>` custom element.
 */
import { mountClipper } from "./mount-clipper.tsx";
import type {
  ClipperEventMap,
  ClipperMessage,
  ClipperOptions,
} from "./options.ts";

export { defineClipperElement } from "./element.ts";
export type {
  ClipperEventMap,
  ClipperMessage,
  ClipperOptions,
  ErrorDetail,
  MessageField,
  Position,
  SavedDetail,
  Theme,
} from "./options.ts";

/** Options of `mount()`. */
export interface MountOptions extends ClipperOptions {
  /**
   * Renders the panel in `target`'s flow, always open, without a launcher.
   * By default the launcher and the panel float over the page.
   */
  inline?: boolean;
}

/** A Clipper that `mount()` added to the page. */
export interface MountedClipper {
  /** Opens the panel for `message`; without one, reads the page's selectors. */
  open(message?: ClipperMessage): Promise<void>;
  close(): void;
  signOut(): Promise<void>;
  on<K extends keyof ClipperEventMap>(
    name: K | `crm-clipper:${K}`,
    handler: (detail: ClipperEventMap[K]) => void,
  ): void;
  off<K extends keyof ClipperEventMap>(
    name: K | `crm-clipper:${K}`,
    handler: (detail: ClipperEventMap[K]) => void,
  ): void;
  /** Removes the Clipper's element and stops refreshing its session. */
  destroy(): void;
}

/**
 * Adds a Clipper to `target`. Nothing is sent to the CRM until the panel
 * opens. A bad configuration shows in the panel and on the console.
 *
 * @example
 * ```ts
 * import { mount } from "atomic-crm-clipper";
 *
 * const clipper = mount(document.body, {
 *   supabaseUrl: "https://abcd.supabase.co",
 *   supabaseKey: "sb_publishable_…",
 *   crmUrl: "https://crm.example.com",
 * });
 * clipper.on("saved", ({ contactUrl }) => console.log(contactUrl));
 * await clipper.open({ email: "ada@acme.com", subject: "Invoice", message: "…" });
 * clipper.destroy();
 * ```
 */
export function mount(
  target: Element,
  options: MountOptions = {},
): MountedClipper {
  const { inline = false, ...clipperOptions } = options;
  const clipper = mountClipper(target, clipperOptions, {
    spelling: "property",
    inline,
  });
  return clipper as MountedClipper;
}
