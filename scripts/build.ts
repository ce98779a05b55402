/**
 * `npm run build`: everything `dist/` serves.
 *
 * - `dist/clipper.js`, the script-tag build (Vite, `vite.config.ts`), checked
 *   against its size budget;
 * - `dist/clipper.mjs` with `dist/clipper.d.ts`, the ES module that exports
 *   `mount()` and `defineClipperElement()`;
 * - the bookmarklet and its install page (`scripts/build-pages.ts`).
 */
import { execFileSync } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { slimAuthJs } from "./slim-auth-js.ts";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const dist = resolve(root, "dist");

/** The script-tag build's budget, in bytes once gzipped. */
export const scriptBudget = 45 * 1024;

await rm(dist, { recursive: true, force: true });
await build({ root, logLevel: "warn" });
await buildModule();
await writeDeclarations();
await import("./build-pages.ts");
await checkScriptSize();

async function buildModule(): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [slimAuthJs()],
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: "es2022",
      minify: true,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, "src/index.ts"),
        formats: ["es"],
        fileName: () => "clipper.mjs",
      },
    },
  });
  process.stdout.write("dist/clipper.mjs built\n");
}

/**
 * Type declarations of the module, in `dist/types/`, behind
 * `dist/clipper.d.ts`. TypeScript keeps the `.ts` extensions of the
 * sources' imports in declarations; they are rewritten to `.js`, which
 * every module resolution accepts.
 */
async function writeDeclarations(): Promise<void> {
  const types = join(dist, "types");
  execFileSync(
    process.execPath,
    [
      resolve(root, "node_modules/typescript/bin/tsc"),
      "-p",
      resolve(root, "tsconfig.types.json"),
    ],
    { stdio: "inherit" },
  );
  for (const file of await readdir(types, { recursive: true })) {
    if (!file.endsWith(".d.ts")) continue;
    const path = join(types, file);
    const text = await readFile(path, "utf8");
    await writeFile(
      path,
      text.replace(/(from\s+"\.{1,2}\/[^"]+)\.tsx?"/g, '$1.js"'),
    );
  }
  await writeFile(
    join(dist, "clipper.d.ts"),
    'export * from "./types/index.js";\n',
  );
  process.stdout.write("dist/clipper.d.ts written\n");
}

async function checkScriptSize(): Promise<void> {
  const script = await readFile(join(dist, "clipper.js"));
  const gzipped = gzipSync(script, { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(
    `dist/clipper.js  ${kb(script.length)} minified, ${kb(gzipped)} gzipped ` +
      `(budget ${kb(scriptBudget)})\n`,
  );
  if (gzipped > scriptBudget) {
    process.stderr.write(
      `dist/clipper.js is over its size budget by ${kb(gzipped - scriptBudget)}.\n`,
    );
    process.exit(1);
  }
}
