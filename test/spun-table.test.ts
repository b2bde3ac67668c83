/**
 * The spun table enters the windows of its generated rows word by word, as
 * pages first ask for them. What a lookup returns must not depend on which
 * words were asked before, and every row's windows must be found.
 */
import {describe, expect, it} from 'vitest'
import wordnetData from '../src/data/spun-wordnet.json' with {type: 'json'}
import {buildSpunTable, pluralOf, type TrieNode} from '../src/spun/tables.js'

/** A window's node: its first word, then down the trie. */
function walk(table: ReturnType<typeof buildSpunTable>, key: string): TrieNode | undefined {
  const [first, ...rest] = key.split(' ')
  let node = table.first(first as string)
  for (const word of rest) node = node?.children?.get(word)
  return node
}

const rows = [...wordnetData.curatedFull, ...wordnetData.curatedSingle, ...wordnetData.wordnet.filter((_, i) => i % 97 === 0)]
const keys = [...new Set(rows.flatMap((row) => row.split('|').slice(1)))]

describe('spun table', () => {
  it('finds every window of a row with its original (unless the lexicon holds it), and the plural of a compound', () => {
    const table = buildSpunTable()
    for (const row of rows) {
      const [original, ...spun] = row.split('|') as [string, ...string[]]
      for (const key of spun) {
        // A window the curated lexicon holds keeps only the lexicon's reading.
        const found = walk(table, key)?.candidates ?? []
        expect(found.some((c) => c.source === 'lexicon' || c.original === original), key).toBe(true)
        if (key.includes(' ') && !key.endsWith('s')) {
          const words = key.split(' ')
          const plural = [...words.slice(0, -1), pluralOf(words.at(-1) as string)].join(' ')
          expect(walk(table, plural)?.candidates.length, plural).toBeGreaterThan(0)
        }
      }
    }
  })

  it('gives the same nodes whatever order the words are first asked in', () => {
    const forward = buildSpunTable()
    const backward = buildSpunTable()
    const firsts = [...new Set(keys.map((key) => key.split(' ')[0] as string))]
    for (const word of firsts) forward.first(word)
    for (const word of [...firsts].reverse()) backward.first(word)
    for (const word of firsts) expect(backward.first(word), word).toEqual(forward.first(word))
  })

  it('passes the first two words of every window through the pair sieve, plurals too, once the first word was asked', () => {
    const table = buildSpunTable()
    for (const key of keys.flatMap((key) => [key, `${key.slice(0, key.lastIndexOf(' ') + 1)}${pluralOf(key.split(' ').at(-1) as string)}`])) {
      const [first, second] = key.split(' ') as [string, string | undefined]
      if (second === undefined || walk(table, key) === undefined) continue
      const text = `${first} ${second}`
      expect(table.mayPair(text, 0, first.length, first.length + 1, text.length), key).toBe(true)
    }
  })

  it('turns away a pair no window starts with', () => {
    const table = buildSpunTable()
    const first = (keys.find((key) => key.includes(' ')) as string).split(' ')[0] as string
    table.first(first)
    const text = `${first} zzzqx`
    expect(table.mayPair(text, 0, first.length, first.length + 1, text.length)).toBe(false)
  })

  it('has no node for a word that starts no window', () => {
    const table = buildSpunTable()
    expect(table.first('zzzqx')).toBeUndefined()
    expect(table.first('')).toBeUndefined()
  })
})
