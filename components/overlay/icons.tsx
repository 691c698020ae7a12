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
