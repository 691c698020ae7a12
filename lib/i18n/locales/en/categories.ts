import type { Texts } from '../../translate';
import type { categories as ru } from '../ru/categories';

/** Human names of the built-in tone categories. */
export const categories: Texts<typeof ru> = {
  'pii.phone': 'phone number',
  'pii.email': 'e-mail address',
  'pii.card': 'bank card number',
  'pii.passport': 'passport, SNILS',
  'no-comment': 'refusing to comment',
  'address-form': '«ты» address form',
  'shouting': 'shouting: CAPS, "!!"',
  'overpromise': 'overpromising',
  'blame': 'blaming the customer',
  'insult': 'insults',
  'ad-label': 'unlabelled advertising',
  'ai-leak': 'AI or template leftovers',
  'length': 'message length',
  'link.unknown': 'unknown links',
  'crisis': 'crisis mode',
};
