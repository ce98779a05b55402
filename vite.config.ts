import { defineConfig } from "vitest/config";
import { slimAuthJs } from "./scripts/slim-auth-js.ts";
import { slimPostgrestJs } from "./scripts/slim-postgrest-js.ts";

/**
 * `vite build` writes `dist/clipper.js`: the single self-contained script a
 * page adds with a script tag. The ES module and its type declarations are
 * built by `scripts/build-module.mjs`.
 */
export default defineConfig({
  plugins: [slimAuthJs(), slimPostgrestJs()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    target: "es2022",
    minify: true,
    copyPublicDir: false,
    lib: {
      entry: "src/main.ts",
      formats: ["iife"],
      // The entry exports nothing, so no global is assigned: the script
      // installs `window.CrmClipper` itself.
      name: "CrmClipperScript",
      fileName: () => "clipper.js",
    },
  },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
