import { create } from 'zustand';
import type { PackRecord, ReplyRecord } from '../../../lib/schema/storage';
import { listPacks, listReplies, listUsage } from '../../../lib/storage/library';

export const usageKey = (packId: string, replyId: string) => `${packId}\u0000${replyId}`;

/** Which dialog of the Library section is open (one at a time). */
export type LibraryDialog =
  | { kind: 'reply'; packId: string | null; reply?: ReplyRecord }
  | { kind: 'create-pack' }
  | { kind: 'rename-pack'; pack: PackRecord };

interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  packs: PackRecord[];
  replies: ReplyRecord[];
  /** Times each reply was picked, by `usageKey`. */
  usage: Map<string, number>;
  /** null = all packs. */
  selectedPackId: string | null;
  query: string;
  tags: string[];
  dialog: LibraryDialog | null;

  refresh: () => Promise<void>;
  selectPack: (id: string | null) => void;
  setQuery: (query: string) => void;
  toggleTag: (tag: string) => void;
  clearTags: () => void;
  openDialog: (dialog: LibraryDialog) => void;
  closeDialog: () => void;
}

// Refreshes requested while one runs collapse into a single follow-up read.
let running: Promise<void> | null = null;
let again = false;

export const useLibrary = create<LibraryState>((set, get) => ({
  status: 'loading',
  packs: [],
  replies: [],
  usage: new Map(),
  selectedPackId: null,
  query: '',
  tags: [],
  dialog: null,

  refresh: () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const [packs, replies, usage] = await Promise.all([listPacks(), listReplies(), listUsage()]);
          const counts = new Map(usage.map((u) => [usageKey(u.packId, u.replyId), u.count]));
          const selected = get().selectedPackId;
          set({
            status: 'ready',
            error: undefined,
            packs,
            replies,
            usage: counts,
            // The selected pack may have been deleted in another tab.
            selectedPackId: selected && packs.some((p) => p.id === selected) ? selected : null,
          });
        } catch (error) {
          set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
        }
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  },
  selectPack: (id) => set({ selectedPackId: id, tags: [] }),
  setQuery: (query) => set({ query }),
  toggleTag: (tag) => set((s) => ({ tags: s.tags.includes(tag) ? s.tags.filter((x) => x !== tag) : [...s.tags, tag] })),
  clearTags: () => set({ tags: [] }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
