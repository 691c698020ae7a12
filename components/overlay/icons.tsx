/** Stroke icons drawn inline: no network request and nothing for the host page to restyle. */
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function CollapseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...stroke}>
      <path d="M3.5 8h9" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...stroke}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

/** Draft status icons: drawn, since emoji fonts are missing on many systems (a blank box instead). */
export function CleanIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...stroke}>
      <path d="M3.5 8.5l3 3 6-7" />
    </svg>
  );
}

export function WarnIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...stroke}>
      <path d="M8 2.5l6 11H2z" />
      <path d="M8 7v3M8 12v.01" />
    </svg>
  );
}

export function BlockedIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...stroke}>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M4.2 11.8l7.6-7.6" />
    </svg>
  );
}
