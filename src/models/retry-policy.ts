import {
  type CrmError,
  HttpError,
  NetworkError,
  TimeoutError,
} from "../crm/errors.ts";

/** How saves are sent again after a failure that may be passing. */
export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** The wait before attempt `n + 1`, in ms; jitter included. */
  delay(n: number): number;
  wait(ms: number): Promise<void>;
}

/** Three attempts, about 1 s then 2 s apart (±25 %). */
export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  delay: (n) => 1000 * 2 ** (n - 1) * (0.75 + Math.random() / 2),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Whether the request may have reached the CRM without an answer, and may
 * succeed when sent again: no connection, no answer in time, or a server
 * failure. Refusals (4xx) would be refused again.
 */
export function isTransient(error: CrmError): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof HttpError && error.status >= 500)
  );
}
