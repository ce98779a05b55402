import { clearFragment, readFragment } from "../bookmarklet/payload.ts";
import { presetsFrom } from "../install/config.ts";
import { type ClipperInstance, mountClipper } from "../mount-clipper.tsx";
import { closeUnlessUsed } from "./auto-close.ts";
import { clipMessage } from "./clip-message.ts";
import { closingNotice, cutNotice, stayingNotice } from "./notices.ts";

/** How long the window waits after a save before it closes itself. */
export const closeDelaySeconds = 4;

/**
 * Runs the Clipper page in `win`: takes the message the bookmarklet put in
 * the address's fragment, removes it from the address bar, and opens the
 * Clipper full-window with it, configured by the query string
 * (`supabase-url`, `supabase-key`, `crm-url`). It tells the user when the
 * message arrived cut or damaged, and closes the window a few seconds after
 * a save unless the user goes on using it.
 *
 * @example
 * startClipPage(window);
 */
export function startClipPage(win: Window): ClipperInstance {
  // First of all, before anything can send a request from this page.
  const result = readFragment(win.location);
  clearFragment(win.location, win.history);

  const doc = win.document;
  const clipNotice = doc.getElementById("clip-notice")!;
  const closeNotice = doc.getElementById("close-notice")!;
  const show = (element: HTMLElement, text: string) => {
    element.textContent = text;
    element.hidden = false;
  };
  if (!result.ok) {
    clipNotice.setAttribute("role", "alert");
    show(clipNotice, result.error);
  } else if (result.clip.cut) {
    show(clipNotice, cutNotice(result.clip.cut));
  }

  const clipper = mountClipper(
    doc.getElementById("clipper")!,
    presetsFrom(win.location.search),
    {
      spelling: "attribute",
      inline: true,
      ...(result.ok ? { message: clipMessage(result.clip) } : {}),
    },
  );

  let stopClosing = (): void => {};
  clipper.on("saved", () => {
    stopClosing();
    show(closeNotice, closingNotice(closeDelaySeconds));
    stopClosing = closeUnlessUsed(win, closeDelaySeconds * 1000, () =>
      show(closeNotice, stayingNotice),
    );
  });
  return clipper;
}
