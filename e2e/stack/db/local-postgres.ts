import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN_DIR = "/usr/lib/postgresql/15/bin";
const OS_USER = "postgres";

export interface LocalPostgres {
  /** Connection URL for the superuser `postgres` on database `postgres`. */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL 15 cluster in a temporary folder on a free
 * port, for tests. Postgres refuses to run as root, so under root the
 * cluster belongs to the `postgres` OS user and its tools run as that user.
 */
export async function startLocalPostgres(): Promise<LocalPostgres> {
  const asOther = await osUserFor();
  const dir = await mkdtemp(join(tmpdir(), "clipper-pg-"));
  const dataDir = join(dir, "data");
  const tool = (name: string, args: string[]) =>
    asOther === null
      ? run(join(BIN_DIR, name), args)
      : run("runuser", [
          "-u",
          asOther.name,
          "--",
          join(BIN_DIR, name),
          ...args,
        ]);

  try {
    if (asOther !== null) await chown(dir, asOther.uid, asOther.gid);
    await tool("initdb", [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
      "--no-instructions",
    ]);
    const port = await freePort();
    await tool("pg_ctl", [
      "-D",
      dataDir,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      serverOptions(port, dir),
      "start",
    ]);

    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await tool("pg_ctl", [
          "-D",
          dataDir,
          "-m",
          "immediate",
          "-w",
          "stop",
        ]).catch(() => {});
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The user to run Postgres as, or null to run it as this process. */
async function osUserFor(): Promise<{
  name: string;
  uid: number;
  gid: number;
} | null> {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) =>
    run("id", [flag, OS_USER]).then(({ stdout }) => Number(stdout.trim()));
  try {
    return { name: OS_USER, uid: await id("-u"), gid: await id("-g") };
  } catch {
    throw new Error(
      `PostgreSQL cannot run as root and there is no "${OS_USER}" OS user ` +
        "to run it as; create one or run the tests as another user.",
    );
  }
}

// Durability is pointless for a cluster deleted after the tests.
function serverOptions(port: number, socketDir: string): string {
  return [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${socketDir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}
