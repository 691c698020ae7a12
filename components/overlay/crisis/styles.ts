/** The crisis banner (CrisisBanner.tsx): the danger colour, the reason first, two short lines. */
export const CRISIS_CSS = /* css */ `
.crisis-banner { margin: 0 12px 8px; padding: 6px 10px; border-radius: 8px; border: 1px solid var(--danger);
  background: var(--danger-soft); color: var(--text); display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.crisis-banner .crisis-line { margin: 0; display: flex; flex-wrap: wrap; column-gap: 8px; align-items: baseline; }
.crisis-banner .crisis-title { color: var(--danger); font-size: 12px; }
.crisis-banner .crisis-reason { font-weight: 600; overflow-wrap: anywhere; }
.crisis-banner .crisis-meta { color: var(--muted); }
.crisis-banner .crisis-contacts { overflow-wrap: anywhere; }
`;
