import { useApp } from "./context.ts";

/** Reads status changes out to screen readers. */
export function LiveRegion() {
  const app = useApp();

  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {app.panel.announcement.value}
    </div>
  );
}
