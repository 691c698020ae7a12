/**
 * Function words and support-chat filler that carry no topic: greetings, pronouns, particles.
 * Negations ("не", "not") are here too — phrase matching (see suggest/concepts) reads them
 * before stop words are dropped, so "не работает" still means "broken".
 * Entries are normalised words (lower case, ё→е), not stems.
 */
const RUSSIAN = `
а ага аж алло опять снова без бы был была были было быть в вам вас ваш ваша ваше вашего вашей вашем вашему
вашим вашими ваши вашу ведь весь вот во вообще все всего всем всех всю вы где да даже
для до добрый доброе доброго дня его ее ей если есть еще ж же за здесь здравствуйте здравствуй
здрасте и из или им их к как какая какие каким какого какое какой каком когда кого кто ли
либо мне мной меня могу можно мой моя мое мои моего моей моим моих мою мы на над надо нам
нас наш наша наше нашего нашей наши не него нее нет ни нибудь ним них но ну о об однако он она
они оно от очень по под подскажите пожалуйста после почему привет при про просто ребята с
сам сама свой свою свои своего своей себе себя сейчас совсем сколько скажите со спрашиваю так также
там твой те тебе тебя тем то тогда того тоже той только том ту тут ты у уже хочу хотел хотела
хотели хотим хотелось чем через что чтобы чтоб чья чье чьи эта эти это этого этой этом этот эту
я нужно нужен нужна нужны будет буду вчера сегодня завтра щас вроде типа короче кстати вон админ админы день вечер утро
`;

const ENGLISH = `
a about all also am an and any are as at be been being both but by can could did do does
doing done for from get got had has have having he hello her here hey hi him his how i if in
into is it its just me my no nor not of on or our ours please she should so some such than
that the their them then there these they this those to too up us very was we were what when
again where which who whom why will with would yes you your yours guys team admin hii im i'm
`;

const STOP_WORDS: ReadonlySet<string> = new Set(
  `${RUSSIAN} ${ENGLISH}`.split(/\s+/).filter(Boolean).map((w) => w.replace(/ё/g, 'е')),
);

/** True for a normalised word that says nothing about the topic of a message. */
export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}
