/**
 * Reads: the rows of a relation (or of a function's result) filtered,
 * ordered and paged, rendered to JSON by Postgres itself as PostgREST
 * does, with its Content-Range header and range status.
 */
import type { StackResponse } from "../context.ts";
import type { Query } from "../db/database.ts";
import { RestError } from "./errors.ts";
import type { Target } from "./fields.ts";
import { whereSql } from "./filter-sql.ts";
import {
  appliedHeader,
  contentType,
  type Preferences,
  type RangeHeader,
  singularError,
} from "./prefer.ts";
import { orderSql, type QueryPlan } from "./query.ts";
import { type EmbedResolver, selectSql } from "./select.ts";
import type { Params } from "./sql.ts";

/** A FROM clause and what its columns are. */
export interface Source {
  from: string;
  target: Target;
  /** A WITH clause the FROM clause reads, e.g. the rows a write returned. */
  with?: string;
  /** Renders embedded resources; without it, none can be embedded. */
  embed?: EmbedResolver;
}

export interface Window {
  offset: number;
  limit: number | null;
}

export interface ReadResult {
  total: number | null;
  page: number;
  /** The rows as a JSON array. */
  body: string;
  /** The first row as JSON, or null. */
  first: string | null;
}

/** Supabase's default `max_rows`: no read returns more rows than this. */
export const MAX_ROWS = 1000;

/** The rows asked for by `limit`/`offset` and the Range header together. */
export function windowOf(plan: QueryPlan, range: RangeHeader | null): Window {
  const lower = Math.max(plan.offset, range?.from ?? 0);
  const uppers = [
    plan.limit === null ? null : plan.offset + plan.limit - 1,
    range?.to ?? null,
    lower + MAX_ROWS - 1,
  ].filter((upper): upper is number => upper !== null);
  return { offset: lower, limit: Math.max(0, Math.min(...uppers) - lower + 1) };
}

export async function runRead(
  query: Query,
  source: Source,
  plan: QueryPlan,
  window: Window,
  withCount: boolean,
  params: Params,
): Promise<ReadResult> {
  const { from, target } = source;
  const where = whereSql(plan.conditions, target, params);
  const select = selectSql(plan.select, target, params, source.embed);
  let page = `select ${select} from ${from} where ${where}`;
  page += orderSql(plan.order, target, params);
  if (window.limit !== null) {
    page += ` limit cast(${params.text(String(window.limit))} as bigint)`;
  }
  if (window.offset > 0) {
    page += ` offset cast(${params.text(String(window.offset))} as bigint)`;
  }
  const total = withCount
    ? `(select count(*) from ${from} where ${where})`
    : "null::int8";
  const sql =
    (source.with ?? "") +
    `select ${total} as total, count(*) as page,` +
    ` coalesce(json_agg(_t), '[]')::text as body,` +
    ` (json_agg(_t) -> 0)::text as first from (${page}) as _t`;
  const { rows } = await query(sql, params.values);
  const row = rows[0] ?? {};
  return {
    total: row.total === null ? null : Number(row.total),
    page: Number(row.page),
    body: String(row.body),
    first: typeof row.first === "string" ? row.first : null,
  };
}

/** The answer to a read, with PostgREST's range status and headers. */
export function readResponse(
  result: ReadResult,
  window: Window,
  prefs: Preferences,
  singular: boolean,
): StackResponse {
  if (singular && result.page !== 1) throw singularError(result.page);
  const lower = window.offset;
  const upper = lower + result.page - 1;
  const { total } = result;
  if (total !== null && lower > total) {
    throw new RestError(
      416,
      "PGRST103",
      "Requested range not satisfiable",
      `An offset of ${lower} was requested, but there are only ${total} rows.`,
      null,
      { "Content-Range": `*/${total}` },
    );
  }
  let status = 200;
  if (total !== null && upper - lower + 1 < total) status = 206;
  return {
    status,
    headers: {
      "Content-Type": contentType(singular),
      "Content-Range": contentRange(lower, upper, total),
      ...appliedHeader(prefs, withCount(prefs) ? ["count"] : []),
    },
    body: singular ? (result.first ?? "null") : result.body,
  };
}

export function contentRange(
  lower: number,
  upper: number,
  total: number | null,
): string {
  const range = total !== 0 && lower <= upper ? `${lower}-${upper}` : "*";
  return `${range}/${total ?? "*"}`;
}

export function withCount(prefs: Preferences): boolean {
  return prefs.count !== null;
}
