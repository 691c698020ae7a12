import type { Finding, Severity } from '../../schema/rules';
import type { Draft } from './draft';
import type { BuiltinFixKind } from './fixes';
import type { ResolvedProfile } from './profile';

/** Language of a draft: decides the language of finding messages unless `messageLang` is given. */
export type Lang = 'ru' | 'en';
/** Language of finding messages (the interface language); fixes always follow the draft. */
export type MessageLang = Lang;

export interface CheckOptions {
  platform?: string;
  kind?: 'reply' | 'post';
  /** Keys from `findingKey` the user chose to ignore (once, in this thread or always). */
  ignore?: ReadonlySet<string>;
  /** Messages in this language instead of the draft's (e.g. the interface language); fixes keep the draft's. */
  messageLang?: MessageLang;
  /**
   * Crisis mode (detectors/crisis.ts): jokes, emoji and promotion block, a reply needs an apology or
   * acknowledgement and a time to come back, refusing to comment always blocks. Default: the
   * profile's `crisis` flag (set by the background while a crisis is in force), else off.
   */
  crisis?: boolean;
}

/** A finding plus its stable ignore key (`findingKey`); the extra key is dropped by FindingSchema. */
export interface ToneFinding extends Finding {
  key: string;
  /** The fix replaces the draft from here when it reaches before `start` (apply it with fixes.ts `applyFix`). */
  fixStart?: number;
  /** The fix replaces the draft up to here when it reaches past `end`. */
  fixEnd?: number;
  /** Which built-in fix this is (fixes.ts `BUILTIN_FIX_KINDS`); absent for custom rules' replacements. */
  fixKind?: BuiltinFixKind;
}

export interface ToneChecker {
  check(text: string, options?: CheckOptions): ToneFinding[];
  /** Custom rules that could not be compiled; they are skipped, the others still run. */
  readonly ruleErrors: { ruleId: string; error: string }[];
}

/** What a detector reports before severities, ignore keys and sorting are applied. */
export interface RawFinding {
  ruleId: string;
  category: string;
  start: number;
  end: number;
  message: string;
  fix?: string;
  /** See ToneFinding: the fix's replacement range when wider than start..end. */
  fixStart?: number;
  fixEnd?: number;
  fixKind?: BuiltinFixKind;
  /** Custom rules carry their own severity; built-ins take theirs from the category. */
  severity?: Severity;
}

export interface DetectContext {
  profile: ResolvedProfile;
  platform: string | undefined;
  kind: 'reply' | 'post';
  /** Language of the messages: the option when given, else the draft's. Detection logic keeps `draft.lang`. */
  messageLang: Lang;
}

/** A detector that scans the draft itself (regexes, token rules, whole-draft checks). */
export type ScanDetector = (draft: Draft, ctx: DetectContext) => RawFinding[];
