import type { Strings } from "./en.ts";

/** The Clipper's French strings. */
export const fr: Strings = {
  launcher: "Enregistrer dans le CRM",
  title: "Enregistrer dans le CRM",
  close: "Fermer",
  loading: "Chargement…",

  signInTitle: "Connexion à Atomic CRM",
  email: "E-mail",
  password: "Mot de passe",
  signIn: "Se connecter",
  signingIn: "Connexion…",
  signedIn: (name) => `Connecté en tant que ${name}`,
  signOut: "Se déconnecter",
  signedOut: "Déconnecté",

  contact: "Contact",
  finding: "Recherche du contact…",
  found: (count) =>
    count === 1 ? "1 contact trouvé" : `${count} contacts trouvés`,
  noMatch: (email) => `Aucun contact n'a l'adresse ${email}.`,
  invalidEmail: (email: string) =>
    `« ${email} » n’est pas une adresse e-mail valide. Cherchez le contact.`,
  noEmail: "Cherchez le contact concerné par cette note.",
  severalMatch: "Plusieurs contacts ont cette adresse. Choisissez-en un.",
  searchLabel: "Chercher un contact",
  search: "Chercher",
  noResults: "Aucun contact trouvé.",
  openTasks: (count) =>
    count === 1 ? "1 tâche ouverte" : `${count} tâches ouvertes`,

  note: "Note",
  status: "Statut",
  noStatus: "Sans statut",
  saveNote: "Enregistrer la note",
  saving: "Enregistrement…",
  retrying: "Nouvel essai…",
  queued:
    "Vous êtes hors ligne. La note est gardée et sera envoyée au retour de la connexion.",
  saveHint: "Ctrl+Entrée enregistre",
  chooseContact: "Choisissez d'abord un contact.",
  writeNote: "Écrivez d'abord la note.",
  noteSaved: "Note enregistrée",
  openInCrm: "Ouvrir dans le CRM",
  retry: "Réessayer",

  configTitle: "Le Clipper n'est pas configuré",
  configHelp: "L'auteur de la page doit corriger ceci :",

  errors: {
    invalidCredentials: "E-mail ou mot de passe incorrect.",
    userBanned:
      "Ce compte est désactivé. Demandez à un administrateur du CRM de le réactiver.",
    emailNotConfirmed: "Confirmez votre adresse e-mail, puis connectez-vous.",
    notSalesperson: "Ce compte n'est pas un commercial du CRM.",
    rateLimited: "Trop de tentatives. Attendez une minute, puis réessayez.",
    sessionExpired:
      "Votre session a pris fin. Reconnectez-vous pour continuer.",
    network: "Le CRM est injoignable. Vérifiez la connexion, puis réessayez.",
    timeout: "Le CRM ne répond pas. Réessayez dans un instant.",
    forbidden: "Le CRM n'autorise pas cette action pour votre compte.",
    invalid:
      "Le CRM a refusé cette note comme invalide. Vérifiez son texte et son statut.",
    contactGone:
      "Ce contact n'existe plus dans le CRM. La note reste ici : copiez-la ou choisissez un autre contact.",
    server: (status) => `Le CRM a échoué (erreur ${status}).`,
    unknown: "Une erreur est survenue. Réessayez.",
  },
};
