/**
 * Resource embedding through foreign keys of `public` tables: a
 * many-to-one relation becomes an object (or null), a one-to-many
 * relation an array, each built by a correlated subquery.
 */
import type { Catalog } from "./catalog.ts";
import { RestError } from "./errors.ts";
import { type Target, targetOf } from "./fields.ts";
import {
  type EmbedItem,
  type EmbedResolver,
  noRelationship,
  selectSql,
} from "./select.ts";
import { ident, publicName } from "./sql.ts";

interface Relationship {
  /** One related row (many-to-one) or many (one-to-many). */
  many: boolean;
  table: string;
  constraint: string;
  /** Columns of the related table, paired with `parentColumns`. */
  columns: string[];
  parentColumns: string[];
}

export function embedResolver(catalog: Catalog): EmbedResolver {
  const resolve: EmbedResolver = (parent, item, params) => {
    const found = relationships(catalog, parent, item);
    if (found.length === 0) throw noRelationship(parent.name, item.name);
    if (found.length > 1) throw ambiguous(parent, item, found);
    const relation = found[0]!;
    const table = catalog.relations.get(relation.table);
    if (table === undefined) throw noRelationship(parent.name, item.name);
    const alias = table.name === parent.alias ? `${table.name}_1` : table.name;
    const child = targetOf(table.name, table.columns, alias);
    const join = relation.columns
      .map(
        (column, index) =>
          `${ident(alias)}.${ident(column)} = ` +
          `${ident(parent.alias)}.${ident(relation.parentColumns[index] ?? "")}`,
      )
      .join(" and ");
    const select = countsRows(item, child)
      ? 'count(*) as "count"'
      : selectSql(item.children, child, params, resolve);
    const rows =
      `select ${select} from ${publicName(table.name)} as ${ident(alias)}` +
      ` where ${join}`;
    const value = relation.many
      ? `coalesce((select json_agg(_e) from (${rows}) as _e), '[]')`
      : `(select row_to_json(_e) from (${rows}) as _e)`;
    return `${value} as ${ident(item.alias ?? item.name)}`;
  };
  return resolve;
}

/** `rel(count)` with no `count` column: the number of related rows. */
function countsRows(item: EmbedItem, child: Target): boolean {
  const [only, ...more] = item.children;
  return (
    more.length === 0 &&
    only?.kind === "field" &&
    only.field.column === "count" &&
    only.field.path.length === 0 &&
    only.alias === null &&
    !child.columns.has("count")
  );
}

function relationships(
  catalog: Catalog,
  parent: Target,
  item: EmbedItem,
): Relationship[] {
  const found: Relationship[] = [];
  for (const key of catalog.relations.get(parent.name)?.foreignKeys ?? []) {
    const named =
      key.refTable === item.name ||
      key.name === item.name ||
      (key.columns.length === 1 && key.columns[0] === item.name);
    if (!named) continue;
    found.push({
      many: false,
      table: key.refTable,
      constraint: key.name,
      columns: key.refColumns,
      parentColumns: key.columns,
    });
  }
  for (const key of catalog.relations.get(item.name)?.foreignKeys ?? []) {
    if (key.refTable !== parent.name) continue;
    found.push({
      many: true,
      table: item.name,
      constraint: key.name,
      columns: key.columns,
      parentColumns: key.refColumns,
    });
  }
  const { hint } = item;
  if (hint === null) return found;
  return found.filter(
    (r) =>
      r.constraint === hint ||
      r.columns.includes(hint) ||
      r.parentColumns.includes(hint),
  );
}

function ambiguous(
  parent: Target,
  item: EmbedItem,
  found: Relationship[],
): RestError {
  return new RestError(
    300,
    "PGRST201",
    `Could not embed because more than one relationship was found for '${parent.name}' and '${item.name}'`,
    found
      .map(
        (r) => `${r.many ? "one-to-many" : "many-to-one"} via ${r.constraint}`,
      )
      .join("; "),
    `Try changing '${item.name}' to one of the following: ${found
      .map((r) => `'${item.name}!${r.constraint}'`)
      .join(", ")}. Find the desired relationship in the 'details' key.`,
  );
}
