/**
 * Small readers over hast trees. Walks are iterative, with an explicit
 * stack, so that a page of deeply nested elements cannot overflow the call
 * stack.
 */
import type {Element, Nodes, Root, RootContent} from 'hast'

/** A property of `element` as a string: lists joined by a space, `true` as ''. */
export function prop(element: Element, name: string): string | null {
  const value = element.properties[name]
  if (value === undefined || value === null || value === false) return null
  if (Array.isArray(value)) return value.join(' ')
  if (value === true) return ''
  return String(value)
}

/** The tokens of a space-separated property (`class`, `rel`, `itemprop`), lowercased. */
export function tokens(element: Element, name: string): string[] {
  const value = prop(element, name)
  if (value === null) return []
  return value.toLowerCase().split(' ').filter((token) => token !== '')
}

/**
 * Visit every element in document order. `enter` returns `false` to skip
 * the element's children.
 */
export function walkElements(tree: Root | Element, enter: (element: Element, ancestors: readonly Element[]) => boolean | void): void {
  const stack: Array<{node: RootContent; depth: number}> = []
  const ancestors: Element[] = []
  pushChildren(stack, tree.children, 0)
  while (stack.length > 0) {
    const {node, depth} = stack.pop() as {node: RootContent; depth: number}
    if (node.type !== 'element') continue
    ancestors.length = depth
    if (enter(node, ancestors) === false) continue
    ancestors.push(node)
    pushChildren(stack, node.children, depth + 1)
  }
}

function pushChildren(stack: Array<{node: RootContent; depth: number}>, children: readonly RootContent[], depth: number): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i] as RootContent, depth})
}

/** The concatenated text nodes under `node` (no layout, unlike innerText), whitespace folded. */
export function plainText(node: Nodes): string {
  if (node.type === 'text') return foldSpace(node.value)
  if (node.type !== 'element' && node.type !== 'root') return ''
  const parts: string[] = []
  const stack: Nodes[] = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if (current.type === 'text') parts.push(current.value)
    else if (current.type === 'element' && current.tagName !== 'script' && current.tagName !== 'style') {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
    }
  }
  return foldSpace(parts.join(''))
}

const SPACE_RUN_RE = /\s+/g

/** Runs of white space to one space, trimmed. */
export function foldSpace(text: string): string {
  return text.replace(SPACE_RUN_RE, ' ').trim()
}
