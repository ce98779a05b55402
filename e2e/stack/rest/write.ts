/**
 * Writes: POST (insert, upsert), PATCH and DELETE on a relation. Values
 * reach Postgres as one JSON parameter that json_populate_record(set)
 * turns into the relation's row type, as PostgREST does.
 */
import type { StackRequest, StackResponse } from "../context.ts";
import type { Query } from "../db/database.ts";
import { isObject, type JsonObject, parseBody, rowsOf } from "./body.ts";
import type { Relation } from "./catalog.ts";
import { invalidBody, RestError } from "./errors.ts";
import { type Target, targetOf } from "./fields.ts";
import { whereSql } from "./filter-sql.ts";
import {
  appliedHeader,
  contentType,
  type Preferences,
  singularError,
} from "./prefer.ts";
import type { QueryPlan } from "./query.ts";
import { contentRange, runRead } from "./read.ts";
import type { EmbedResolver } from "./select.ts";
import { ident, Params, publicName } from "./sql.ts";

export interface WriteRequest {
  req: StackRequest;
  relation: Relation;
  plan: QueryPlan;
  prefs: Preferences;
  singular: boolean;
  embed: EmbedResolver;
}

/** Builds the statement without its RETURNING clause; null for a no-op. */
export type Statement = (params: Params, target: Target) => string | null;

export function insertStatement(w: WriteRequest): Statement {
  const rows = rowsOf(parseBody(w.req, undefined));
  const keys = w.plan.columns ?? [...new Set(rows.flatMap(Object.keys))];
  const columns = keys.map((key) => checkColumn(w.relation, key));
  return (params, target) => {
    if (rows.length === 0) return null;
    const table = publicName(target.name);
    const list = columns.join(", ");
    const json = params.typed(JSON.stringify(rows), "json");
    let sql =
      `insert into ${table} as ${ident(target.name)}` +
      (columns.length === 0 ? "" : ` (${list})`) +
      ` select ${list} from json_populate_recordset(null::${table}, ${json}) _`;
    if (w.prefs.resolution !== null) sql += conflictSql(w, columns);
    return sql;
  };
}

export function updateStatement(w: WriteRequest): Statement {
  const body = parseBody(w.req, undefined);
  if (!isObject(body)) throw invalidBody();
  const columns = Object.keys(body).map((key) => checkColumn(w.relation, key));
  return (params, target) => {
    if (columns.length === 0) return null;
    const table = publicName(target.name);
    const json = params.typed(JSON.stringify(body as JsonObject), "json");
    const set = columns.map((column) => `${column} = _.${column}`).join(", ");
    const where = whereSql(w.plan.conditions, target, params);
    return (
      `update ${table} as ${ident(target.name)} set ${set}` +
      ` from (select * from json_populate_record(null::${table}, ${json})) _` +
      ` where ${where}`
    );
  };
}

export function deleteStatement(w: WriteRequest): Statement {
  return (params, target) => {
    const where = whereSql(w.plan.conditions, target, params);
    return (
      `delete from ${publicName(target.name)} as ${ident(target.name)}` +
      ` where ${where}`
    );
  };
}

/** Runs a write and answers as PostgREST does for `status` (201/200). */
export async function runWrite(
  query: Query,
  w: WriteRequest,
  statement: Statement,
  status: number,
): Promise<StackResponse> {
  const target = targetOf(w.relation.name, w.relation.columns);
  const params = new Params();
  const sql = statement(params, target);
  const representation = w.prefs.return === "representation";
  const honoured: (keyof Preferences)[] = ["return", "resolution", "tx"];
  let rows = 0;
  let body: string | undefined;
  if (sql !== null && (representation || w.singular)) {
    const result = await runRead(
      query,
      {
        with: `with _written as (${sql} returning ${ident(target.name)}.*) `,
        from: `_written as ${ident(target.name)}`,
        target,
        embed: w.embed,
      },
      { ...w.plan, conditions: [], order: [] },
      { offset: 0, limit: null },
      false,
      params,
    );
    rows = result.page;
    body = w.singular ? (result.first ?? "null") : result.body;
  } else if (sql !== null) {
    rows = (await query(sql, params.values)).affectedRows ?? 0;
  }
  if (w.singular && rows !== 1) throw singularError(rows);
  const inserting = status === 201;
  const headers: Record<string, string> = {
    "Content-Range": inserting ? "*/*" : contentRange(0, rows - 1, null),
    ...appliedHeader(w.prefs, honoured),
  };
  if (!representation) return { status: inserting ? 201 : 204, headers };
  headers["Content-Type"] = contentType(w.singular);
  return { status, headers, body: body ?? (w.singular ? "null" : "[]") };
}

function checkColumn(relation: Relation, key: string): string {
  if (!relation.columns.some((column) => column.name === key)) {
    throw new RestError(
      400,
      "PGRST204",
      `Could not find the '${key}' column of '${relation.name}' in the schema cache`,
    );
  }
  return ident(key);
}

function conflictSql(w: WriteRequest, columns: string[]): string {
  const names = w.plan.onConflict ?? w.relation.primaryKey;
  if (names.length === 0) {
    throw new RestError(
      400,
      "PGRST100",
      "on_conflict is required for a relation without a primary key",
    );
  }
  const target = names.map((name) => checkColumn(w.relation, name));
  const updates = columns.filter((column) => !target.includes(column));
  if (w.prefs.resolution === "ignore-duplicates" || updates.length === 0) {
    return ` on conflict (${target.join(", ")}) do nothing`;
  }
  const set = updates.map((c) => `${c} = excluded.${c}`).join(", ");
  return ` on conflict (${target.join(", ")}) do update set ${set}`;
}
