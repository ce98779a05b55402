export interface AvatarProps {
  name: string;
  /** Shown only when it is an http(s) URL; initials otherwise. */
  src: string | null;
  size?: "small" | "large";
}

/** A picture, or initials when there is none. */
export function Avatar({ name, src, size = "large" }: AvatarProps) {
  const className = `avatar avatar-${size}`;
  if (src && /^https?:\/\//i.test(src)) {
    return (
      <img class={className} src={src} alt="" referrerPolicy="no-referrer" />
    );
  }

  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  return (
    <span class={className} aria-hidden="true">
      {initials || "?"}
    </span>
  );
}
