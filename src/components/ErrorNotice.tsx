import type { CrmError } from "../crm/errors.ts";
import { describeError } from "../i18n/index.ts";
import { useApp } from "./context.ts";

export interface ErrorNoticeProps {
  error: CrmError;
  /** Offers "Try again" when given. */
  onRetry?: () => void;
}

/** What went wrong, and a way to try again. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { strings } = useApp();

  return (
    <div class="notice notice-error" role="alert">
      <span>{describeError(error, strings)}</span>
      {onRetry && (
        <button type="button" class="link-button" onClick={onRetry}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
