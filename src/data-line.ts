/**
 * Lines of an ingredient list or a fact sheet: a quantity first ("125 g
 * Mehl", "1 TL Zucker", "½ cup milk") or a label and its short value
 * ("Rebsorte: Zinfandel", "Laufzeit: fünf Jahre"). They are short and
 * unpunctuated like a menu's link labels, but they are article content.
 */

// "1. Robert Plant" is a numbered list item (a table of contents, a ranking), not a quantity.
const QUANTITY = /^[\d½¼¾⅓⅔⅛][\d.,/½¼¾⅓⅔⅛–-]*(?<!\.)\s*\p{L}/u
// A longer value is a headline with a kicker ("Türkei: Der Abschied aus der Weltpolitik").
const LABELLED = /^\p{L}[\p{L}\p{N} ./-]{0,30}: +\S+(?: \S+){0,3}$/u

/** Whether `text` (one block, spaces folded) reads as a line of an ingredient list or a fact sheet. */
export function dataLine(text: string): boolean {
  // A quantity and what it counts are two words at least ("0A" is neither).
  // A label is followed by ": ": looking for that first spares most lines the regex.
  return (QUANTITY.test(text) && text.includes(' ')) || (text.includes(': ') && LABELLED.test(text))
}
