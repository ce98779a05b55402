/**
 * `GET /rest/v1/`: a Swagger 2.0 description of the schema cache, shaped
 * like the one PostgREST serves: one path per table, view and function,
 * one definition per table and view.
 */
import type { Catalog, Column, Relation, Routine } from "./catalog.ts";
import { COMMON_PARAMETERS, typeOf } from "./openapi-types.ts";

type Json = Record<string, unknown>;

const MEDIA = [
  "application/json",
  "application/vnd.pgrst.object+json;nulls=stripped",
  "application/vnd.pgrst.object+json",
  "text/csv",
];

const READ_PARAMETERS = [
  "select",
  "order",
  "range",
  "rangeUnit",
  "offset",
  "limit",
  "preferCount",
];

export function openApi(catalog: Catalog, host: string): Json {
  const paths: Json = {
    "/": {
      get: {
        produces: ["application/openapi+json", "application/json"],
        responses: { "200": { description: "OK" } },
        summary: "OpenAPI description (this document)",
        tags: ["Introspection"],
      },
    },
  };
  const definitions: Json = {};
  const parameters: Json = { ...COMMON_PARAMETERS };
  const relations = [...catalog.relations.values()].sort(byName);
  for (const relation of relations) {
    paths[`/${relation.name}`] = relationPath(relation);
    definitions[relation.name] = definition(relation.columns, relation);
    parameters[`body.${relation.name}`] = {
      name: relation.name,
      description: relation.name,
      required: false,
      in: "body",
      schema: { $ref: `#/definitions/${relation.name}` },
    };
    for (const column of relation.columns) {
      parameters[`rowFilter.${relation.name}.${column.name}`] = {
        name: column.name,
        required: false,
        format: column.type,
        in: "query",
        type: "string",
      };
    }
  }
  const routines = [...catalog.routines.values()].flat().sort(byName);
  for (const routine of routines) {
    paths[`/rpc/${routine.name}`] = routinePath(routine);
  }
  return {
    swagger: "2.0",
    info: {
      description: "",
      title: "standard public schema",
      version: "12.2.3",
    },
    host,
    basePath: "/rest/v1",
    schemes: ["http"],
    consumes: MEDIA,
    produces: MEDIA,
    paths,
    definitions,
    parameters,
    externalDocs: {
      description: "PostgREST Documentation",
      url: "https://postgrest.org/en/v12/references/api.html",
    },
  };
}

function relationPath(relation: Relation): Json {
  const filters = relation.columns.map((column) => ({
    $ref: `#/parameters/rowFilter.${relation.name}.${column.name}`,
  }));
  const ref = (name: string) => ({ $ref: `#/parameters/${name}` });
  const tags = [relation.name];
  const get = {
    description: relation.description ?? undefined,
    parameters: [...filters, ...READ_PARAMETERS.map(ref)],
    responses: {
      "200": {
        description: "OK",
        schema: {
          items: { $ref: `#/definitions/${relation.name}` },
          type: "array",
        },
      },
      "206": { description: "Partial Content" },
    },
    tags,
  };
  if (relation.kind === "v" || relation.kind === "m") return { get };
  const body = ref(`body.${relation.name}`);
  const noContent = { "204": { description: "No Content" } };
  return {
    get,
    post: {
      parameters: [body, ref("select"), ref("preferPost")],
      responses: { "201": { description: "Created" } },
      tags,
    },
    delete: {
      parameters: [...filters, ref("preferReturn")],
      responses: noContent,
      tags,
    },
    patch: {
      parameters: [...filters, body, ref("preferReturn")],
      responses: noContent,
      tags,
    },
  };
}

function routinePath(routine: Routine): Json {
  const schema = {
    type: "object",
    required: routine.args.filter((a) => !a.hasDefault).map((a) => a.name),
    properties: Object.fromEntries(
      routine.args.map((arg) => [arg.name, typeOf(arg.type)]),
    ),
  };
  const tags = [`(rpc) ${routine.name}`];
  const responses = { "200": { description: "OK" } };
  const description = routine.description ?? undefined;
  return {
    get: {
      description,
      parameters: routine.args.map((arg) => ({
        format: arg.type,
        in: "query",
        name: arg.name,
        required: !arg.hasDefault,
        type: "string",
      })),
      responses,
      tags,
    },
    post: {
      description,
      parameters: [
        { in: "body", name: "args", required: true, schema },
        { $ref: "#/parameters/preferParams" },
      ],
      responses,
      tags,
    },
  };
}

function definition(columns: Column[], relation: Relation): Json {
  const properties: Json = {};
  for (const column of columns) {
    const primary = relation.primaryKey.includes(column.name);
    const notes = [
      column.description,
      primary ? "Note:\nThis is a Primary Key.<pk/>" : null,
    ].filter((note): note is string => note !== null);
    properties[column.name] = {
      ...typeOf(column.type),
      ...(notes.length === 0 ? {} : { description: notes.join("\n\n") }),
    };
  }
  const required = columns
    .filter((c) => !c.nullable && !c.hasDefault)
    .map((c) => c.name);
  return {
    ...(relation.description === null
      ? {}
      : { description: relation.description }),
    ...(required.length === 0 ? {} : { required }),
    properties,
    type: "object",
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}
