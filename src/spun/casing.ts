/**
 * Carries the capitals of a spun phrase over to its repair, so a repaired headline stays a
 * headline ("Condo Constructions" -> "Apartment Buildings") and prose stays prose.
 */

/** Words a Title Case headline leaves in lower case (unless first). */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'nor', 'but', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from', 'via', 'per'
])

/** The words of a phrase, split at spaces and hyphens. */
const PARTS = /[^\s\-‐‑]+/g

const hasLower = (s: string): boolean => s !== s.toUpperCase()
const hasUpper = (s: string): boolean => s !== s.toLowerCase()
const startsUpper = (s: string): boolean => {
  const c = s.charAt(0)
  return c !== c.toLowerCase()
}
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/** Title-cases `phrase`, keeping capitals it already has ("CBS", "High-Rise"). */
function titleCase(phrase: string): string {
  let first = true
  return phrase.replace(PARTS, (word) => {
    const small = !first && SMALL_WORDS.has(word.toLowerCase())
    first = false
    return small ? word : upperFirst(word)
  })
}

/** The case pattern of a spun phrase. */
export type CasePattern = 'upper' | 'lower' | 'title' | 'sentence'

/** Reads the case pattern of `spun`. */
export function casePattern(spun: string): CasePattern {
  const letters = spun.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && !hasLower(letters)) return 'upper'
  if (!hasUpper(spun)) return 'lower'
  const words = spun.match(PARTS) ?? []
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()))
  const capped = content.filter(startsUpper).length
  // "Top-Upward thrust": a spinner capitalises only the first word of a multi-word synonym, so a
  // majority of capitals already marks a headline.
  if (content.length > 0 && (capped === content.length || (capped > content.length / 2 && content.length > 1))) return 'title'
  return 'sentence'
}

/**
 * `original` written in the case pattern of `spun`: ALL CAPS stays caps, lower case stays lower,
 * Title Case stays Title Case, and a capital at a sentence start stays there.
 */
export function matchCase(spun: string, original: string): string {
  switch (casePattern(spun)) {
    case 'upper':
      return original.toUpperCase()
    case 'lower':
      return original.toLowerCase()
    case 'title': {
      const titled = titleCase(original)
      return startsUpper(spun) ? titled : lowerFirst(titled)
    }
    case 'sentence':
      return startsUpper(spun) ? upperFirst(original) : original
  }
}
