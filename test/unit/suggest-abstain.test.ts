import { describe, expect, it } from 'vitest';
import { AbstainCalibration } from '../../lib/engine/suggest/abstain';
import { createSuggestIndex } from '../../lib/engine/suggest';
import type { Reply } from '../../lib/schema/pack';

describe('AbstainCalibration', () => {
  it('has no bar until enough picks were judged', () => {
    const calibration = new AbstainCalibration(0.05, 40, 1000);
    for (let i = 0; i < 39; i++) calibration.add(i);
    expect(calibration.threshold()).toBeUndefined();
    calibration.add(39);
    expect(calibration.threshold()).toBe(2); // 2 of 40 judged scores lie below it: 5%
  });

  it('follows the most recent scores', () => {
    const calibration = new AbstainCalibration(0.1, 10, 10);
    for (let i = 0; i < 10; i++) calibration.add(1);
    for (let i = 0; i < 10; i++) calibration.add(5 + i);
    expect(calibration.threshold()).toBe(6);
  });
});

const reply = (id: string, title: string, body: string, examples: string[] = []): Reply => ({
  id, title, body, tags: [], examples, platforms: [], lang: 'en',
});

describe('learning before the model joins', () => {
  const replies = [
    reply('refund', 'Refund timing', 'Refunds reach your card in 3 to 10 business days.', ['when do i get my money back']),
    reply('delivery', 'Delivery is late', 'The courier is on the way.', ['where is my parcel']),
    reply('hours', 'Opening hours', 'We are open 10 am to 10 pm.', ['what time do you open']),
  ];

  it('a pick that is no near-repeat leaves the cold ranking as it was', () => {
    const cold = createSuggestIndex(replies);
    const learned = createSuggestIndex(replies, [{ text: 'my money for the parcel is late, where is it', replyId: 'hours' }]);
    for (const message of ['when do i get my money back', 'where is my parcel', 'is the courier late'])
      expect(learned.suggest(message).map((s) => s.replyId)).toEqual(cold.suggest(message).map((s) => s.replyId));
  });

  it('a near-repeat of an answered message ranks its reply first', () => {
    const learned = createSuggestIndex(replies, [{ text: 'is the shop open on sunday evening', replyId: 'hours' }]);
    expect(learned.suggest('is the shop open on sunday')[0]?.replyId).toBe('hours');
  });
});
