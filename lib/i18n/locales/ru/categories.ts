import type { BuiltinCategory } from '../../../schema/rules';

/**
 * Human names of the built-in tone categories (lib/schema/rules.ts), shown wherever the dashboard,
 * popup or queue would otherwise show an id like `pii.phone`. Custom categories keep their id.
 */
export const categories = {
  'pii.phone': 'телефон',
  'pii.email': 'e-mail',
  'pii.card': 'номер карты',
  'pii.passport': 'паспорт, СНИЛС',
  'no-comment': 'отказ от комментариев',
  'address-form': 'обращение на «ты»',
  'shouting': 'крик: КАПС, «!!»',
  'overpromise': 'обещания без гарантий',
  'blame': 'обвинение клиента',
  'insult': 'оскорбления',
  'ad-label': 'реклама без маркировки',
  'ai-leak': 'следы ИИ и шаблона',
  'length': 'длина сообщения',
  'link.unknown': 'чужие ссылки',
  /** Crisis mode's rules (lib/engine/tone/detectors/crisis.ts); not a category of the profile's severities. */
  'crisis': 'кризисный режим',
} satisfies Record<BuiltinCategory | 'crisis', string>;
