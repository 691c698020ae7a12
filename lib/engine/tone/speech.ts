/**
 * Direct speech written without quotation marks, the way Russian prose and news posts write it:
 * «Ты где? — спросил курьер», «— Без комментариев, — бросил он», «Клиент написал: верни деньги».
 * These are someone else's words (a character, an official, a customer), not the brand's own voice,
 * so detectors treat them like quotes.
 */

/**
 * Verbs of saying in the third person (past and present): they attribute words to someone else.
 * First-person forms («сообщаем», «напоминаем») are the brand speaking and are not listed.
 */
const SPEECH_VERB =
  '(?:сказал[аио]?|говори(?:т|ли?|ла)|говорят|спросил[аи]?|спрашива(?:ет|ют|л[аи]?)|ответил[аи]?|отвеча(?:ет|ют|л[аи]?)|' +
  'написал[аи]?|пишет|пишут|крикнул[аи]?|крича(?:л[аи]?)|закричал[аи]?|заявил[аи]?|заявля(?:ет|ют)|сообщил[аи]?|' +
  'пояснил[аи]?|поясня(?:ет|ют)|объяснил[аи]?|добавил[аи]?|уточнил[аи]?|рассказал[аи]?|рассказыва(?:ет|ют)|' +
  'призна(?:лся|лась|лись|ется|ются)|отметил[аи]?|подчеркнул[аи]?|возмутил(?:ся|ась|ись)|удивил(?:ся|ась|ись)|' +
  'пошутил[аи]?|бросил[аи]?|буркнул[аи]?|вздохнул[аи]?|продолжил[аи]?|заверил[аи]?|предупредил[аи]?|' +
  'воскликнул[аи]?|прокомментировал[аи]?|said|says|asked|replied|wrote|added|told)';

/** «…? — спросил курьер», «…, — сказали в пресс-службе»: speech, its closing mark, a dash, a verb of saying. */
const ATTRIBUTED = new RegExp(`[,!?…][ \\t]+[—–][ \\t]+(?:\\p{L}+[ \\t]+)?${SPEECH_VERB}(?![\\p{L}])`, 'giu');

/** «Клиент написал: верни деньги»: a verb of saying, a colon, and the words said up to the sentence end. */
const INTRODUCED = new RegExp(`(?<![\\p{L}])${SPEECH_VERB}[^\\n:.!?]{0,40}:[ \\t]*([^\\n]+?)(?=[.!?…](?:\\s|$)|\\n|$)`, 'giu');

const MAX_SPEECH = 400;
const OWN_SPEAKER = /(?<![\p{L}])(?:наш\p{L}*|our)(?![\p{L}])/iu;

const SENTENCE_MARKS = '.!?…';

/** Not a dialogue line: the speech is the sentence that the mark at `end` closes («Ты где?! — …»). */
function sentenceStart(text: string, lineStart: number, end: number): number {
  let k = end - 1;
  while (k >= lineStart && SENTENCE_MARKS.includes(text[k]!)) k--; // «?!» closes one sentence
  while (k >= lineStart && !SENTENCE_MARKS.includes(text[k]!)) k--;
  return k + 1;
}

export function findDirectSpeech(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(ATTRIBUTED)) {
    const end = match.index; // the mark that closes the speech
    // «…, — сказал наш представитель»: the brand's own spokesperson still speaks for the brand.
    if (OWN_SPEAKER.test(text.slice(end, end + match[0].length + 40).split(/[.!?\n]/)[0]!)) continue;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    const dialogue = /^[ \t]*[—–]/.exec(line);
    let start: number;
    if (dialogue) start = lineStart + dialogue[0].length;
    else start = sentenceStart(text, lineStart, end);
    if (end - start <= MAX_SPEECH && end > start) spans.push({ start, end: end + 1 });
  }
  for (const match of text.matchAll(INTRODUCED)) {
    const said = match[1]!;
    const start = match.index + match[0].length - said.length;
    if (said.length <= MAX_SPEECH) spans.push({ start, end: start + said.length });
  }
  return spans;
}
