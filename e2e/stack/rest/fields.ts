/**
 * A field of PostgREST's URL grammar: a column, optionally followed by a
 * JSON path (`config->noteStatuses->0->>value`), and its SQL.
 */
import type { Column } from "./catalog.ts";
import type { Cursor } from "./cursor.ts";
import { unknownColumn } from "./errors.ts";
import { ident, type Params } from "./sql.ts";
import { suggestion } from "./suggest.ts";

export interface JsonStep {
  arrow: "->" | "->>";
  key: string;
}

export interface Field {
  column: string;
  path: JsonStep[];
}

/** What fields are resolved against: a relation or a function result. */
export interface Target {
  /** The relation or function name, as messages give it. */
  name: string;
  /** The SQL alias of the source. */
  alias: string;
  columns: Map<string, Column>;
}

export function targetOf(
  name: string,
  columns: Column[],
  alias: string = name,
): Target {
  return { name, alias, columns: new Map(columns.map((c) => [c.name, c])) };
}

/** A field; `column` when its name was already read. */
export function parseField(
  cursor: Cursor,
  column: string = cursor.name(),
): Field {
  const path: JsonStep[] = [];
  while (cursor.startsWith("->")) {
    const arrow = cursor.take("->>") ? "->>" : "->";
    if (arrow === "->") cursor.take("->");
    const key =
      cursor.peek() === '"'
        ? cursor.quoted()
        : cursor.take("-")
          ? `-${cursor.name()}`
          : cursor.name();
    path.push({ arrow, key });
  }
  return { column, path };
}

/** The column a field starts from, or a 42703 error. */
export function columnOf(target: Target, field: Field): Column {
  const column = target.columns.get(field.column);
  if (column === undefined) {
    const near = suggestion(field.column, [...target.columns.keys()]);
    throw unknownColumn(target.name, field.column, near);
  }
  return column;
}

export interface FieldSql {
  sql: string;
  /** The SQL type of the expression, for casting values compared to it. */
  type: string;
  /** pg_type.typcategory of that type. */
  category: string;
}

export function fieldSql(
  target: Target,
  field: Field,
  params: Params,
): FieldSql {
  const column = columnOf(target, field);
  let sql = `${ident(target.alias)}.${ident(column.name)}`;
  for (const step of field.path) {
    const key = /^-?\d+$/.test(step.key)
      ? String(Number(step.key))
      : params.text(step.key);
    sql = `(${sql} ${step.arrow} ${key})`;
  }
  const last = field.path.at(-1);
  if (last === undefined) {
    return { sql, type: column.type, category: column.category };
  }
  if (last.arrow === "->>") return { sql, type: "text", category: "S" };
  const json = column.type === "json" ? "json" : "jsonb";
  return { sql, type: json, category: "U" };
}

/** The key a field gets in the JSON output when it has no alias. */
export function outputName(field: Field): string {
  return field.path.at(-1)?.key ?? field.column;
}
