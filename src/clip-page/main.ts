/** The Clipper page's script, which the bookmarklet opens in a window. */
import { startClipPage } from "./start-clip-page.ts";

startClipPage(window);
