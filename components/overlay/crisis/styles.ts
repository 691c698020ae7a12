/** The crisis banner (CrisisBanner.tsx): the danger colour, the reason first. */
export const CRISIS_CSS = /* css */ `
.crisis-banner { margin: 0 12px 10px; padding: 8px 10px; border-radius: 8px; border: 1px solid var(--danger);
  background: var(--danger-soft); color: var(--text); display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.crisis-banner .crisis-title { color: var(--danger); font-size: 13px; }
.crisis-banner .crisis-reason { font-weight: 600; overflow-wrap: anywhere; }
.crisis-banner .crisis-contacts { overflow-wrap: anywhere; }
.crisis-banner .crisis-hint { color: var(--muted); }
`;
