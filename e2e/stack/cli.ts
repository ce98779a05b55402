import { parseArgs } from "node:util";
import { type StackOptions, startStack } from "./server.ts";

const usage = `Usage: npm run stack -- [options]

Starts the local Supabase-compatible stack (Postgres with the Atomic CRM
schema, /auth/v1 and /rest/v1).

  --port N        port on 127.0.0.1 (default 54321, 0 for any free port)
  --data DIR      keep the database in DIR (default: in memory)
  --schema FILE   load this CRM schema instead of the bundled one
  --seed FILE     load this data file (default: the demo data, only with
                  the bundled schema)
  --no-seed       load no data
  --test-mode     enable the fault controls under /__stack/
  --help          show this text

With DATABASE_URL set, the stack runs on that PostgreSQL server instead of
the embedded one.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      data: { type: "string" },
      schema: { type: "string" },
      seed: { type: "string" },
      "no-seed": { type: "boolean" },
      "test-mode": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }

  const options: StackOptions = { testMode: values["test-mode"] === true };
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--port takes a port number, not "${values.port}"`);
    }
    options.port = port;
  }
  if (values.data !== undefined) options.dataDir = values.data;
  if (values.schema !== undefined) options.schemaFile = values.schema;
  if (values.seed !== undefined) options.seedFile = values.seed;
  if (values["no-seed"] === true) options.seedFile = null;
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== "") {
    options.databaseUrl = databaseUrl;
  }

  const stack = await startStack(options);
  process.stdout.write(
    [
      `API URL: ${stack.url}`,
      `Publishable key: ${stack.keys.publishable}`,
      `Secret key: ${stack.keys.secret}`,
      `Demo user: ${stack.demoUser.email} / ${stack.demoUser.password}`,
      "",
    ].join("\n"),
  );

  const stop = (): void => {
    stack.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `stack: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
