import { summarize } from '../../../lib/engine/tone/summarize';
import { pluralText } from '../../../lib/i18n/translate';
import { BlockedIcon, CleanIcon, WarnIcon } from '../icons';
import { useT } from '../i18n';
import { useOverlay } from '../useOverlay';
import { useTone } from './store';

const ICONS = { clean: CleanIcon, warn: WarnIcon, blocked: BlockedIcon } as const;

/** The draft's traffic light: clean / N warnings / blocked. Nothing before there is a draft to judge. */
export function ToneStatus() {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const ready = useTone((s) => s.context === 'ready');
  const hasDraft = useTone((s) => s.text.trim() !== '');
  const findings = useTone((s) => s.findings);
  if (!ready || !hasDraft) return null;
  const { status, warnings } = summarize(findings);
  const Icon = ICONS[status];
  const label =
    status === 'blocked'
      ? t('toneBlocked')
      : status === 'warn'
        ? pluralText(t, lang, 'toneWarnings', warnings)
        : t('toneClean');
  return (
    <span className={`tone-status ${status}`} data-testid="trustops-tone-status" data-status={status} title={t('toneLabel')}>
      <Icon />
      <span className="visually-hidden">{t('toneLabel')}: </span>
      {label}
    </span>
  );
}
