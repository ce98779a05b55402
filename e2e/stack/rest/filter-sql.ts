/**
 * Filters as SQL. Every value is a bound text parameter cast to the type
 * of the column (or JSON path) it is compared with, so Postgres parses it
 * as it parses any input of that type.
 */
import { type FieldSql, fieldSql, type Target } from "./fields.ts";
import type { Condition, Filter } from "./filters.ts";
import type { Params } from "./sql.ts";

const COMPARISONS: Record<string, string> = {
  eq: "=",
  neq: "<>",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  like: "like",
  ilike: "ilike",
  match: "~",
  imatch: "~*",
  cs: "@>",
  cd: "<@",
  ov: "&&",
  sl: "<<",
  sr: ">>",
  nxr: "&<",
  nxl: "&>",
  adj: "-|-",
  isdistinct: "is distinct from",
};

const TEXT_SEARCH: Record<string, string> = {
  fts: "to_tsquery",
  plfts: "plainto_tsquery",
  phfts: "phraseto_tsquery",
  wfts: "websearch_to_tsquery",
};

const PATTERNS = ["like", "ilike", "match", "imatch"];

/** The conditions joined with AND, or `true` when there are none. */
export function whereSql(
  conditions: Condition[],
  target: Target,
  params: Params,
): string {
  if (conditions.length === 0) return "true";
  return conditions.map((c) => conditionSql(c, target, params)).join(" and ");
}

function conditionSql(
  condition: Condition,
  target: Target,
  params: Params,
): string {
  if (condition.kind === "logic") {
    const parts = condition.children.map((child) =>
      conditionSql(child, target, params),
    );
    const joined = `(${parts.join(` ${condition.op} `)})`;
    return condition.negated ? `not ${joined}` : joined;
  }
  const sql = filterSql(
    condition,
    fieldSql(target, condition.field, params),
    params,
  );
  return condition.negated ? `not (${sql})` : `(${sql})`;
}

function filterSql(filter: Filter, field: FieldSql, params: Params): string {
  const { value } = filter;
  if (Array.isArray(value)) {
    if (value.length === 0) return "false";
    const items = value.map((item) => params.typed(item, field.type));
    return `${field.sql} in (${items.join(", ")})`;
  }
  if (filter.op === "is") return isSql(field.sql, value);
  const search = TEXT_SEARCH[filter.op];
  if (search !== undefined) {
    const language =
      filter.language === null
        ? ""
        : `cast(${params.text(filter.language)} as regconfig), `;
    const vector =
      field.type === "tsvector"
        ? field.sql
        : `to_tsvector(${language}${field.sql})`;
    return `${vector} @@ ${search}(${language}${params.text(value)})`;
  }
  const operator = COMPARISONS[filter.op] ?? "=";
  if (PATTERNS.includes(filter.op)) {
    const pattern = filter.op.endsWith("like")
      ? value.replaceAll("*", "%")
      : value;
    const subject = field.category === "S" ? field.sql : `${field.sql}::text`;
    if (filter.quantifier !== null) {
      const list = `cast(${params.text(pattern)} as text[])`;
      return `${subject} ${operator} ${filter.quantifier}(${list})`;
    }
    return `${subject} ${operator} ${params.text(pattern)}`;
  }
  if (filter.quantifier !== null) {
    const list = params.typed(value, arrayOf(field.type));
    return `${field.sql} ${operator} ${filter.quantifier}(${list})`;
  }
  return `${field.sql} ${operator} ${params.typed(value, field.type)}`;
}

function isSql(sql: string, value: string): string {
  switch (value) {
    case "null":
      return `${sql} is null`;
    case "not_null":
      return `${sql} is not null`;
    case "true":
      return `${sql} is true`;
    case "false":
      return `${sql} is false`;
    default:
      return `${sql} is unknown`;
  }
}

function arrayOf(type: string): string {
  return type.endsWith("[]") ? type : `${type}[]`;
}
