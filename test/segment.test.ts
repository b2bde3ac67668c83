import {describe, expect, it} from 'vitest'
import {normalize} from '../src/normalize.js'
import {segment, wrapWidth, splitLines} from '../src/segment.js'

const doc = (text: string) => segment(text, normalize(text))

describe('segment', () => {
  it('makes one block per line and keeps offsets', () => {
    const input = 'Title line\n\nFirst paragraph here.\nSecond line.\n'
    const d = doc(input)
    expect(d.blocks.map((b) => b.text)).toEqual(['Title line', 'First paragraph here.', 'Second line.'])
    for (const block of d.blocks) expect(d.text.slice(block.start, block.end)).toBe(block.text)
  })

  it('strips list and heading markers from block text but not from the span', () => {
    const d = doc('  * Home\n## A heading\n1. FC Köln wins')
    expect(d.blocks.map((b) => [b.text, b.listItem, b.heading])).toEqual([
      ['Home', true, false],
      ['A heading', false, true],
      ['1. FC Köln wins', false, false]
    ])
    expect(d.text.slice(d.blocks[0]!.start, d.blocks[0]!.end)).toBe('* Home')
  })

  it('re-flows hard-wrapped paragraphs (html2text) into one block', () => {
    const words = 'the quick brown fox jumps over a lazy dog and keeps on running far away'.split(' ')
    const paragraph: string[] = []
    let line = ''
    for (let i = 0; i < 150; i++) {
      const word = words[i % words.length] as string
      if ((line + ' ' + word).trim().length > 70) {
        paragraph.push(line.trim())
        line = word
      } else line += ' ' + word
    }
    paragraph.push(line.trim())
    const text = [paragraph.join('\n'), '', paragraph.join('\n'), '', '  * Menu item', '  * Another item'].join('\n')
    const d = doc(text)
    expect(d.shape).toBe('wrapped')
    expect(d.blocks).toHaveLength(4)
    expect(d.blocks[0]!.lines.length).toBe(paragraph.length)
    expect(d.blocks[0]!.text).toBe(paragraph.join(' '))
  })

  it('does not call ordinary short-line text wrapped', () => {
    const lines = splitLines(Array.from({length: 30}, (_, i) => `Menu item number ${i}`).join('\n'))
    expect(wrapWidth(lines)).toBe(0)
  })

  it('cuts a whole page on one line into sentences', () => {
    const sentence = 'This is one sentence of a long article that goes on for a while. '
    const text = 'Home News Sport ' + sentence.repeat(60)
    const d = doc(text)
    expect(d.shape).toBe('single-line')
    expect(d.blocks.length).toBeGreaterThan(50)
    for (const block of d.blocks) expect(d.text.slice(block.start, block.end).trim()).toBe(block.text)
  })

  it('handles empty and whitespace-only input', () => {
    expect(doc('').blocks).toEqual([])
    expect(doc(' \n\n \n').blocks).toEqual([])
  })
})
