/** Passwords and addresses, checked and stored the way GoTrue does. */
import bcrypt from "bcryptjs";
import { AuthError, badRequest } from "./errors.ts";

/** Supabase's default `GOTRUE_PASSWORD_MIN_LENGTH`. */
export const MIN_PASSWORD_LENGTH = 6;
/** bcrypt ignores bytes past 72, so GoTrue refuses them. */
const MAX_PASSWORD_BYTES = 72;
const BCRYPT_COST = 10;

/** GoTrue's strength check: too long is a 400, too short a 422. */
export function checkPasswordStrength(password: string): void {
  // GoTrue counts bytes, not characters.
  const bytes = new TextEncoder().encode(password).length;
  if (bytes > MAX_PASSWORD_BYTES) {
    throw badRequest(
      "validation_failed",
      `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    );
  }
  if (bytes < MIN_PASSWORD_LENGTH) {
    throw new AuthError(
      422,
      "weak_password",
      `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
      { weak_password: { reasons: ["length"] } },
    );
  }
}

/**
 * A bcrypt hash with the `$2a$` prefix Go's bcrypt (and pgcrypto) write;
 * `$2b$` from bcryptjs is the same algorithm under another name.
 */
export async function hashPassword(password: string): Promise<string> {
  const hash = await bcrypt.hash(password, BCRYPT_COST);
  return hash.replace(/^\$2b\$/, "$2a$");
}

export async function verifyPassword(
  password: string,
  hash: string,
): Promise<boolean> {
  if (!/^\$2[abxy]\$\d{2}\$/.test(hash)) return false;
  return bcrypt.compare(password, hash);
}

// The format check of the checkmail package GoTrue uses.
const EMAIL_FORMAT =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The address lowercased, or GoTrue's `validation_failed` answer. */
export function validateEmail(email: string): string {
  if (email === "") {
    throw badRequest("validation_failed", "An email address is required");
  }
  if (email.length > 255) {
    throw badRequest("validation_failed", "An email address is too long");
  }
  if (!EMAIL_FORMAT.test(email)) {
    throw badRequest(
      "validation_failed",
      "Unable to validate email address: invalid format",
    );
  }
  return email.toLowerCase();
}
