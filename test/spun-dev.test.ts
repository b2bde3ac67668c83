import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findSpun, unspin} from '../src/spun/index.js'

interface DevLine {
  text: string
  spun: boolean
  original?: string
  source: string
  split?: 'train' | 'test'
}

const lines: DevLine[] = fs
  .readFileSync(new URL('./fixtures/spun-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as DevLine)

function score(set: DevLine[]): {precision: number; recall: number; exact: number} {
  let tp = 0
  let fp = 0
  let fn = 0
  let exact = 0
  for (const line of set) {
    const found = findSpun(line.text).length > 0
    if (line.spun) {
      if (found) tp++
      else fn++
      if (unspin(line.text) === line.original) exact++
    } else if (found) fp++
  }
  return {precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), exact: exact / Math.max(1, tp + fn)}
}

describe('spun-dev set', () => {
  it('is the set the report describes: >= 150 spun and >= 150 clean lines, a held-out third', () => {
    expect(lines.filter((l) => l.spun).length).toBeGreaterThanOrEqual(150)
    expect(lines.filter((l) => !l.spun).length).toBeGreaterThanOrEqual(150)
    const test = lines.filter((l) => l.split === 'test').length
    expect(test / lines.length).toBeGreaterThan(0.3)
    for (const l of lines) {
      expect(l.source.length).toBeGreaterThan(10)
      if (l.spun) expect(typeof l.original).toBe('string')
    }
  })

  it('keeps precision >= 0.95 and recall >= 0.85 on the whole set', () => {
    const s = score(lines)
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
    expect(s.recall).toBeGreaterThanOrEqual(0.85)
  })

  it('keeps precision >= 0.95 and recall >= 0.85 on the tuning split', () => {
    const s = score(lines.filter((l) => l.split !== 'test'))
    expect(s.precision).toBeGreaterThanOrEqual(0.95)
    expect(s.recall).toBeGreaterThanOrEqual(0.85)
    expect(s.exact).toBeGreaterThanOrEqual(0.8)
  })
})
