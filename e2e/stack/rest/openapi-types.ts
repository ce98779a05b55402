/** The pieces of the OpenAPI description that do not depend on the schema. */

type Json = Record<string, unknown>;

/** The Swagger type of a Postgres type, as PostgREST maps them. */
export function typeOf(type: string): Json {
  if (type.endsWith("[]")) {
    return { format: type, items: typeOf(type.slice(0, -2)), type: "array" };
  }
  if (["smallint", "integer", "bigint"].includes(type)) {
    return { format: type, type: "integer" };
  }
  if (["numeric", "real", "double precision"].includes(type)) {
    return { format: type, type: "number" };
  }
  if (type === "boolean") return { format: type, type: "boolean" };
  if (type === "json" || type === "jsonb") return { format: type };
  return { format: type, type: "string" };
}

export const COMMON_PARAMETERS: Json = {
  preferParams: preferParameter("params=single-object"),
  preferReturn: preferParameter(
    "return=representation",
    "return=minimal",
    "return=none",
  ),
  preferCount: preferParameter("count=none"),
  preferPost: preferParameter(
    "return=representation",
    "return=minimal",
    "return=none",
    "resolution=ignore-duplicates",
    "resolution=merge-duplicates",
  ),
  select: queryParameter("select", "Filtering Columns"),
  on_conflict: queryParameter("on_conflict", "On Conflict"),
  order: queryParameter("order", "Ordering"),
  range: {
    name: "Range",
    description: "Limiting and Pagination",
    required: false,
    in: "header",
    type: "string",
  },
  rangeUnit: {
    name: "Range-Unit",
    description: "Limiting and Pagination",
    required: false,
    default: "items",
    in: "header",
    type: "string",
  },
  offset: queryParameter("offset", "Limiting and Pagination"),
  limit: queryParameter("limit", "Limiting and Pagination"),
};

function preferParameter(...values: string[]): Json {
  return {
    name: "Prefer",
    description: "Preference",
    required: false,
    enum: values,
    in: "header",
    type: "string",
  };
}

function queryParameter(name: string, description: string): Json {
  return { name, description, required: false, in: "query", type: "string" };
}
