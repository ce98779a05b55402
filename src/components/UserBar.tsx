import { Avatar } from "./Avatar.tsx";
import { useApp } from "./context.ts";

/** Who is signed in, with "Sign out". */
export function UserBar() {
  const app = useApp();
  const person = app.session.salesperson.value;
  if (!person) return null;
  const name = `${person.firstName} ${person.lastName}`.trim();

  return (
    <div class="user-bar">
      <Avatar name={name} src={person.avatarUrl} size="small" />
      <span class="user-name">{app.strings.signedIn(name)}</span>
      <button
        type="button"
        class="link-button"
        onClick={() => void app.signOut()}
      >
        {app.strings.signOut}
      </button>
    </div>
  );
}
