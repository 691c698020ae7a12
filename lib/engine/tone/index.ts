/**
 * Tone-of-voice checker (DESIGN.md "Tone findings"): built-in categories for Russian and English
 * plus pack rules (phrases on word forms, RE2 regexes). Pure TypeScript, shared by the extension
 * and the CLI. Messages follow the draft's language (Russian draft → Russian messages)
 * unless the check asks for `messageLang` (the interface language).
 */
export { createToneChecker } from './checker';
export { summarize } from './summarize';
export { findingKey } from './finding-key';
export { applyFix, applyAllFixes, fixAllEdits, fixRange, BUILTIN_FIX_KINDS, type BuiltinFixKind, type TextEdit } from './fixes';
export { validateRule, testRule } from './custom/validate';
export { DEFAULT_SEVERITIES } from './severity';
export { SHORTENERS } from './detectors/link-unknown';
export type { CheckOptions, MessageLang, ToneChecker, ToneFinding } from './types';
export type { BrandProfile, BrandProfileInput } from '../../schema/profile';
