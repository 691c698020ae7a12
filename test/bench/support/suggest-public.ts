/**
 * Data the suggestion bench reads at run time and never stores in the repository: Banking77
 * (../shared/data/public/banking77, CC BY 4.0, Casanueva et al. 2020) and the development brands
 * (../shared/data/brands). Every loader returns null when its files are absent, so the bench can
 * skip with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { PackSchema, type Reply } from '../../../lib/schema/pack';

export interface Utterance {
  text: string;
  category: string;
}

export interface Banking77 {
  categories: string[];
  train: Utterance[];
  test: Utterance[];
}

function readCsv(file: string): Utterance[] {
  const parsed = Papa.parse<Utterance>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.filter((row) => row.text && row.category);
}

export function loadBanking77(dataRoot: string): Banking77 | null {
  const dir = path.join(dataRoot, 'public/banking77');
  const files = ['train.csv', 'test.csv', 'categories.json'].map((f) => path.join(dir, f));
  if (!files.every((f) => existsSync(f))) return null;
  return {
    categories: JSON.parse(readFileSync(files[2]!, 'utf8')) as string[],
    train: readCsv(files[0]!),
    test: readCsv(files[1]!),
  };
}

/**
 * The tuning split: the last fifth of each intent's training utterances (file order) are the dev
 * queries, the rest is the training data. The official test split is only read for the report.
 */
export function devSplit(data: Banking77): Banking77 {
  const byCategory = new Map<string, Utterance[]>();
  for (const u of data.train) byCategory.set(u.category, [...(byCategory.get(u.category) ?? []), u]);
  const train: Utterance[] = [];
  const test: Utterance[] = [];
  for (const list of byCategory.values()) {
    const cut = Math.ceil(list.length * 0.8);
    train.push(...list.slice(0, cut));
    test.push(...list.slice(cut));
  }
  return { categories: data.categories, train, test };
}

/** One reply per intent, worded from the intent's name only ("card_arrival" → "Card arrival"). */
export function intentReplies(categories: readonly string[]): Reply[] {
  return categories.map((category) => {
    const words = category.replace(/[_?]+/g, ' ').trim();
    const title = words[0]!.toUpperCase() + words.slice(1);
    return { id: category, title, body: `Here is how we can help with ${words}.`, tags: [], examples: [], platforms: [], lang: 'en' };
  });
}

/** The first k training utterances of each intent, in file order (the k-shot protocol). */
export function firstK(train: readonly Utterance[], k: number): Utterance[] {
  const seen = new Map<string, number>();
  return train.filter((u) => {
    const n = seen.get(u.category) ?? 0;
    seen.set(u.category, n + 1);
    return n < k;
  });
}

export function withExamples(replies: readonly Reply[], examples: readonly Utterance[]): Reply[] {
  const texts = new Map<string, string[]>();
  for (const u of examples) texts.set(u.category, [...(texts.get(u.category) ?? []), u.text]);
  return replies.map((r) => ({ ...r, examples: [...r.examples, ...(texts.get(r.id) ?? [])] }));
}

export interface Labelled {
  id?: string;
  text: string;
  expected: string[];
  lang?: string;
}

export interface Brand {
  name: string;
  replies: Reply[];
  messages: Labelled[];
}

/** The development brands; `forma-fitness` is held out and reported on its own. */
export function loadBrands(dataRoot: string): Brand[] | null {
  const dir = path.join(dataRoot, 'brands');
  if (!existsSync(dir)) return null;
  const names = ['briz-bank', 'harbor-english', 'syty-enot', 'wattbyte', 'forma-fitness'];
  const brands: Brand[] = [];
  for (const name of names) {
    const pack = path.join(dir, name, 'pack.json');
    const messages = path.join(dir, name, 'messages.jsonl');
    if (!existsSync(pack) || !existsSync(messages)) continue;
    brands.push({
      name,
      replies: PackSchema.parse(JSON.parse(readFileSync(pack, 'utf8'))).replies,
      messages: readFileSync(messages, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Labelled),
    });
  }
  return brands.length ? brands : null;
}

export const HELD_OUT_BRAND = 'forma-fitness';
