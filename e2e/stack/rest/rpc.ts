/**
 * `/rpc/<function>`: functions of `public` called with named arguments
 * from a JSON body (POST) or the query string (GET). Arguments go through
 * json_to_record, which converts JSON values to the parameter types.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Query } from "../db/database.ts";
import { isObject, parseBody } from "./body.ts";
import type { Catalog, Routine } from "./catalog.ts";
import { invalidBody, RestError } from "./errors.ts";
import { targetOf } from "./fields.ts";
import type { Preferences, RangeHeader } from "./prefer.ts";
import { parseQuery } from "./query.ts";
import { readResponse, runRead, windowOf, withCount } from "./read.ts";
import { ident, Params, publicName } from "./sql.ts";

export interface RpcCall {
  routine: Routine;
  args: Record<string, unknown>;
  req: StackRequest;
}

/** Finds the function and the overload that takes these arguments. */
export function resolveRpc(
  catalog: Catalog,
  name: string,
  req: StackRequest,
): RpcCall {
  const overloads = catalog.routines.get(name) ?? [];
  const argNames = new Set(overloads.flatMap((r) => r.args.map((a) => a.name)));
  let args: Record<string, unknown>;
  if (req.method === "POST") {
    const body = parseBody(req, {});
    if (!isObject(body)) throw invalidBody();
    args = body;
  } else {
    args = {};
    for (const [key, value] of req.query) {
      if (argNames.has(key)) args[key] = value;
    }
  }
  const keys = Object.keys(args);
  const fits = overloads.filter(
    (routine) =>
      keys.every((key) => routine.args.some((arg) => arg.name === key)) &&
      routine.args.every((arg) => arg.hasDefault || keys.includes(arg.name)),
  );
  fits.sort((a, b) => a.args.length - b.args.length);
  const routine = fits[0];
  if (routine === undefined) throw noFunction(name, keys);
  return { routine, args, req };
}

export async function runRpc(
  query: Query,
  call: RpcCall,
  prefs: Preferences,
  range: RangeHeader | null,
  singular: boolean,
): Promise<StackResponse> {
  const { routine, args, req } = call;
  const skip = new Set(req.method === "POST" ? [] : Object.keys(args));
  const plan = parseQuery(req.query, skip);
  const params = new Params();
  const used = routine.args.filter((arg) => arg.name in args);
  const named = used.map((a) => `${ident(a.name)} := _args.${ident(a.name)}`);
  const fn = `${publicName(routine.name)}(${named.join(", ")})`;
  const argsFrom =
    used.length === 0
      ? ""
      : `json_to_record(${params.typed(JSON.stringify(args), "json")})` +
        ` as _args(${used.map((a) => `${ident(a.name)} ${a.type}`).join(", ")})`;
  const from = (call: string) =>
    argsFrom === "" ? call : `${argsFrom} cross join lateral ${call}`;

  if (routine.result === "composite") {
    const window = windowOf(plan, range);
    const source = {
      from: from(`${fn} as ${ident(routine.name)}`),
      target: targetOf(routine.name, routine.columns),
    };
    const counted = withCount(prefs);
    const result = await runRead(query, source, plan, window, counted, params);
    if (!routine.returnsSet) {
      return { status: 200, headers: json(), body: result.first ?? "null" };
    }
    return readResponse(result, window, prefs, singular);
  }
  const argsOnly = argsFrom === "" ? "" : ` from ${argsFrom}`;
  if (routine.result === "void") {
    await query(`select ${fn}${argsOnly}`, params.values);
    return { status: 204 };
  }
  const sql = routine.returnsSet
    ? "select coalesce(json_agg(_r.v), '[]')::text as body" +
      ` from ${from(`${fn} as _r(v)`)}`
    : `select to_json(${fn})::text as body${argsOnly}`;
  const { rows } = await query(sql, params.values);
  const body = rows[0]?.body;
  return {
    status: 200,
    headers: json(),
    body: typeof body === "string" ? body : "null",
  };
}

function json(): Record<string, string> {
  return { "Content-Type": "application/json; charset=utf-8" };
}

function noFunction(name: string, keys: string[]): RestError {
  const sorted = [...keys].sort();
  const searched =
    sorted.length === 0
      ? "without parameters"
      : `with parameters ${sorted.join(", ")}`;
  return new RestError(
    404,
    "PGRST202",
    `Could not find the function public.${name}(${sorted.join(", ")}) in the schema cache`,
    `Searched for the function public.${name} ${searched} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
  );
}
