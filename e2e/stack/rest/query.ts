/**
 * The query string of a request, read into what the SQL builders need:
 * select list, filters, order, limit and offset, and the write options.
 */
import { Cursor } from "./cursor.ts";
import { parseError } from "./errors.ts";
import { type Field, fieldSql, parseField, type Target } from "./fields.ts";
import {
  type Condition,
  LOGIC_KEYS,
  parseFilterParam,
  parseLogicParam,
} from "./filters.ts";
import { parseSelect, type SelectItem } from "./select.ts";
import type { Params } from "./sql.ts";

export interface OrderTerm {
  field: Field;
  direction: "asc" | "desc" | null;
  nulls: "first" | "last" | null;
}

export interface QueryPlan {
  select: SelectItem[];
  conditions: Condition[];
  order: OrderTerm[];
  limit: number | null;
  offset: number;
  /** The `columns` parameter of inserts. */
  columns: string[] | null;
  /** The `on_conflict` parameter of upserts. */
  onConflict: string[] | null;
}

const RESERVED = ["select", "order", "limit", "offset", "columns"];
const IGNORED = ["apikey", "on_conflict"];

/** Reads `query`, leaving out the keys in `skip` (a function's args). */
export function parseQuery(
  query: URLSearchParams,
  skip: ReadonlySet<string> = new Set(),
): QueryPlan {
  const plan: QueryPlan = {
    select: parseSelect(query.get("select") ?? "*"),
    conditions: [],
    order: parseOrder(query.get("order") ?? ""),
    limit: count(query, "limit"),
    offset: count(query, "offset") ?? 0,
    columns: nameList(query.get("columns"), "columns"),
    onConflict: nameList(query.get("on_conflict"), "on_conflict"),
  };
  for (const [key, value] of query) {
    if (RESERVED.includes(key) || IGNORED.includes(key) || skip.has(key)) {
      continue;
    }
    plan.conditions.push(
      LOGIC_KEYS.includes(key)
        ? parseLogicParam(key, value)
        : parseFilterParam(key, value),
    );
  }
  return plan;
}

function count(query: URLSearchParams, key: string): number | null {
  const text = query.get(key);
  if (text === null) return null;
  if (!/^\d+$/.test(text)) {
    throw parseError(
      `"failed to parse ${key} parameter (${text})" (line 1, column 1)`,
      "unexpected input expecting digit",
    );
  }
  return Number(text);
}

function nameList(text: string | null, what: string): string[] | null {
  if (text === null) return null;
  const cursor = new Cursor(text, `${what} parameter`);
  const names: string[] = [];
  do names.push(cursor.name());
  while (cursor.take(","));
  if (!cursor.done) throw cursor.fail('"," or end of input');
  return names;
}

export function parseOrder(text: string): OrderTerm[] {
  if (text.trim() === "") return [];
  const cursor = new Cursor(text, "order");
  const terms: OrderTerm[] = [];
  do {
    const field = parseField(cursor);
    let direction: OrderTerm["direction"] = null;
    let nulls: OrderTerm["nulls"] = null;
    if (cursor.take(".asc")) direction = "asc";
    else if (cursor.take(".desc")) direction = "desc";
    if (cursor.take(".nullsfirst")) nulls = "first";
    else if (cursor.take(".nullslast")) nulls = "last";
    terms.push({ field, direction, nulls });
  } while (cursor.take(","));
  if (!cursor.done) {
    throw cursor.fail('".asc", ".desc", ".nullsfirst", ".nullslast" or ","');
  }
  return terms;
}

export function orderSql(
  terms: OrderTerm[],
  target: Target,
  params: Params,
): string {
  if (terms.length === 0) return "";
  const parts = terms.map((term) => {
    let sql = fieldSql(target, term.field, params).sql;
    if (term.direction !== null) sql += ` ${term.direction}`;
    if (term.nulls !== null) sql += ` nulls ${term.nulls}`;
    return sql;
  });
  return ` order by ${parts.join(", ")}`;
}
