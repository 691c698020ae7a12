import type { LexiconGroup } from '../lexicon';
import type { ScanDetector } from '../types';
import { detectAdLabel } from './ad-label';
import { detectAddressForm } from './address-form';
import { aiLeakLexicon, detectAiLeakScan } from './ai-leak';
import { blameLexicon } from './blame';
import { detectCards } from './card';
import { detectEmails } from './email';
import { detectInsultCompounds, insultLexicon } from './insult';
import { detectLength } from './length';
import { detectUnknownLinks } from './link-unknown';
import { noCommentLexicon } from './no-comment';
import { detectHundredPercent, overpromiseLexicon } from './overpromise';
import { detectPassports } from './passport';
import { detectPhones } from './phone';
import { detectShouting } from './shouting';

/** Phrase families matched in the shared single pass over the draft's words. */
export const BUILTIN_LEXICON: readonly LexiconGroup[] = [
  ...noCommentLexicon,
  ...overpromiseLexicon,
  ...blameLexicon,
  ...insultLexicon,
  ...aiLeakLexicon,
];

/** Detectors that read the draft directly (number formats, links, capitals, whole-draft checks). */
export const BUILTIN_SCANNERS: readonly ScanDetector[] = [
  detectPhones,
  detectEmails,
  detectCards,
  detectPassports,
  detectAddressForm,
  detectShouting,
  detectInsultCompounds,
  detectHundredPercent,
  detectAdLabel,
  detectAiLeakScan,
  detectLength,
  detectUnknownLinks,
];
