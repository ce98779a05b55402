import { render } from "preact";
import { createClipperApp } from "./app.ts";
import { App } from "./components/App.tsx";
import {
  type OptionSpelling,
  parseConfig,
  type UncheckedOptions,
} from "./config.ts";
import { createHost, styleOwnHost } from "./dom/host.ts";
import { keepAttached, reattach } from "./dom/keep-attached.ts";
import { type ClipperEvents, createEvents } from "./events.ts";
import type { ClipperMessage } from "./options.ts";
import { reportConfig, warnOnce } from "./report.ts";
import { readMessageInput } from "./text/message-input.ts";
import { readPageMessage } from "./text/page-message.ts";

/** A mounted Clipper, as the entry points drive it. */
export interface ClipperInstance {
  /** Opens the panel; a malformed `message` is reported, never thrown. */
  open(message?: unknown): Promise<void>;
  close(): void;
  signOut(): Promise<void>;
  on: ClipperEvents["on"];
  off: ClipperEvents["off"];
  /** Removes everything the Clipper added and stops its timers. */
  destroy(): void;
}

export interface MountSettings {
  spelling: OptionSpelling;
  /** In the page's flow, always open, without a launcher. */
  inline: boolean;
  /** Renders into this element's shadow root instead of a new host. */
  ownHost?: HTMLElement;
  /** The message an inline Clipper opens with. */
  message?: ClipperMessage;
}

/**
 * Mounts a Clipper into `target`. Emits `ready` (and a configuration
 * error) on the next microtask, so handlers added right away hear them.
 */
export function mountClipper(
  target: Element,
  options: UncheckedOptions,
  settings: MountSettings,
): ClipperInstance {
  const parsed = parseConfig(options, settings.spelling);
  reportConfig(parsed);
  const { selectors } = parsed.config;
  const hasSelectors = Object.keys(selectors).length > 0;

  const host = settings.ownHost
    ? { element: settings.ownHost, root: styleOwnHost(settings.ownHost) }
    : createHost(target, settings.inline);
  const events = createEvents(() => [host.element.ownerDocument, host.element]);
  const app = createClipperApp({
    parsed,
    events,
    readPage: () => (hasSelectors ? readPageMessage(selectors) : null),
  });
  render(<App app={app} inline={settings.inline} />, host.root);

  // A floating Clipper belongs to the window, not to the page's content:
  // when the page drops it, it comes back to the body.
  const isFloating = !settings.ownHost && !settings.inline;
  const page = host.element.ownerDocument;
  const parent = () =>
    target.isConnected ? target : (page.body ?? page.documentElement);
  const stopWatching = isFloating
    ? keepAttached(host.element, parent)
    : () => {};

  queueMicrotask(() => {
    events.emit("ready", {});
    if (parsed.error) {
      events.emit("error", {
        name: parsed.error.name,
        message: parsed.error.message,
      });
    }
  });
  if (settings.inline) void app.open(settings.message);

  return {
    open(message) {
      const input = readMessageInput(message);
      warnOnce(input.problems);
      if (isFloating) reattach(host.element, parent);
      return app.open(input.message);
    },
    close: () => app.close(),
    signOut: () => app.signOut(),
    on: events.on,
    off: events.off,
    destroy() {
      stopWatching();
      render(null, host.root);
      app.dispose();
      if (settings.ownHost) host.root.adoptedStyleSheets = [];
      else host.element.remove();
    },
  };
}
