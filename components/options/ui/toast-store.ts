import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  /** An optional action, typically "Undo"; running it dismisses the toast. */
  action?: { label: string; run: () => unknown };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => number;
  dismiss: (id: number) => void;
}

/** Long enough to notice a mistake and press Undo, short enough not to pile up. */
export const TOAST_TIMEOUT_MS = 8000;
const MAX_VISIBLE = 4;
let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, timeoutMs = TOAST_TIMEOUT_MS) => {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_VISIBLE) }));
    setTimeout(() => get().dismiss(id), timeoutMs);
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const showToast = (toast: Omit<Toast, 'id'>, timeoutMs?: number) => useToasts.getState().show(toast, timeoutMs);
