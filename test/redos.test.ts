/**
 * Every regular expression in src/ must be judged safe (linear time) by a
 * maintained ReDoS checker, recheck.
 *
 * Two sources, so no regex escapes the check:
 * - regex literals, extracted from the TypeScript source by a small scanner
 *   that knows strings, template literals, comments and division;
 * - regexes built with `new RegExp(...)`, captured at run time while every
 *   src module loads (their patterns are assembled from word lists, so the
 *   source text alone does not give them). Each `new RegExp` site in the
 *   source must be seen at load time: the project compiles regexes once, at
 *   module load.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {checkSync, type Diagnostics} from 'recheck'
import {describe, expect, it} from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC = join(ROOT, 'src')

/** A regex found in src/, with where it came from. */
interface RegexSite {
  file: string
  line: number
  source: string
  flags: string
}

/**
 * Regexes recheck judges vulnerable, known and reported, keyed by file and a
 * fragment of the pattern that holds the ambiguity. Their cases run as
 * `it.fails`, so the suite stays green until the regex is fixed — and then
 * fails, asking for the entry to go. Each entry says how far the caller
 * bounds the input, and the fix (checked safe with recheck).
 */
const KNOWN_VULNERABLE: readonly {file: string; fragment: string; why: string}[] = []

// ---------------------------------------------------------------------------
// A regex-literal scanner for TypeScript source.

/** Keywords after which a `/` starts a regex, not a division. */
const BEFORE_REGEX = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await', 'extends'
])

/** A regex literal found by `regexLiterals`: offset of its opening slash, pattern and flags. */
interface Literal {
  index: number
  source: string
  flags: string
}

function isIdentifierChar(ch: string): boolean {
  return /[\p{L}\p{N}_$]/u.test(ch)
}

/**
 * Every regex literal in `code`, in order. A `/` is a regex when the token
 * before it cannot end an expression (an operator, an opening bracket, a
 * keyword such as `return`); otherwise it is a division. Strings, template
 * literals (with nested `${}`) and comments are skipped.
 */
function regexLiterals(code: string): Literal[] {
  const found: Literal[] = []
  // What the enclosing `{` opened: a block/object, or a template substitution.
  const braces: ('block' | 'template')[] = []
  let regexAllowed = true
  // A hashbang line is not code.
  let i = code.startsWith('#!') ? code.indexOf('\n') : 0

  /** Skip a template literal's text from `i` (just after a backtick or `}`); stop after the closing backtick or `${`. */
  const templateText = (): void => {
    while (i < code.length) {
      const ch = code[i]
      if (ch === '\\') i += 2
      else if (ch === '`') {
        i++
        regexAllowed = false
        return
      } else if (ch === '$' && code[i + 1] === '{') {
        i += 2
        braces.push('template')
        regexAllowed = true
        return
      } else i++
    }
  }

  while (i < code.length) {
    const ch = code[i] as string
    const next = code[i + 1]
    if (ch === '/' && next === '/') {
      const end = code.indexOf('\n', i)
      i = end === -1 ? code.length : end
    } else if (ch === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2)
      i = end === -1 ? code.length : end + 2
    } else if (ch === '"' || ch === "'") {
      i++
      while (i < code.length && code[i] !== ch && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1
      i++
      regexAllowed = false
    } else if (ch === '`') {
      i++
      templateText()
    } else if (ch === '/') {
      if (!regexAllowed) {
        i++
        regexAllowed = true
        continue
      }
      const start = i
      i++
      let inClass = false
      while (i < code.length) {
        const c = code[i]
        if (c === '\\') i += 2
        else if (c === '\n') throw new Error(`Unterminated regex literal at offset ${start}`)
        else if (inClass) {
          if (c === ']') inClass = false
          i++
        } else if (c === '[') {
          inClass = true
          i++
        } else if (c === '/') break
        else i++
      }
      const source = code.slice(start + 1, i)
      i++
      const flagsStart = i
      while (i < code.length && /[a-z]/.test(code[i] as string)) i++
      found.push({index: start, source, flags: code.slice(flagsStart, i)})
      regexAllowed = false
    } else if (ch === '{') {
      braces.push('block')
      regexAllowed = true
      i++
    } else if (ch === '}') {
      i++
      if (braces.pop() === 'template') templateText()
      else regexAllowed = false
    } else if (ch === ')' || ch === ']') {
      regexAllowed = false
      i++
    } else if (isIdentifierChar(ch)) {
      const start = i
      while (i < code.length && isIdentifierChar(code[i] as string)) i++
      const word = code.slice(start, i)
      regexAllowed = BEFORE_REGEX.has(word)
    } else if (/\s/.test(ch)) {
      i++
    } else {
      // Any other punctuator (operators, `(`, `,`, `;`, `=>`, …) may be followed by an expression.
      regexAllowed = true
      i++
    }
  }
  return found
}

/** Offsets of every `new RegExp(` / `RegExp(` call in `code` outside strings and comments. */
function constructorCalls(code: string): number[] {
  const calls: number[] = []
  const pattern = /\bRegExp\s*\(/g
  const literals = regexLiterals(code)
  const masked = maskNonCode(code, literals)
  for (const match of masked.matchAll(pattern)) calls.push(match.index)
  return calls
}

/** `code` with comments, strings and regex literals replaced by spaces, offsets kept. */
function maskNonCode(code: string, literals: readonly Literal[]): string {
  const chars = code.split('')
  for (const literal of literals) {
    for (let k = literal.index; k < literal.index + literal.source.length + 2; k++) chars[k] = ' '
  }
  const text = chars.join('')
  // Strings and comments: the constructor name never appears inside them in src/, but be safe.
  return text
    .replace(/\/\/[^\n]*/g, (m) => ' '.repeat(m.length))
    .replace(/'[^'\n]*'|"[^"\n]*"/g, (m) => ' '.repeat(m.length))
}

function lineAt(code: string, index: number): number {
  let line = 1
  for (let k = 0; k < index; k++) if (code.charCodeAt(k) === 10) line++
  return line
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

// ---------------------------------------------------------------------------
// Runtime capture of `new RegExp(...)`.

const captured: RegexSite[] = []
const NativeRegExp = globalThis.RegExp

/** The `src/...ts:line` frame of the current stack, or undefined. */
function callerInSrc(): {file: string; line: number} | undefined {
  const stack = new Error('where').stack ?? ''
  for (const frame of stack.split('\n').slice(1)) {
    const match = /(\/src\/[^\s:()]+\.ts):(\d+):\d+/.exec(frame)
    if (match) return {file: (match[1] as string).slice(1), line: Number(match[2])}
  }
  return undefined
}

/** Load every src module (except the CLI, which runs on import) with `RegExp` wrapped. */
async function loadModules(files: readonly string[]): Promise<void> {
  const wrapped = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget === wrapped ? target : newTarget) as RegExp
      const where = callerInSrc()
      if (where) captured.push({...where, source: regex.source, flags: regex.flags})
      return regex
    },
    apply(target, thisArg, args) {
      const regex = Reflect.apply(target, thisArg, args) as RegExp
      const where = callerInSrc()
      if (where) captured.push({...where, source: regex.source, flags: regex.flags})
      return regex
    }
  })
  globalThis.RegExp = wrapped
  try {
    for (const file of files) await import(pathToFileURL(file).href)
  } finally {
    globalThis.RegExp = NativeRegExp
  }
}

// ---------------------------------------------------------------------------

const files = sourceFiles(SRC).sort()
const literalSites: RegexSite[] = files.flatMap((path) => {
  const code = readFileSync(path, 'utf8')
  const file = relative(ROOT, path)
  return regexLiterals(code).map((literal) => ({file, line: lineAt(code, literal.index), source: literal.source, flags: literal.flags}))
})
const constructorSites = files.flatMap((path) => {
  const code = readFileSync(path, 'utf8')
  const file = relative(ROOT, path)
  return constructorCalls(code).map((index) => ({file, line: lineAt(code, index)}))
})

// Checking is deterministic (fixed seed); a generous timeout keeps big alternations from reading as `unknown`.
const PARAMS = {timeout: 20_000, randomSeed: 0} as const

function summary(site: RegexSite, result: Diagnostics): string {
  const base = `${site.file}:${site.line} /${site.source}/${site.flags} → ${result.status}`
  if (result.status === 'vulnerable') return `${base} (${result.complexity.summary}; attack ${result.attack.pattern})`
  if (result.status === 'unknown') return `${base} (${result.error.kind}${'message' in result.error ? ': ' + result.error.message : ''})`
  return base
}

describe('regexLiterals (the scanner the ReDoS check relies on)', () => {
  it('finds literals and their flags', () => {
    expect(regexLiterals('const A = /a[/]b\\/c/gu; x.replace(/\\s+/g, " ")')).toEqual([
      {index: 10, source: 'a[/]b\\/c', flags: 'gu'},
      {index: 34, source: '\\s+', flags: 'g'}
    ])
  })

  it('does not take division, strings or comments for regexes', () => {
    const code = [
      'const half = total / 2 / count',
      'const url = "http://a/b/" + \'c/d/\'',
      '// see /not a regex/',
      '/* nor /this/ */',
      'const t = `a/b/${x / 2}/c/${`/n/`}`',
      'const r = (a) / (b) + arr[0] / 3',
      'return /yes/i.test(s)'
    ].join('\n')
    expect(regexLiterals(code).map((l) => `/${l.source}/${l.flags}`)).toEqual(['/yes/i'])
  })

  it('finds a regex inside a template substitution and after a keyword or operator', () => {
    const code = 'const a = `${s.replace(/x/g, "")}`; if (ok && /y/.test(s)) return typeof /z/'
    expect(regexLiterals(code).map((l) => l.source)).toEqual(['x', 'y', 'z'])
  })

  it('finds constructor calls outside strings and comments only', () => {
    const code = 'const a = new RegExp(p)\n// new RegExp(q)\nconst b = "RegExp(" + RegExp(r, "g")'
    expect(constructorCalls(code).map((index) => lineAt(code, index))).toEqual([1, 3])
  })
})

// Load every src module (except the CLI, which runs on import) with `RegExp` wrapped.
await loadModules(files.filter((f) => !relative(ROOT, f).startsWith(join('src', 'cli'))))

/** Every distinct regex (pattern and flags) of src/, first site wins. */
const allSites = [...new Map([...literalSites, ...captured].map((site) => [`/${site.source}/${site.flags}`, site])).values()]

function knownVulnerable(site: RegexSite): boolean {
  return KNOWN_VULNERABLE.some((known) => site.file === known.file && site.source.includes(known.fragment))
}

describe('the regexes of src/', () => {
  it('are found: literals and constructed ones', () => {
    // A floor, not an exact count: src/ changes; the scanner tests above pin its behaviour.
    expect(literalSites.length).toBeGreaterThan(50)
    expect(captured.length).toBeGreaterThan(0)
  })

  it('include every `new RegExp` site, built at module load', () => {
    const seen = new Set(captured.map((site) => `${site.file}:${site.line}`))
    const missing = constructorSites.filter((site) => !site.file.startsWith(join('src', 'cli')) && !seen.has(`${site.file}:${site.line}`))
    expect(missing).toEqual([])
  })

  it('still contain every known-vulnerable entry (remove fixed ones)', () => {
    const stale = KNOWN_VULNERABLE.filter((known) => !allSites.some((site) => site.file === known.file && site.source.includes(known.fragment)))
    expect(stale).toEqual([])
  })
})

describe('every regex in src/ is linear-time (recheck)', () => {
  for (const site of allSites) {
    const name = `${site.file}:${site.line} /${site.source.length > 70 ? site.source.slice(0, 70) + '…' : site.source}/${site.flags}`
    const test = knownVulnerable(site) ? it.fails : it
    test(name, () => {
      const result = checkSync(site.source, site.flags, PARAMS)
      expect(result.status, summary(site, result)).toBe('safe')
    }, 60_000)
  }
})
