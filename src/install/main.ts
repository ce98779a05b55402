/** The install page's script: the bookmarklet's code is built into it. */
import { startInstallPage } from "./install-page.ts";

declare const __BOOKMARKLET_CODE__: string;

startInstallPage(document, __BOOKMARKLET_CODE__, location.href);
