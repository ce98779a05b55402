import type { PageClip } from "../clip.ts";
import { gmail } from "./gmail.ts";
import { isMailView, type MailView, readMailView } from "./mail-view.ts";
import { outlook } from "./outlook.ts";
import { readAnyPage } from "./page.ts";
import { roundcube } from "./roundcube.ts";

const webmails: readonly MailView[] = [gmail, outlook, roundcube];

/**
 * What the user is reading: the open message of Gmail, Outlook on the web or
 * Roundcube, else the selection or content of any page. The selected text,
 * when there is some, is the message. Reads the page only.
 *
 * @example
 * const clip = readPage(document, getSelection());
 */
export function readPage(doc: Document, selection: Selection | null): PageClip {
  for (const view of webmails) {
    const clip = isMailView(view, doc)
      ? readMailView(view, doc, selection)
      : null;
    if (clip) return clip;
  }
  return readAnyPage(doc, selection);
}
