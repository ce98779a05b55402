import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export interface SiteOptions {
  port?: number;
  /** URL prefix → folder, e.g. `{ "/dist/": "dist", "/": "demo" }`. */
  mounts: Record<string, string>;
  /** `%NAME%` in HTML files is replaced by `replacements.NAME`. */
  replacements?: Record<string, string>;
}

export interface Page {
  html: string;
  headers?: Record<string, string>;
}

export interface Site {
  url: string;
  /** Serves `html` at `path` until `close()`; later calls replace it. */
  page(path: string, page: Page): void;
  close(): Promise<void>;
}

/** A small static server for the demo and the host pages of the tests. */
export async function startSite(options: SiteOptions): Promise<Site> {
  const pages = new Map<string, Page>();
  const mounts = Object.entries(options.mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);

  const fill = (html: string): string =>
    html.replace(/%([A-Z_]+)%/g, (whole, name: string) => {
      return options.replacements?.[name] ?? whole;
    });

  const server = createServer((req, res) => {
    const path = decodeURIComponent(
      new URL(req.url ?? "/", "http://site.local").pathname,
    );
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, {
        "Content-Type": TYPES[".html"],
        "Cache-Control": "no-store",
        ...page.headers,
      });
      res.end(page.html);
      return;
    }
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (mount === undefined) {
      res.writeHead(404).end("Not found");
      return;
    }
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    readFile(file).then(
      (content) => {
        const type = TYPES[extname(file)] ?? "application/octet-stream";
        res.writeHead(200, {
          "Content-Type": type,
          "Cache-Control": "no-store",
        });
        res.end(
          type.startsWith("text/html") ? fill(content.toString()) : content,
        );
      },
      () => res.writeHead(404).end("Not found"),
    );
  });
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, page) => pages.set(path, page),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
