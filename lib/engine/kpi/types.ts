import type { CrisisLogRecord, CrisisState } from '../../schema/crisis';
import type { IdeaRecord } from '../../schema/idea';
import type { AuditRecord, PickRecord, ThreadEventRecord, ThreadRecord } from '../../schema/storage';

/**
 * What the dialogue KPIs are computed from: plain rows as stored (lib/storage/kpi.ts reads them),
 * narrowed to the fields used, so a test fixture stays small.
 */
export interface KpiInput {
  threads: readonly Pick<ThreadRecord, 'id' | 'status' | 'escalatedTo'>[];
  events: readonly Pick<ThreadEventRecord, 'threadId' | 'at' | 'direction' | 'source'>[];
  picks: readonly Pick<PickRecord, 'at' | 'threadId'>[];
  audit: readonly Pick<AuditRecord, 'kind' | 'at' | 'findings'>[];
  ideas: readonly Pick<IdeaRecord, 'createdAt' | 'status' | 'doneAt'>[];
  crisisLog: readonly Pick<CrisisLogRecord, 'at' | 'crisisReason' | 'crisisStartedAt'>[];
  /** The crisis state in the settings now: an active one is an ongoing period. */
  crisis?: Pick<CrisisState, 'active' | 'reason' | 'startsAt' | 'endsAt'>;
}

export interface KpiRange {
  /** Epoch ms; a row counts when from ≤ its time < to. */
  from: number;
  to: number;
  /** IANA zone of the days and months (the SLA policy's). */
  timezone: string;
  /** Epoch ms of "now": the end of an ongoing crisis. */
  now: number;
}

export interface MonthCount {
  /** "YYYY-MM" in the range's zone. */
  month: string;
  count: number;
}

export interface CrisisPeriod {
  /** Epoch ms. */
  start: number;
  /** Epoch ms; null while the crisis is still in force. */
  end: number | null;
  reason: string;
  /** Replies logged during it (the crisis log). */
  replies: number;
}

export interface DialogueKpis {
  /** Threads whose clock stopped (answered or closed as "no reply needed") within the range, by their last event. */
  closedThreads: number;
  closedWithoutEscalation: number;
  /** closedWithoutEscalation / closedThreads; null without closed threads. */
  closedWithoutEscalationShare: number | null;
  ideas: {
    /** Every month the range touches, oldest first, zero months included. */
    createdPerMonth: MonthCount[];
    donePerMonth: MonthCount[];
    created: number;
    done: number;
  };
  acceptance: {
    /** Replies seen sent on a page within the range. */
    sent: number;
    /** Of those, replies sent after a suggestion was inserted in the same thread. */
    picked: number;
    /** sent − picked: written by hand (or a suggestion edited beyond recognition — we cannot tell). */
    typed: number;
    /** picked / sent; null without sent replies. */
    rate: number | null;
    /** Suggestions inserted within the range (whether sent or not). */
    picks: number;
    /** Picks in the range stored without a thread (before picks named their thread): not linkable. */
    unlinkedPicks: number;
  };
  findings: {
    /** Held drafts sent anyway within the range ("send anyway" audit records). */
    sentAnyway: number;
    /** Drafts sent with findings that did not hold them (warnings, notes) within the range. */
    sentWithFindings: number;
    /** Findings per category over the range, most frequent first. */
    perCategory: { category: string; count: number }[];
    /** Per local day ("YYYY-MM-DD"), days without findings left out, ascending. */
    perDay: { date: string; counts: Record<string, number> }[];
  };
  /** Crises that overlap the range, oldest first. */
  crisisPeriods: CrisisPeriod[];
  /** Local days of the range touched by a crisis period ("YYYY-MM-DD"), for shading charts. */
  crisisDays: string[];
}
