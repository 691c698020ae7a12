import { CloseIcon, CollapseIcon } from './icons';
import { useT } from './i18n';
import { closePanel, setCollapsed } from './panel-actions';
import { ToneStatus } from './tone/ToneStatus';
import { useDrag } from './useDrag';

export function PanelHeader() {
  const t = useT();
  const { dragging, handlers } = useDrag();
  return (
    <div className={dragging ? 'header dragging' : 'header'} title={t('dragHint')} {...handlers}>
      <span className="logo" aria-hidden="true">T</span>
      <span className="title" id="trustops-panel-title">{t('title')}</span>
      <ToneStatus />
      <button type="button" className="icon-button" data-testid="trustops-collapse" aria-label={t('collapse')} title={t('collapse')} onClick={() => setCollapsed(true)}>
        <CollapseIcon />
      </button>
      <button type="button" className="icon-button" data-testid="trustops-close" aria-label={t('close')} title={t('close')} onClick={() => closePanel({ returnFocus: true })}>
        <CloseIcon />
      </button>
    </div>
  );
}
