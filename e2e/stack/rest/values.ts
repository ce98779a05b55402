/**
 * Filter values in PostgREST's URL grammar: `is` values, `in.(…)` lists
 * whose items may be double-quoted, and values inside logic trees.
 */
import type { Cursor } from "./cursor.ts";

const IS_VALUES = ["null", "not_null", "true", "false", "unknown"];

export function parseIs(cursor: Cursor, inTree: boolean): string {
  const start = cursor.pos;
  const value = (inTree ? cursor.until(",)") : cursor.rest()).toLowerCase();
  if (IS_VALUES.includes(value)) return value;
  cursor.pos = start;
  throw cursor.fail("null, not_null, true, false or unknown");
}

export function parseList(cursor: Cursor): string[] {
  cursor.expect("(");
  const items: string[] = [];
  cursor.skipSpaces();
  if (cursor.take(")")) return items;
  do {
    if (cursor.peek() === '"') items.push(cursor.quoted());
    else {
      const item = cursor.until(",)");
      if (item === "") throw cursor.fail("a value");
      items.push(item);
    }
  } while (cursor.take(","));
  cursor.expect(")");
  return items;
}

/** A value inside a logic tree: quoted, a `{…}` array, or up to , or ). */
export function treeValue(cursor: Cursor): string {
  if (cursor.peek() === '"') return cursor.quoted();
  const open = cursor.peek();
  if (open === "{" || open === "[") {
    const close = open === "{" ? "}" : "]";
    const start = cursor.pos;
    let depth = 0;
    while (!cursor.done) {
      const char = cursor.peek();
      cursor.pos++;
      if (char === open) depth++;
      else if (char === close && --depth === 0) break;
    }
    if (depth !== 0) throw cursor.fail(`"${close}"`);
    return cursor.text.slice(start, cursor.pos);
  }
  return cursor.until(",)");
}
