/**
 * Fault controls for tests: slow answers, failed answers and dropped
 * connections on chosen paths, and tokens expired or revoked on demand.
 * They exist only when the stack is started in test mode.
 */

/** What happens to a request a rule catches. */
export type FaultAction =
  /** Answer with this status and a Supabase-like error body. */
  | { kind: "status"; status: number; body?: unknown }
  /** Close the connection before the request reaches the database. */
  | { kind: "drop-before" }
  /** Let the request run and commit, then close without answering. */
  | { kind: "drop-after" };

export interface FaultRule {
  /** Matched against the request path, e.g. "/rest/v1/contact_notes". */
  path: string;
  /** Only this method, when given. */
  method?: string;
  /** How many requests it catches before it lapses. */
  count: number;
  /** Wait this long before acting (or before passing the request on). */
  delayMs?: number;
  action?: FaultAction;
}

export interface RequestRecord {
  method: string;
  url: string;
  at: number;
}

export class Faults {
  #rules: FaultRule[] = [];
  #latency: { path: string; ms: number }[] = [];
  #expiredBefore = new Map<string, number>();
  readonly requests: RequestRecord[] = [];

  /** Adds a rule; the oldest matching rule acts first. */
  add(rule: FaultRule): void {
    this.#rules.push({ ...rule });
  }

  /** Delays every request whose path starts with `path` by `ms`. */
  setLatency(ms: number, path = "/"): void {
    this.#latency = this.#latency.filter((entry) => entry.path !== path);
    if (ms > 0) this.#latency.push({ path, ms });
  }

  /** Access tokens of this user issued until now are treated as expired. */
  expireTokens(userId: string, nowSeconds: number): void {
    this.#expiredBefore.set(userId, nowSeconds);
  }

  isExpired(userId: string | undefined, issuedAt: unknown): boolean {
    if (userId === undefined) return false;
    const cutoff = this.#expiredBefore.get(userId);
    return (
      cutoff !== undefined && typeof issuedAt === "number" && issuedAt <= cutoff
    );
  }

  reset(): void {
    this.#rules = [];
    this.#latency = [];
    this.#expiredBefore.clear();
    this.requests.length = 0;
  }

  /** Takes the rule this request triggers, counting it down. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.#rules.find(
      (candidate) =>
        path.startsWith(candidate.path) &&
        (candidate.method === undefined ||
          candidate.method.toUpperCase() === method),
    );
    if (rule === undefined) return undefined;
    rule.count -= 1;
    if (rule.count <= 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
    return rule;
  }

  latencyFor(path: string): number {
    return this.#latency
      .filter((entry) => path.startsWith(entry.path))
      .reduce((total, entry) => total + entry.ms, 0);
  }

  record(method: string, url: string): void {
    this.requests.push({ method, url, at: Date.now() });
  }
}

export function parseFaultRule(input: unknown): FaultRule {
  if (typeof input !== "object" || input === null) {
    throw new TypeError("A fault rule is a JSON object");
  }
  const raw = input as Record<string, unknown>;
  if (typeof raw.path !== "string" || !raw.path.startsWith("/")) {
    throw new TypeError('"path" must be a path starting with "/"');
  }
  const count = raw.count === undefined ? 1 : Number(raw.count);
  if (!Number.isInteger(count) || count < 1) {
    throw new TypeError('"count" must be a positive whole number');
  }
  const rule: FaultRule = { path: raw.path, count };
  if (typeof raw.method === "string") rule.method = raw.method;
  if (raw.delayMs !== undefined) rule.delayMs = Number(raw.delayMs);
  if (raw.drop === "before") rule.action = { kind: "drop-before" };
  else if (raw.drop === "after") rule.action = { kind: "drop-after" };
  else if (raw.status !== undefined) {
    const status = Number(raw.status);
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new TypeError('"status" must be an HTTP status code');
    }
    rule.action = { kind: "status", status, body: raw.body };
  }
  return rule;
}
