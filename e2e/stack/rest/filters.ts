/**
 * Filters as PostgREST reads them from the query string: `col=op.value`,
 * `col=not.op.value`, `in.(…)` lists, and `or=(…)` / `and=(…)` trees
 * whose values may be double-quoted with backslash escapes.
 */
import { Cursor } from "./cursor.ts";
import { RestError } from "./errors.ts";
import { type Field, parseField } from "./fields.ts";
import { parseIs, parseList, treeValue } from "./values.ts";

export const OPERATORS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "like",
  "ilike",
  "match",
  "imatch",
  "is",
  "isdistinct",
  "in",
  "cs",
  "cd",
  "ov",
  "sl",
  "sr",
  "nxr",
  "nxl",
  "adj",
  "fts",
  "plfts",
  "phfts",
  "wfts",
] as const;
export type Operator = (typeof OPERATORS)[number];

const QUANTIFIABLE = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "like",
  "ilike",
  "match",
  "imatch",
];
const FTS = ["fts", "plfts", "phfts", "wfts"];

export interface Filter {
  kind: "filter";
  field: Field;
  negated: boolean;
  op: Operator;
  quantifier: "any" | "all" | null;
  /** The text search configuration of fts operators, e.g. `english`. */
  language: string | null;
  /** The value, or the items of an `in` list. */
  value: string | string[];
}

export interface Logic {
  kind: "logic";
  op: "and" | "or";
  negated: boolean;
  children: Condition[];
}

export type Condition = Filter | Logic;

export const LOGIC_KEYS = ["and", "or", "not.and", "not.or"];

/** A logic tree parameter: `or=(a.eq.1,b.eq.2)`. */
export function parseLogicParam(key: string, value: string): Logic {
  const negated = key.startsWith("not.");
  const op = key.endsWith("and") ? "and" : "or";
  const cursor = new Cursor(value, "logic tree");
  const tree = parseTree(cursor, op, negated);
  if (!cursor.done) throw cursor.fail("end of input");
  return tree;
}

/** A column filter parameter: `last_name=ilike.*son*`. */
export function parseFilterParam(key: string, value: string): Filter {
  const keyCursor = new Cursor(key, "filter");
  const field = parseField(keyCursor);
  if (keyCursor.peek() === ".") {
    throw new RestError(
      400,
      "PGRST108",
      `'${field.column}' is not an embedded resource in this request`,
      null,
      `Verify that '${field.column}' is included in the 'select' query parameter.`,
    );
  }
  if (!keyCursor.done) throw keyCursor.fail('"->", "->>" or end of input');
  return parseOperation(new Cursor(value, "filter"), field, false);
}

function parseTree(cursor: Cursor, op: Logic["op"], negated: boolean): Logic {
  cursor.expect("(");
  const children: Condition[] = [];
  do {
    cursor.skipSpaces();
    children.push(parseTreeItem(cursor));
    cursor.skipSpaces();
  } while (cursor.take(","));
  cursor.expect(")");
  return { kind: "logic", op, negated, children };
}

function parseTreeItem(cursor: Cursor): Condition {
  for (const key of LOGIC_KEYS) {
    if (cursor.startsWith(`${key}(`)) {
      cursor.take(key);
      const op = key.endsWith("and") ? "and" : "or";
      return parseTree(cursor, op, key.startsWith("not."));
    }
  }
  const field = parseField(cursor);
  cursor.expect(".");
  return parseOperation(cursor, field, true);
}

function parseOperation(cursor: Cursor, field: Field, inTree: boolean): Filter {
  const negated = cursor.take("not.");
  const start = cursor.pos;
  const name = cursor.until(".(,)");
  const op = OPERATORS.find((known) => known === name);
  if (op === undefined) {
    cursor.pos = start;
    throw cursor.fail(`"not" or operator (${OPERATORS.join(", ")})`);
  }
  let quantifier: Filter["quantifier"] = null;
  let language: string | null = null;
  if (cursor.peek() === "(" && QUANTIFIABLE.includes(op)) {
    if (cursor.take("(any)")) quantifier = "any";
    else if (cursor.take("(all)")) quantifier = "all";
    else throw cursor.fail('"(any)" or "(all)"');
  } else if (cursor.take("(") && FTS.includes(op)) {
    language = cursor.until(")");
    cursor.expect(")");
  }
  cursor.expect(".");
  const value =
    op === "in"
      ? parseList(cursor)
      : op === "is"
        ? parseIs(cursor, inTree)
        : inTree
          ? treeValue(cursor)
          : cursor.rest();
  return { kind: "filter", field, negated, op, quantifier, language, value };
}
