/**
 * Counters: "3 likes", "1.2K shares", "12 Kommentare", "Comments (4)", "57".
 * The pattern follows RefinedWeb's counter line filter, widened to the
 * languages unspun supports.
 */
import {blockFinding, blockFindings, type Detector} from './context.js'

const COUNTER =
  /^[^\p{L}\p{N}]*\d(?:[\d,.]*\d)?(?:[KkMmBb]|tys\.?|тыс\.?)?(?: *(?:likes?|shares?|comments?|retweets?|reposts?|quotes?|bookmarks?|upvotes?|downvotes?|downloads?|views?|followers?|reactions?|replies|responses|reads?|kommentare?|teilungen|aufrufe|commentaires?|partages|vues|comentarios?|compartidos|visitas|commenti|condivisioni|visualizzazioni|comentários|compartilhamentos|visualizações|reacties|weergaven|komentarz[ey]?|wyświetle[ńn]|комментари[йяев]+|просмотр(?:ов|а)?|коментар(?:ів|і)|переглядів|yorum|görüntülenme|paylaşım))?[^\p{L}\p{N}]*$/iu
const LABELLED_COUNT = /^(?:comments?|kommentare|commentaires|comentarios|commenti|reacties|komentarze|комментарии|коментарі|yorumlar) *\(\d+\)$/iu

/** Find counter lines. */
export const detectCounter: Detector = ({doc}) =>
  blockFindings(doc, (block) => {
    if (block.text.length > 40) return null
    if (!COUNTER.test(block.text) && !LABELLED_COUNT.test(block.text)) return null
    return blockFinding(block, 'counter', 0.85, 'A counter of likes, shares, comments or views.', 'counter')
  })
