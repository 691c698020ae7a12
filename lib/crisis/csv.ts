import Papa from 'papaparse';
import { protectFormula } from '../engine/pack/csv-cells';
import type { CrisisLogRecord } from '../schema/crisis';

/** Columns of the crisis log export, in order. */
export const CRISIS_LOG_COLUMNS = ['sent_at', 'platform', 'site', 'thread', 'title', 'url', 'reply', 'crisis_reason', 'crisis_started_at', 'declared_by'] as const;

/**
 * The crisis log as CSV (RFC 4180, CRLF, header first), oldest reply first, for the review after
 * the crisis. Cells a spreadsheet would run as a formula get a leading apostrophe.
 */
export function crisisLogToCsv(records: readonly CrisisLogRecord[]): string {
  const data = [...records]
    .sort((a, b) => a.at - b.at)
    .map((record) => {
      const row: Record<(typeof CRISIS_LOG_COLUMNS)[number], string> = {
        sent_at: new Date(record.at).toISOString(),
        platform: record.platform,
        site: record.site,
        thread: record.threadId,
        title: record.title,
        url: record.url,
        reply: record.text,
        crisis_reason: record.crisisReason,
        crisis_started_at: record.crisisStartedAt,
        declared_by: record.source,
      };
      return CRISIS_LOG_COLUMNS.map((column) => protectFormula(row[column]));
    });
  return `${Papa.unparse({ fields: [...CRISIS_LOG_COLUMNS], data }, { newline: '\r\n' }).replace(/\r\n$/, '')}\r\n`;
}
