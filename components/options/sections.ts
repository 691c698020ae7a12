import type { ComponentType } from 'react';
import type { OptionsKey } from '../../lib/i18n/options';
import { IdeasSection } from './ideas/IdeasSection';
import { LibrarySection } from './library/LibrarySection';
import { MetricsSection } from './sla/metrics/MetricsSection';
import { QueueSection } from './sla/QueueSection';
import { SlaSection } from './sla/SlaSection';
import { SettingsSection } from './settings/SettingsSection';
import { ToneSection } from './tone/ToneSection';

export interface OptionsSection {
  /** Also the address fragment: options.html#tone opens that section. */
  id: string;
  label: OptionsKey;
  /** A short glyph for the navigation (text, so no image can load). */
  icon: string;
  Component: ComponentType;
}

/**
 * The dashboard's sections, in navigation order. Adding a section = one component file plus one
 * line here; the placeholders are replaced by their owners' components.
 */
export const SECTIONS: readonly OptionsSection[] = [
  { id: 'library', label: 'navLibrary', icon: '☰', Component: LibrarySection },
  { id: 'tone', label: 'navTone', icon: '✎', Component: ToneSection },
  { id: 'sla', label: 'navSla', icon: '◷', Component: SlaSection },
  { id: 'queue', label: 'navQueue', icon: '≣', Component: QueueSection },
  { id: 'metrics', label: 'navMetrics', icon: '▥', Component: MetricsSection },
  { id: 'ideas', label: 'navIdeas', icon: '✦', Component: IdeasSection },
  { id: 'settings', label: 'navSettings', icon: '⚙', Component: SettingsSection },
];

export function sectionById(id: string): OptionsSection {
  return SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]!;
}
