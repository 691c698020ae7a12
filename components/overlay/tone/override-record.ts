import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * The audit record of a "send anyway" while it is being stored, or why it could not be. The held
 * send is released only after the background confirmed the record; until then, or when it failed,
 * the panel says so, for the draft `text` (another draft shows nothing of it).
 */
export interface OverrideRecord {
  text: string;
  /** recording: waiting for the background; gone: extension reloaded; timeout/refused: not confirmed. */
  state: 'recording' | 'gone' | 'timeout' | 'refused';
}

const overrideStore = createStore<{ record: OverrideRecord | null }>()(() => ({ record: null }));

export const getOverride = () => overrideStore.getState().record;
export const setOverride = (record: OverrideRecord | null) => overrideStore.setState({ record });
/** A fresh start (startOverlay): no record of an earlier start is shown. */
export const resetOverride = () => overrideStore.setState({ record: null });

export function useOverride(): OverrideRecord | null {
  return useStore(overrideStore, (s) => s.record);
}
