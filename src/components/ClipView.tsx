import { ContactPicker } from "./ContactPicker.tsx";
import { ContactSearch } from "./ContactSearch.tsx";
import { NoteForm } from "./NoteForm.tsx";
import { UserBar } from "./UserBar.tsx";

/** Signed in: who the note is about, and the note. */
export function ClipView() {
  return (
    <div class="stack">
      <UserBar />
      <ContactPicker />
      <ContactSearch />
      <NoteForm />
    </div>
  );
}
