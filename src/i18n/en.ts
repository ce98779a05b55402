/** The Clipper's English strings; accessible names here are a contract. */
export const en = {
  launcher: "Save to CRM",
  title: "Save to CRM",
  close: "Close",
  loading: "Loading…",

  signInTitle: "Sign in to Atomic CRM",
  email: "Email",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  signedIn: (name: string) => `Signed in as ${name}`,
  signOut: "Sign out",
  signedOut: "Signed out",

  contact: "Contact",
  finding: "Looking for the contact…",
  found: (count: number) =>
    count === 1 ? "1 contact found" : `${count} contacts found`,
  noMatch: (email: string) => `No contact has the address ${email}.`,
  invalidEmail: (email: string) =>
    `"${email}" is not a valid email address. Search for the contact.`,
  noEmail: "Search for the contact this note is about.",
  severalMatch: "Several contacts have this address. Choose one.",
  searchLabel: "Search contacts",
  search: "Search",
  noResults: "No contact found.",
  openTasks: (count: number) =>
    count === 1 ? "1 open task" : `${count} open tasks`,

  note: "Note",
  status: "Status",
  noStatus: "No status",
  saveNote: "Save note",
  saving: "Saving…",
  retrying: "Retrying…",
  queued:
    "You are offline. The note is kept and will be sent when the connection returns.",
  saveHint: "Ctrl+Enter saves",
  chooseContact: "Choose a contact first.",
  writeNote: "Write the note first.",
  noteSaved: "Note saved",
  openInCrm: "Open in CRM",
  retry: "Try again",

  configTitle: "The Clipper is not configured",
  configHelp: "The page's author needs to change this:",

  errors: {
    invalidCredentials: "Wrong email or password.",
    userBanned:
      "This account is disabled. Ask a CRM administrator to enable it.",
    emailNotConfirmed: "Confirm your email address, then sign in.",
    notSalesperson: "This account is not a salesperson of the CRM.",
    rateLimited: "Too many attempts. Wait a minute, then try again.",
    sessionExpired: "Your session has ended. Sign in again to continue.",
    network: "Cannot reach the CRM. Check the connection, then try again.",
    timeout: "The CRM is not answering. Try again in a moment.",
    forbidden: "The CRM does not allow this for your account.",
    invalid: "The CRM refused this note as invalid. Check its text and status.",
    contactGone:
      "This contact no longer exists in the CRM. The note is kept here: copy it or choose another contact.",
    server: (status: number) => `The CRM failed (error ${status}).`,
    unknown: "Something went wrong. Try again.",
  },
};

/** A strings table; every locale provides the same keys. */
export type Strings = typeof en;
