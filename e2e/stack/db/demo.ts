/**
 * The salespeople that `sql/seed.sql` creates. The credentials are public
 * on purpose: they open nothing but the local demo data.
 */

/** The demo salesperson, an administrator. */
export const DEMO_USER = {
  email: "demo@atomic-crm.test",
  password: "demo-password-1",
} as const;

/** A second salesperson, not an administrator. */
export const SECOND_USER = {
  email: "sam@atomic-crm.test",
  password: "sam-password-1",
} as const;

/** `auth.users.id` of the demo salesperson. */
export const DEMO_USER_ID = "00000000-0000-4000-a000-000000000001";

/** `auth.users.id` of the second salesperson. */
export const SECOND_USER_ID = "00000000-0000-4000-a000-000000000002";

/** `sales.id` rows of the two salespeople. */
export const DEMO_SALES_ID = 1;
export const SECOND_SALES_ID = 2;
