/**
 * The schema cache: every table, view and function of `public`, read from
 * pg_catalog when the gateway starts and again on reload. Type names are
 * read with an empty search path, so they are schema-qualified wherever
 * they need to be and can be used in casts as they are.
 */
import type { Database } from "../db/database.ts";

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

const COLUMNS = `
  coalesce((
    select json_agg(json_build_object(
      'name', a.attname,
      'type', format_type(a.atttypid, null),
      'category', t.typcategory,
      'nullable', not a.attnotnull,
      'hasDefault', a.atthasdef or a.attidentity <> '' or a.attgenerated <> '',
      'description', col_description(a.attrelid, a.attnum)
    ) order by a.attnum)
    from pg_catalog.pg_attribute a
      join pg_catalog.pg_type t on t.oid = a.atttypid
    where a.attrelid = %REL% and a.attnum > 0 and not a.attisdropped
  ), '[]')`;

const CATALOG_SQL = `
select json_build_object(
  'relations', coalesce((
    select json_agg(json_build_object(
      'name', c.relname,
      'kind', c.relkind,
      'description', obj_description(c.oid, 'pg_class'),
      'columns', ${COLUMNS.replace("%REL%", "c.oid")},
      'primaryKey', coalesce((
        select json_agg(a.attname order by k.ord)
        from pg_catalog.pg_constraint p
          cross join unnest(p.conkey) with ordinality as k (attnum, ord)
          join pg_catalog.pg_attribute a
            on a.attrelid = p.conrelid and a.attnum = k.attnum
        where p.conrelid = c.oid and p.contype = 'p'
      ), '[]')
    ))
    from pg_catalog.pg_class c
      join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'f', 'p')
  ), '[]'),
  'routines', coalesce((
    select json_agg(json_build_object(
      'name', p.proname,
      'args', (
        select json_agg(json_build_object(
          'name', p.proargnames[u.ord],
          'mode', coalesce(p.proargmodes[u.ord]::text, 'i'),
          'type', format_type(u.oid, null),
          'category', t.typcategory
        ) order by u.ord)
        from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))
          with ordinality as u (oid, ord)
          join pg_catalog.pg_type t on t.oid = u.oid
      ),
      'defaults', p.pronargdefaults,
      'returnType', format_type(p.prorettype, null),
      'returnKind', rt.typtype,
      'returnsSet', p.proretset,
      'returnColumns', case when rt.typtype = 'c'
        then ${COLUMNS.replace("%REL%", "rt.typrelid")} end,
      'volatility', p.provolatile,
      'description', obj_description(p.oid, 'pg_proc')
    ))
    from pg_catalog.pg_proc p
      join pg_catalog.pg_namespace n on n.oid = p.pronamespace
      join pg_catalog.pg_type rt on rt.oid = p.prorettype
    where n.nspname = 'public' and p.prokind = 'f'
      and rt.typname not in ('trigger', 'event_trigger')
  ), '[]')
)::text as catalog`;

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
