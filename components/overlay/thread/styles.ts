/** CSS of the thread parts of the panel (appended to OVERLAY_CSS; the custom properties are `.surface`'s). */
export const THREAD_CSS = /* css */ `
.markup-notice {
  margin: 8px 12px 0;
  padding: 6px 10px;
  border-radius: 8px;
  background: var(--warn-soft);
  color: var(--warn);
  font-size: 12px;
  font-weight: 500;
}
.thread-line {
  display: flex;
  align-items: baseline;
  gap: 6px;
  padding: 8px 12px 0;
  font-size: 12px;
  min-width: 0;
}
.thread-site { flex: none; color: var(--muted); }
.thread-site::after { content: "·"; margin-left: 6px; }
.thread-title { flex: 1; min-width: 0; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;
