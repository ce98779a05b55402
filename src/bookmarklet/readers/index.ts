import type { PageClip } from "../clip.ts";
import { gmail } from "./gmail.ts";
import { type MailView, readMailView } from "./mail-view.ts";
import { outlook } from "./outlook.ts";
import { readAnyPage } from "./page.ts";
import { roundcube } from "./roundcube.ts";

const webmails: readonly MailView[] = [gmail, outlook, roundcube];

/**
 * What the user is reading: the open message of Gmail, Outlook on the web or
 * Roundcube, in the page or in one of its frames of the same origin (where
 * Roundcube's mailbox shows it), else the selection or content of any page.
 * The selected text, when there is some, is the message. Reads the page
 * only.
 *
 * @example
 * const clip = readPage(document);
 */
export function readPage(doc: Document): PageClip {
  // A frame of another origin has no document to read.
  const frames = [...doc.querySelectorAll("iframe")].map(
    (frame) => frame.contentDocument,
  );
  for (const view of webmails) {
    for (const each of [doc, ...frames]) {
      const clip = each && readMailView(view, each);
      if (clip) return clip;
    }
  }
  return readAnyPage(doc);
}
