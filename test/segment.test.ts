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

  // Regression: a marker left in the block's text was stripped when the clean
  // body was cleaned again, so a second cleaning changed the body.
  it('strips every marker: a heading in a list item, and a rule of markers alone', () => {
    const d = doc('  * #### The New Space Race\n\n* * *\n\n- - -')
    expect(d.blocks.map((b) => b.text)).toEqual(['The New Space Race', '', ''])
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

  // Regression: a page of short menu lines, a few headings of 40-55 characters
  // and long one-line paragraphs (innerText) passed for text wrapped at 53
  // characters, because the lines over that width were few among all lines;
  // the headline, the dek and the byline were then joined into one block.
  it('does not call innerText with many short lines and a few long paragraphs wrapped', () => {
    const menu = Array.from({length: 200}, (_, i) => `Section ${i}`)
    const headings = Array.from({length: 12}, (_, i) => `A heading of middling length, number ${i} here`)
    const paragraph = 'A paragraph that goes on well past any wrap width, as innerText prints it. '.repeat(3).trim()
    const text = [...menu, ...headings.flatMap((h) => [h, paragraph])].join('\n')
    const d = doc(text)
    expect(d.shape).toBe('lines')
    expect(d.blocks.every((b) => b.lines.length === 1)).toBe(true)
  })

  // Regression (100,000-case fuzz, seed 675598440): one-line paragraphs of
  // about one length passed for wrapped text, and "Author: OpenAI" under one
  // of them was re-flowed into it. A wrapper cuts lines inside sentences.
  it('does not call one-line paragraphs of one length wrapped', () => {
    const sentences = [
      'The committee met on Tuesday and agreed that the budget would be published before the end of the month.',
      'Officials said the storm had damaged more than two hundred homes, and that repairs would take weeks.',
      'Le gouvernement a annoncé mercredi que les nouvelles règles entreront en vigueur l’année prochaine.'
    ]
    const text = [...sentences, 'Author: OpenAI', ...sentences, 'Advertisement', ...sentences].join('\n')
    expect(wrapWidth(splitLines(text))).toBe(0)
    const d = doc(text)
    expect(d.shape).toBe('lines')
    expect(d.blocks.map((b) => b.text)).toContain('Author: OpenAI')
  })

  it('still finds the width of html2text, which leaves list items unwrapped', () => {
    const prose = 'the quick brown fox jumps over a lazy dog and keeps on running far away '.repeat(12)
    const wrapped: string[] = []
    let line = ''
    for (const word of prose.trim().split(' ')) {
      if ((line + ' ' + word).trim().length > 78) {
        wrapped.push(line.trim())
        line = word
      } else line += ' ' + word
    }
    wrapped.push(line.trim())
    const items = Array.from({length: 4}, (_, i) => `  * A list item html2text prints on one line however long it runs, number ${i} of four`)
    const text = [wrapped.join('\n'), '', ...items, '', wrapped.join('\n')].join('\n')
    // The wrapper's width as far as the text shows it: its longest wrapped line.
    expect(wrapWidth(splitLines(text))).toBe(Math.max(...wrapped.map((l) => l.length)))
    expect(doc(text).shape).toBe('wrapped')
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
