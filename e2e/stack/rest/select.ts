/**
 * The `select` parameter: `*`, columns, `alias:column`, JSON paths and
 * `::type` casts. Embedded resources are parsed so that they can be
 * refused with PostgREST's error rather than a parse error.
 */
import { Cursor } from "./cursor.ts";
import { RestError } from "./errors.ts";
import {
  type Field,
  fieldSql,
  outputName,
  parseField,
  type Target,
} from "./fields.ts";
import { ident, type Params } from "./sql.ts";

export type SelectItem =
  | { kind: "star" }
  | { kind: "field"; alias: string | null; field: Field; cast: string | null }
  | EmbedItem;

/** `alias:relation!hint(items)`: rows of a related table. */
export interface EmbedItem {
  kind: "embed";
  alias: string | null;
  name: string;
  hint: string | null;
  children: SelectItem[];
}

/** Renders an embedded resource of `parent` as a select-list entry. */
export type EmbedResolver = (
  parent: Target,
  item: EmbedItem,
  params: Params,
) => string;

const CAST = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseSelect(text: string): SelectItem[] {
  const cursor = new Cursor(text, "select parameter");
  if (text.trim() === "") return [];
  const items = parseItems(cursor);
  if (!cursor.done) throw cursor.fail('"," or end of input');
  return items;
}

function parseItems(cursor: Cursor): SelectItem[] {
  const items: SelectItem[] = [];
  do {
    items.push(parseItem(cursor));
    cursor.skipSpaces();
  } while (cursor.take(","));
  return items;
}

function parseItem(cursor: Cursor): SelectItem {
  cursor.skipSpaces();
  if (cursor.take("*")) return { kind: "star" };
  if (cursor.take("...")) {
    const name = cursor.name();
    parseEmbed(cursor, null, name);
    throw new RestError(400, "PGRST100", "Spread embedding is not supported");
  }
  const first = cursor.name();
  let alias: string | null = null;
  let start = first;
  if (cursor.peek() === ":" && cursor.peek(1) !== ":") {
    cursor.pos++;
    alias = first;
    start = cursor.name();
  }
  if (cursor.peek() === "(" || cursor.peek() === "!") {
    return parseEmbed(cursor, alias, start);
  }
  const field = parseField(cursor, start);
  let cast: string | null = null;
  if (cursor.take("::")) {
    cast = cursor.until(",)").trim();
    if (!CAST.test(cast)) throw cursor.fail("a type name");
  }
  return { kind: "field", alias, field, cast };
}

function parseEmbed(
  cursor: Cursor,
  alias: string | null,
  name: string,
): EmbedItem {
  let hint: string | null = null;
  while (cursor.take("!")) hint = cursor.name();
  cursor.expect("(");
  cursor.skipSpaces();
  const children = cursor.startsWith(")") ? [] : parseItems(cursor);
  cursor.expect(")");
  return { kind: "embed", alias, name, hint, children };
}

/** The select list as SQL over `target`; `*` when nothing is asked. */
export function selectSql(
  items: SelectItem[],
  target: Target,
  params: Params,
  embed: EmbedResolver = (parent, item) => {
    throw noRelationship(parent.name, item.name);
  },
): string {
  if (items.length === 0) return `${ident(target.alias)}.*`;
  return items
    .map((item) => {
      if (item.kind === "star") return `${ident(target.alias)}.*`;
      if (item.kind === "embed") return embed(target, item, params);
      const { sql } = fieldSql(target, item.field, params);
      const value = item.cast === null ? sql : `cast(${sql} as ${item.cast})`;
      return `${value} as ${ident(item.alias ?? outputName(item.field))}`;
    })
    .join(", ");
}

export function noRelationship(parent: string, name: string): RestError {
  return new RestError(
    400,
    "PGRST200",
    `Could not find a relationship between '${parent}' and '${name}' in the schema cache`,
    `Searched for a foreign key relationship between '${parent}' and '${name}' in the schema 'public', but no matches were found.`,
  );
}
