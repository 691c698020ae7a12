import type { Draft } from '../draft';
import { MAX_GAP, type Element } from './pattern';

interface PrefixEdge<T> {
  value: string;
  node: TrieNode<T>;
}

interface TrieNode<T> {
  stems: Map<string, TrieNode<T>>;
  exact: Map<string, TrieNode<T>>;
  /** Prefix edges indexed by their first character, so a token only tests a few. */
  prefixes: Map<string, PrefixEdge<T>[]>;
  gap?: TrieNode<T>;
  ends: T[];
}

const newNode = <T>(): TrieNode<T> => ({ stems: new Map(), exact: new Map(), prefixes: new Map(), ends: [] });

/**
 * Every phrase (built-in lexicons and pack rules) in one trie over word keys: a draft is scanned
 * once, and each token only follows the edges that exist, so 1,000+ phrases cost about as much
 * as ten. Phrases never span a sentence end, a link or a placeholder.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = newNode();
  size = 0;

  add(elements: readonly Element[], target: T): void {
    let node = this.root;
    for (const element of elements) node = this.child(node, element);
    node.ends.push(target);
    this.size++;
  }

  private child(node: TrieNode<T>, element: Element): TrieNode<T> {
    if (element.kind === 'gap') return (node.gap ??= newNode());
    if (element.kind === 'prefix') {
      const first = element.value[0] ?? '';
      let edges = node.prefixes.get(first);
      if (!edges) node.prefixes.set(first, (edges = []));
      let edge = edges.find((e) => e.value === element.value);
      if (!edge) edges.push((edge = { value: element.value, node: newNode() }));
      return edge.node;
    }
    const map = element.kind === 'stem' ? node.stems : node.exact;
    let next = map.get(element.value);
    if (!next) map.set(element.value, (next = newNode()));
    return next;
  }

  /** Calls `onMatch` with the first and last token index of every phrase occurrence. */
  scan(draft: Draft, onMatch: (target: T, first: number, last: number) => void): void {
    const { tokens, keys, masked, breakBefore } = draft;
    const count = tokens.length;

    const step = (node: TrieNode<T>, first: number, j: number): void => {
      if (j >= count || masked[j] || (j > first && breakBefore[j])) return;
      const norm = tokens[j]!.norm;
      const byStem = node.stems.get(keys[j]!);
      if (byStem) visit(byStem, first, j);
      if (node.exact.size) {
        const byWord = node.exact.get(norm);
        if (byWord) visit(byWord, first, j);
      }
      if (node.prefixes.size) {
        const edges = node.prefixes.get(norm[0] ?? '');
        if (edges) for (const edge of edges) if (norm.startsWith(edge.value)) visit(edge.node, first, j);
      }
    };

    const visit = (node: TrieNode<T>, first: number, last: number): void => {
      for (const target of node.ends) onMatch(target, first, last);
      step(node, first, last + 1);
      if (!node.gap) return;
      for (let j = last + 1; j <= last + 1 + MAX_GAP && j < count; j++) {
        if (breakBefore[j] || masked[j]) break;
        step(node.gap, first, j);
      }
    };

    for (let i = 0; i < count; i++) step(this.root, i, i);
  }
}
