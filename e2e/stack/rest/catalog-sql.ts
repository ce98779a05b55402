/**
 * The catalog query behind the schema cache: one JSON document with the
 * relations of `public` (columns, primary and foreign keys) and its
 * functions (arguments, result type and columns).
 */

/** The names of the key columns `keys` (an int2[]) of relation `rel`. */
function keyColumns(keys: string, rel: string): string {
  return `(
    select json_agg(a.attname order by k.ord)
    from unnest(${keys}) with ordinality as k (attnum, ord)
      join pg_catalog.pg_attribute a
        on a.attrelid = ${rel} and a.attnum = k.attnum
  )`;
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

export const CATALOG_SQL = `
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
      ), '[]'),
      'foreignKeys', coalesce((
        select json_agg(json_build_object(
          'name', f.conname,
          'columns', ${keyColumns("f.conkey", "f.conrelid")},
          'refTable', rc.relname,
          'refColumns', ${keyColumns("f.confkey", "f.confrelid")}
        ))
        from pg_catalog.pg_constraint f
          join pg_catalog.pg_class rc on rc.oid = f.confrelid
          join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
        where f.conrelid = c.oid and f.contype = 'f' and rn.nspname = 'public'
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
