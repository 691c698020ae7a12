import { QueueApp } from '../../queue/QueueApp';
import { lang } from '../i18n';

/** The waiting queue as a dashboard page: the side panel's view, for Firefox and for a big screen. */
export function QueueSection() {
  return (
    <div className="section">
      <QueueApp lang={lang} variant="embedded" />
    </div>
  );
}
