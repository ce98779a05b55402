/**
 * Builds the bookmarklet: `src/bookmarklet/bookmarklet.ts` as one minified
 * script, with the Clipper page's address left as a placeholder that the
 * install page fills in, and the browser's `innerText` for text. Run directly, it writes `dist/bookmarklet.js` and
 * prints its size.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin, type Rollup } from "vite";
import { bookmarkletHref } from "../src/install/bookmarklet-href.ts";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/** The bookmarklet's budget, in bytes of minified code. */
export const bookmarkletBudget = 2048;

export interface BuiltBookmarklet {
  /** The script, with the placeholder for the Clipper page's address. */
  code: string;
  /** Size of `code` in bytes. */
  bytes: number;
  /** Length of the `javascript:` URL for a typical Clipper page address. */
  hrefLength: number;
}

// The readers' text functions without layout (`text.ts`, which the tests
// run) give way, in the bookmarklet, to the browser's own rendering.
const renderedText: Plugin = {
  name: "rendered-text",
  enforce: "pre",
  async resolveId(source, importer) {
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === resolve(root, "src/bookmarklet/text.ts")
      ? resolve(root, "src/bookmarklet/text-rendered.ts")
      : null;
  },
};

/** Builds the bookmarklet in memory. */
export async function buildBookmarklet(): Promise<BuiltBookmarklet> {
  const output = await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [renderedText],
    build: {
      write: false,
      target: "es2020",
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, "src/bookmarklet/bookmarklet.ts"),
        formats: ["iife"],
        name: "CrmClipperBookmarklet",
        fileName: () => "bookmarklet.js",
      },
    },
  });
  const chunk = (output as Rollup.RollupOutput[])
    .flatMap((result) => result.output)
    .find((file): file is Rollup.OutputChunk => file.type === "chunk");
  if (!chunk) throw new Error("The bookmarklet build produced no script.");
  const code = chunk.code.trim();
  const sample = bookmarkletHref(
    code,
    "https://clipper.example.com/clip.html?supabase-url=https%3A%2F%2Fabcdefghijklmnop.supabase.co&supabase-key=sb_publishable_0123456789abcdefghijkl&crm-url=https%3A%2F%2Fcrm.example.com%2F",
  );
  return {
    code,
    bytes: Buffer.byteLength(code),
    hrefLength: sample.length,
  };
}

/** Builds the bookmarklet into `dist/bookmarklet.js` and prints its size. */
export async function writeBookmarklet(): Promise<BuiltBookmarklet> {
  const built = await buildBookmarklet();
  await mkdir(resolve(root, "dist"), { recursive: true });
  await writeFile(resolve(root, "dist/bookmarklet.js"), `${built.code}\n`);
  process.stdout.write(
    `dist/bookmarklet.js  ${built.bytes} bytes (budget ${bookmarkletBudget}); ` +
      `as a bookmark with a typical configuration: ${built.hrefLength} characters\n`,
  );
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeBookmarklet();
}
