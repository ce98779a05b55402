/**
 * Builds the pages served next to `dist/clipper.js`: the bookmarklet
 * (`dist/bookmarklet.js`), the install page that makes it
 * (`dist/install.html`) and the Clipper page it opens (`dist/clip.html`),
 * their scripts in `dist/assets/`. Runs after `vite build`, which empties
 * `dist`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { writeBookmarklet } from "./build-bookmarklet.ts";
import { slimAuthJs } from "./slim-auth-js.ts";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** The pages in `pages/`, each built to `dist/<name>.html`. */
const pages = ["install", "clip"];

const bookmarklet = await writeBookmarklet();

await build({
  configFile: false,
  root: resolve(root, "pages"),
  // Relative asset paths, so the pages work from any folder of a site.
  base: "./",
  logLevel: "warn",
  plugins: [slimAuthJs()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  define: { __BOOKMARKLET_CODE__: JSON.stringify(bookmarklet.code) },
  build: {
    outDir: resolve(root, "dist"),
    emptyOutDir: false,
    copyPublicDir: false,
    target: "es2020",
    rollupOptions: {
      input: Object.fromEntries(
        pages.map((name) => [name, resolve(root, `pages/${name}.html`)]),
      ),
    },
  },
});

process.stdout.write(
  `${pages.map((name) => `dist/${name}.html`).join(", ")} built\n`,
);
