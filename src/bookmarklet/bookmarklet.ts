/**
 * The bookmarklet: reads the message the user is looking at and opens the
 * Clipper page with it in the URL fragment, which is never sent to a
 * server. It loads nothing and changes nothing in the page, and the popup
 * gets the message even when the page's opener policy hides the window.
 */
import { encodeClip } from "./payload.ts";
import { clipPagePlaceholder } from "./placeholder.ts";
import { readPage } from "./readers/index.ts";

window.open(
  `${clipPagePlaceholder}#${encodeClip(readPage(document))}`,
  "crm-clipper",
  "width=420,height=640",
);
