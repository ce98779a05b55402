/**
 * The schema cache: every table, view and function of `public`, read from
 * pg_catalog when the gateway starts and again on reload. Type names are
 * read with an empty search path, so they are schema-qualified wherever
 * they need to be and can be used in casts as they are.
 */
import type { Database } from "../db/database.ts";
import { CATALOG_SQL } from "./catalog-sql.ts";

export interface Column {
  name: string;
  /** e.g. `bigint`, `jsonb[]`, `extensions.citext` */
  type: string;
  /** pg_type.typcategory: S string, N numeric, A array, U jsonb, … */
  category: string;
  nullable: boolean;
  hasDefault: boolean;
  description: string | null;
}

export interface Relation {
  name: string;
  /** pg_class.relkind: r table, v view, m materialized view, … */
  kind: string;
  description: string | null;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** A foreign key of a relation to a relation of `public`. */
export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

export interface RoutineArg {
  name: string;
  type: string;
  hasDefault: boolean;
}

export interface Routine {
  name: string;
  args: RoutineArg[];
  returnType: string;
  returnsSet: boolean;
  result: "scalar" | "composite" | "void";
  /** The result's columns when it is composite. */
  columns: Column[];
  /** i immutable, s stable, v volatile */
  volatility: string;
  description: string | null;
}

export interface Catalog {
  relations: Map<string, Relation>;
  routines: Map<string, Routine[]>;
}

interface RawArg {
  name: string | null;
  mode: string;
  type: string;
  category: string;
}

interface RawRoutine {
  name: string;
  args: RawArg[] | null;
  defaults: number;
  returnType: string;
  returnKind: string;
  returnsSet: boolean;
  returnColumns: Column[] | null;
  volatility: string;
  description: string | null;
}

export async function loadCatalog(db: Database): Promise<Catalog> {
  const text = await db.transaction(async (query) => {
    await query("select set_config('search_path', '', true)");
    const { rows } = await query(CATALOG_SQL);
    return String(rows[0]?.catalog);
  });
  const raw = JSON.parse(text) as {
    relations: Relation[];
    routines: RawRoutine[];
  };
  const relations = new Map(raw.relations.map((r) => [r.name, r]));
  const routines = new Map<string, Routine[]>();
  for (const entry of raw.routines) {
    const routine = toRoutine(entry);
    routines.set(routine.name, [
      ...(routines.get(routine.name) ?? []),
      routine,
    ]);
  }
  return { relations, routines };
}

function toRoutine(raw: RawRoutine): Routine {
  const all = raw.args ?? [];
  const inputs = all.filter((arg) => ["i", "b", "v"].includes(arg.mode));
  const outputs = all.filter((arg) => ["o", "b", "t"].includes(arg.mode));
  const firstDefault = inputs.length - raw.defaults;
  const args = inputs.map((arg, index) => ({
    name: arg.name ?? "",
    type: arg.type,
    hasDefault: index >= firstDefault,
  }));
  const base = {
    name: raw.name,
    args,
    returnType: raw.returnType,
    returnsSet: raw.returnsSet,
    volatility: raw.volatility,
    description: raw.description,
  };
  if (raw.returnColumns !== null) {
    return { ...base, result: "composite", columns: raw.returnColumns };
  }
  if (outputs.length > 1 || all.some((arg) => arg.mode === "t")) {
    const columns = outputs.map((arg) => ({
      name: arg.name ?? "",
      type: arg.type,
      category: arg.category,
      nullable: true,
      hasDefault: false,
      description: null,
    }));
    return { ...base, result: "composite", columns };
  }
  const result = raw.returnType === "void" ? "void" : "scalar";
  return { ...base, result, columns: [] };
}
