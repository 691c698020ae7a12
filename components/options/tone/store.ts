import { create } from 'zustand';
import type { ToneRule } from '../../../lib/schema/rules';
import type { AuditRecord, PackRecord } from '../../../lib/schema/storage';
import { listPacks } from '../../../lib/storage/library';
import { activeRules, listAudit } from '../../../lib/storage/tone';
import type { ProfileForm } from './profile/profile-form';

export type ToneTab = 'profile' | 'rules' | 'exceptions';

/** Which rule the editor dialog is open on (none when `rule` is absent: a new rule). */
export interface RuleDialog {
  packId: string;
  rule?: ToneRule;
}

interface ToneState {
  tab: ToneTab;
  packs: PackRecord[];
  /** What the overlay checks drafts with: enabled rules of enabled packs. */
  activeRules: ToneRule[];
  audit: AuditRecord[];
  selectedPackId: string | null;
  /** The profile as being edited; null = unchanged from the saved one. Kept across sections. */
  profileDraft: ProfileForm | null;
  ruleDialog: RuleDialog | null;

  setTab: (tab: ToneTab) => void;
  refreshRules: () => Promise<void>;
  refreshAudit: () => Promise<void>;
  selectPack: (id: string) => void;
  setProfileDraft: (draft: ProfileForm | null) => void;
  openRuleDialog: (dialog: RuleDialog) => void;
  closeRuleDialog: () => void;
}

export const useTone = create<ToneState>((set, get) => ({
  tab: 'profile',
  packs: [],
  activeRules: [],
  audit: [],
  selectedPackId: null,
  profileDraft: null,
  ruleDialog: null,

  setTab: (tab) => set({ tab }),
  refreshRules: async () => {
    const [packs, rules] = await Promise.all([listPacks(), activeRules()]);
    const selected = get().selectedPackId;
    // Keep the chosen pack; else the first pack that has rules, else the first pack.
    const selectedPackId = packs.some((p) => p.id === selected)
      ? selected
      : (packs.find((p) => p.rules.length) ?? packs[0])?.id ?? null;
    set({ packs, activeRules: rules, selectedPackId });
  },
  refreshAudit: async () => set({ audit: await listAudit() }),
  selectPack: (id) => set({ selectedPackId: id }),
  setProfileDraft: (profileDraft) => set({ profileDraft }),
  openRuleDialog: (ruleDialog) => set({ ruleDialog }),
  closeRuleDialog: () => set({ ruleDialog: null }),
}));

// Closing or reloading the page (a language change reloads it) with an unsaved profile asks
// first, whichever section is open: the draft outlives the Tone section.
const warnBeforeLeaving = (event: BeforeUnloadEvent) => event.preventDefault();
useTone.subscribe(({ profileDraft }) => {
  if (profileDraft) addEventListener('beforeunload', warnBeforeLeaving);
  else removeEventListener('beforeunload', warnBeforeLeaving);
});
