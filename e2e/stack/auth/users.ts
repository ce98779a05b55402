/**
 * `auth.users` and `auth.identities` as GoTrue reads and writes them, and
 * the user object it returns.
 */
import type { Query, Row } from "../db/database.ts";
import { asDate, asJsonObject, asString, isoOrUndefined } from "./rows.ts";

export type JsonObject = Record<string, unknown>;

/** The audience every user of this stack belongs to, as on Supabase. */
export const AUDIENCE = "authenticated";

export interface UserRecord {
  id: string;
  aud: string;
  role: string;
  email: string;
  phone: string;
  encryptedPassword: string;
  emailConfirmedAt: Date | null;
  phoneConfirmedAt: Date | null;
  confirmedAt: Date | null;
  lastSignInAt: Date | null;
  appMetadata: JsonObject;
  userMetadata: JsonObject;
  bannedUntil: Date | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  isAnonymous: boolean;
}

function toUser(row: Row): UserRecord {
  return {
    id: asString(row.id),
    aud: asString(row.aud),
    role: asString(row.role),
    email: asString(row.email),
    phone: asString(row.phone),
    encryptedPassword: asString(row.encrypted_password),
    emailConfirmedAt: asDate(row.email_confirmed_at),
    phoneConfirmedAt: asDate(row.phone_confirmed_at),
    confirmedAt: asDate(row.confirmed_at),
    lastSignInAt: asDate(row.last_sign_in_at),
    appMetadata: asJsonObject(row.raw_app_meta_data),
    userMetadata: asJsonObject(row.raw_user_meta_data),
    bannedUntil: asDate(row.banned_until),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
    isAnonymous: row.is_anonymous === true,
  };
}

/** The user with this address, ignoring case, as GoTrue looks it up. */
export async function findUserByEmail(
  query: Query,
  email: string,
): Promise<UserRecord | undefined> {
  const { rows } = await query(
    `select * from auth.users
      where lower(email) = lower($1) and aud = $2
        and is_sso_user = false and deleted_at is null
      limit 1`,
    [email, AUDIENCE],
  );
  return rows[0] === undefined ? undefined : toUser(rows[0]);
}

export async function findUserById(
  query: Query,
  id: string,
): Promise<UserRecord | undefined> {
  const { rows } = await query(
    "select * from auth.users where id = $1 and deleted_at is null",
    [id],
  );
  return rows[0] === undefined ? undefined : toUser(rows[0]);
}

export function isBanned(user: UserRecord, now: number): boolean {
  return user.bannedUntil !== null && user.bannedUntil.getTime() > now;
}

export interface NewUser {
  id: string;
  email: string;
  passwordHash: string;
  userMetadata: JsonObject;
  appMetadata: JsonObject;
  emailConfirmedAt: Date | null;
  now: Date;
}

/** Inserts the user and the email identity GoTrue gives every such user. */
export async function insertUser(
  query: Query,
  user: NewUser,
): Promise<UserRecord> {
  const { rows } = await query(
    `insert into auth.users (
       instance_id, id, aud, role, email, encrypted_password,
       email_confirmed_at, raw_app_meta_data, raw_user_meta_data,
       created_at, updated_at, is_anonymous
     ) values (
       '00000000-0000-0000-0000-000000000000', $1, $2, $2, $3, $4,
       $5, $6, $7, $8, $8, false
     ) returning *`,
    [
      user.id,
      AUDIENCE,
      user.email,
      user.passwordHash,
      user.emailConfirmedAt,
      JSON.stringify(user.appMetadata),
      JSON.stringify(user.userMetadata),
      user.now,
    ],
  );
  await query(
    `insert into auth.identities (
       id, provider_id, user_id, identity_data, provider,
       created_at, updated_at
     ) values ($1, $2, $3, $4, 'email', $5, $5)`,
    [
      crypto.randomUUID(),
      user.id,
      user.id,
      JSON.stringify({
        sub: user.id,
        email: user.email,
        email_verified: user.emailConfirmedAt !== null,
        phone_verified: false,
      }),
      user.now,
    ],
  );
  return toUser(rows[0] as Row);
}

/** The user as GoTrue's JSON shows it, identities included. */
export async function userJson(
  query: Query,
  user: UserRecord,
): Promise<JsonObject> {
  const { rows } = await query(
    `select * from auth.identities where user_id = $1 order by created_at`,
    [user.id],
  );
  return {
    id: user.id,
    aud: user.aud,
    role: user.role,
    email: user.email,
    email_confirmed_at: isoOrUndefined(user.emailConfirmedAt),
    phone: user.phone,
    phone_confirmed_at: isoOrUndefined(user.phoneConfirmedAt),
    confirmed_at: isoOrUndefined(user.confirmedAt),
    last_sign_in_at: isoOrUndefined(user.lastSignInAt),
    app_metadata: user.appMetadata,
    user_metadata: user.userMetadata,
    identities: rows.map(identityJson),
    created_at: isoOrUndefined(user.createdAt),
    updated_at: isoOrUndefined(user.updatedAt),
    banned_until: isoOrUndefined(user.bannedUntil),
    is_anonymous: user.isAnonymous,
  };
}

function identityJson(row: Row): JsonObject {
  return {
    identity_id: asString(row.id),
    id: asString(row.provider_id),
    user_id: asString(row.user_id),
    identity_data: asJsonObject(row.identity_data),
    provider: asString(row.provider),
    last_sign_in_at: isoOrUndefined(asDate(row.last_sign_in_at)),
    created_at: isoOrUndefined(asDate(row.created_at)),
    updated_at: isoOrUndefined(asDate(row.updated_at)),
    email: row.email === null ? undefined : asString(row.email),
  };
}
