import type { Draft } from '../draft';

/** Openers of a habitual, generic statement: «Когда осваиваешь…», «Порой идёшь по улице и вспоминаешь…». */
const GENERIC_OPENER = /^(?:когда|порой|иногда|бывает|обычно|часто|зачастую)$/;

/** Question words that, before an infinitive, make an impersonal question: «Как понять, что ты устал». */
const QUESTION_WORD = /^(?:как|что|где|куда|зачем|почему|чем|кому|кого|какой|какую|какие|сколько)$/;
const INFINITIVE = /(?:ть|ться|ти|тись|чь|чься)$/;

/** Words of a generic statement: «каждому нужен человек, который…», «любой знает…». */
const UNIVERSAL = /^(?:кажд\p{L}*|люб(?:ой|ому|ого|ая|ую|ые|ым)|всяк\p{L}*|никто|никому|никого)$/u;

/** Present/future «ты» verb forms: «едешь», «любишь», «учишься». */
const SECOND_PERSON = /(?:шь|шься)$/;
const FIRST_PERSON = /^(?:мы|нас|нам|нами|наш\p{L}*|я|меня|мне)$/u;
const TY = /^(?:ты|тебе|тебя)$/;
/** An infinitive subject before a dash: «Быть программистом — …». */
const INFINITIVE_SUBJECT = /(?:ть|ться|ти)\s[^—–\n]{0,60}\s[—–]\s/u;

/** What the address-form detector knows about «ты» words (kept there, with its word lists). */
export interface YouForms {
  isPronoun(word: string): boolean;
  isImperative(word: string): boolean;
  /** Any «ты» form: pronoun, imperative or 2nd-person verb. */
  addresses(word: string): boolean;
}

interface SentenceFacts {
  first: number;
  last: number;
  universal: boolean;
  proverb: boolean;
  /** Token indexes of clause starts (sentence start, after a colon) that open a generic clause. */
  genericOpeners: number[];
  /** End offset of the first infinitive subject before a dash, or Infinity. */
  infinitiveSubjectEnd: number;
  /** Index of the first «ты» pronoun token, or Infinity. */
  firstTy: number;
}

/**
 * The generic «ты» of a saying or a description, addressed to nobody in particular: a sentence with a
 * universal word («каждому нужен…, который … тебя»), one whose subject is an infinitive before a
 * dash («быть программистом — …: и зарабатываешь много»), a clause opened by a habitual word
 * («Картинка недели: когда наконец дождался пятницы»), an impersonal infinitive question («Как понять,
 * что тебя обманывают»), or a proverb («Тише едешь — дальше будешь»). Facts are computed once per
 * sentence, so a long draft full of «ты» stays linear.
 */
export class GenericSentences {
  private readonly facts = new Map<number, SentenceFacts>();
  constructor(
    private readonly draft: Draft,
    private readonly forms: YouForms,
  ) {}

  addressesNobody(i: number, word: string): boolean {
    const facts = this.factsOf(i);
    const { draft } = this;
    // After a generic opener, present-tense forms and «ты» describe anyone; an imperative still addresses the reader.
    const describes = this.forms.isPronoun(word) || SECOND_PERSON.test(word);
    if (describes && facts.genericOpeners.length && facts.genericOpeners[0]! <= i) return true;
    if (facts.universal || facts.proverb) return true;
    return facts.infinitiveSubjectEnd <= draft.tokens[i]!.start && facts.firstTy >= i;
  }

  private factsOf(i: number): SentenceFacts {
    const id = this.draft.sentence[i]!;
    let facts = this.facts.get(id);
    if (!facts) this.facts.set(id, (facts = this.compute(i)));
    return facts;
  }

  private compute(i: number): SentenceFacts {
    const { draft } = this;
    const { tokens, sentence, text } = draft;
    const id = sentence[i]!;
    let first = i;
    while (first > 0 && sentence[first - 1] === id) first--;
    let last = i;
    while (last + 1 < tokens.length && sentence[last + 1] === id) last++;
    const genericOpeners: number[] = [];
    let universal = false;
    let firstTy = Infinity;
    let clauseOpen = true;
    for (let k = first; k <= last; k++) {
      const norm = tokens[k]!.norm;
      if (k > first && /:/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) clauseOpen = true;
      // A link before the words (a preview link) is no word: the clause opens at the first real word.
      if (clauseOpen && !draft.masked[k]) {
        clauseOpen = false;
        if (this.opensGenerically(k)) genericOpeners.push(k);
      }
      if (UNIVERSAL.test(norm)) universal = true;
      if (firstTy === Infinity && TY.test(norm)) firstTy = k;
    }
    const from = tokens[first]!.start;
    const subject = INFINITIVE_SUBJECT.exec(text.slice(from, tokens[last]!.end));
    return {
      first,
      last,
      universal,
      proverb: this.isProverb(first, last),
      genericOpeners,
      infinitiveSubjectEnd: subject ? from + subject.index + subject[0].length : Infinity,
      firstTy,
    };
  }

  private opensGenerically(k: number): boolean {
    const { tokens, sentence } = this.draft;
    const norm = tokens[k]!.norm;
    if (GENERIC_OPENER.test(norm)) return true;
    const next = tokens[k + 1];
    return QUESTION_WORD.test(norm) && next !== undefined && sentence[k + 1] === sentence[k] && INFINITIVE.test(next.norm);
  }

  /**
   * A proverb: two short halves around a dash, the first with a «ты» verb in the indicative, the second
   * with another «ты» form («Поспешишь — людей насмешишь», «Любишь кататься — люби и саночки возить»),
   * no pronoun «ты» and no «мы» of the brand. An offer («Закажи сейчас — получишь скидку») opens with
   * an imperative, so it still counts.
   */
  private isProverb(first: number, last: number): boolean {
    const { draft, forms } = this;
    if (last - first > 9) return false;
    let dash = -1;
    for (let k = first + 1; k <= last; k++)
      if (/^\s+[—–]\s+$/.test(draft.text.slice(draft.tokens[k - 1]!.end, draft.tokens[k]!.start))) {
        if (dash >= 0) return false;
        dash = k;
      }
    if (dash < 0 || dash - first > 5 || last - dash + 1 > 6) return false;
    const words = (from: number, to: number) => draft.tokens.slice(from, to + 1).map((t) => t.norm);
    const head = words(first, dash - 1);
    const tail = words(dash, last);
    if ([...head, ...tail].some((w) => forms.isPronoun(w) || FIRST_PERSON.test(w))) return false;
    // The second half may hold an imperative no list knows («люби»): any verb-like -и/-ь form counts there.
    const addresses = (w: string) => forms.addresses(w) || (w.length >= 4 && /[иь]$/.test(w));
    return head.some((w) => SECOND_PERSON.test(w) && !forms.isImperative(w)) && !head.some(forms.isImperative) && tail.some(addresses);
  }
}
