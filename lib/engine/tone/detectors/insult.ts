import { say, type LexiconGroup } from '../lexicon';

/** Insulting words about people, in all word forms (prefixes cover declension). */
export const insultLexicon: LexiconGroup[] = [
  {
    ruleId: 'insult',
    category: 'insult',
    patterns: [
      'дурак*', '=дура|=дуры|=дуре|=дуру|=дурой', 'дурочк*', 'дурачок|дурачк*', 'идиот*', 'дебил*', 'кретин*',
      'имбецил*', 'тупиц*', 'туп', 'тупост*', 'тупорыл*', 'безмозгл*', 'придур*', 'олух*', 'болван*', 'бестолоч*',
      'неадекват*', 'быдл*', 'хамло', '=лох|=лохи|=лоха|=лохов|=лохам', 'лошар*', 'урод', 'уродина', 'мудак*', 'мудил*',
      'дегенерат*', '=чмо', 'скотин*', 'сволоч*', '=тварь', 'нищеброд*', 'неуч*', 'невежд*', 'криворук*',
      'истеричк*', '=псих|=психи|=психа|=психов', 'глуп* вопрос*|клиент*|человек*|люд*|покупател*',
      // Words that insult only when said of the reader: «ну ты и клоун», «вы тормоза».
      'ты|вы и? клоун*|баран*|=овца|=овцы|=осел|=ослы|=козел|=козлы|=свинья|=свиньи|=тормоз|=тормоза',
      'you clown*|donkey*|pig|pigs',
      'idiot*', 'stupid', 'moron*', 'dumb', 'dumbass*', '=fool|=fools', 'foolish', 'imbecil*', 'cretin*',
      '=loser|=losers', '=jerk|=jerks', 'retard*', 'dimwit*', 'halfwit*', 'numbskull*', 'brainless', 'clueless',
      'incompetent', 'pathetic', 'ignorant',
    ],
    message: (lang, matched) =>
      say(
        lang,
        `«${matched}» — оскорбление; так нельзя говорить о людях.`,
        `"${matched}" is an insult; never say this about people.`,
      ),
  },
];
