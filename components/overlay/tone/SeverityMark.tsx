import type { ToneFinding } from '../../../lib/engine/tone';
import type { OverlayKey } from '../../../lib/i18n/overlay';
import { BlockedIcon, WarnIcon } from '../icons';
import { useT } from '../i18n';

export const SEVERITY_LABEL: Record<ToneFinding['severity'], OverlayKey> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
};

function InfoIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 7.5v3.5M8 5v.01" />
    </svg>
  );
}

const ICONS = { block: BlockedIcon, warn: WarnIcon, info: InfoIcon } as const;

/**
 * A finding's severity as a small coloured sign (a word per line would take the width the
 * message needs); its name is still read out and shown on hover.
 */
export function SeverityMark({ severity }: { severity: ToneFinding['severity'] }) {
  const t = useT();
  const Icon = ICONS[severity];
  const label = t(SEVERITY_LABEL[severity]);
  return (
    <span className={`severity ${severity}`} title={label} data-testid="trustops-finding-severity">
      <Icon />
      <span className="visually-hidden">{label}: </span>
    </span>
  );
}
