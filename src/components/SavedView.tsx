import { useApp } from "./context.ts";
import { UserBar } from "./UserBar.tsx";

/** Confirms the save and links to the contact in the CRM. */
export function SavedView() {
  const app = useApp();
  const saved = app.note.saved.value;
  if (!saved) return null;
  const url = app.contactUrl(saved.contactId);

  return (
    <div class="stack">
      <UserBar />
      <p class="notice notice-success" data-autofocus tabIndex={-1}>
        {app.strings.noteSaved}
      </p>
      {url && (
        <a class="primary-link" href={url} target="_blank" rel="noopener">
          {app.strings.openInCrm}
        </a>
      )}
    </div>
  );
}
