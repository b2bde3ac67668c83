/**
 * What a site says to its readers around an article: calls to action
 * (newsletter, app, donations, "follow us"), invitations to comment, and
 * disclosures (affiliate links, licences, "the views expressed are…").
 *
 * Articles sometimes say these things too — a story about a newsletter, a
 * report on a licence — so every field here is *weak*: a detector reports a
 * doubtful finding, and the decider acts on it only at the edges of the
 * article, where such notes gather (see `trimEdges` in `decide.ts`).
 * Entries are phrases, never a lone word that article prose uses in other
 * senses ("commission", "Anzeige", "Provision").
 *
 * Same conventions as `phrases.ts`: lower case, ASCII apostrophe, matched
 * token by token anywhere in a line.
 */

import type {PhraseLang} from './phrases.js'

/** The weak phrase lists of one language. */
export interface AppealSet {
  /** Substring, weak: a call to action — newsletter, app, donations, social follows. */
  readonly appeal: readonly string[]
  /** Substring, weak: an invitation to comment or write in. */
  readonly commentInvite: readonly string[]
  /** Substring, weak: an affiliate, sponsorship, licence or opinion disclosure. */
  readonly disclosure: readonly string[]
}

const en: AppealSet = {
  appeal: [
    'sign up for our', 'sign up to receive', 'sign up to get', 'subscribe to our', 'our newsletter',
    'our newsletters', 'newsletter', 'to your inbox', 'in your inbox', 'into your inbox', 'download our app',
    'download the app', 'get the app', 'our app', 'follow us on', 'follow us', 'like us on facebook',
    'support our work', 'support our journalism', 'support independent journalism', 'consider supporting',
    'become a member', 'become a patron', 'make a donation', 'donate today', 'your support', 'enter your email',
    'enter your e-mail', 'your email address', 'your e-mail address', 'stay up to date', 'stay on top of',
    'never miss', "don't miss out", 'get the latest', 'for the latest', 'send us a message', 'send us a tip',
    'contact us at', 'write to us', 'letter to the editor', 'letters to the editor', 'get regular updates',
    'unsubscribe at any time', 'you can unsubscribe',
  ],
  commentInvite: [
    'leave a comment', 'leave a reply', 'in the comments', 'let us know in the comments',
    'let me know in the comments', 'comment below', 'share your thoughts', 'we want to hear',
    'join the conversation', 'join the discussion', 'before commenting', 'comment policy', 'your comment',
  ],
  disclosure: [
    'affiliate link', 'affiliate links', 'we may earn', 'we may receive compensation', 'may receive a commission',
    'earn a commission', 'earn a small commission', 'at no extra cost to you', 'at no additional cost to you',
    'paid partnership', 'this post contains', 'contains affiliate', 'advertisers do not influence',
    'licensed under', 'creative commons', 'some rights reserved', 'the views expressed', 'the opinions expressed',
    'do not necessarily reflect', 'protected by recaptcha', 'terms of service apply',
  ],
}

const de: AppealSet = {
  appeal: [
    'newsletter', 'abonnieren sie', 'jetzt abonnieren', 'melden sie sich', 'melde dich', 'tragen sie sich',
    'ihre e-mail-adresse', 'deine e-mail-adresse', 'in ihr postfach', 'in dein postfach',
    'ins postfach', 'bleiben sie auf dem laufenden', 'bleib auf dem laufenden', 'nichts mehr verpassen',
    'nichts verpassen', 'folgen sie uns', 'folge uns', 'unterstützen sie uns', 'unterstütze uns',
    'unterstützen sie diese', 'ihr beitrag hilft', 'jetzt spenden', 'spenden sie', 'werden sie mitglied',
    'app herunterladen', 'laden sie die app', 'unsere app', 'kostenlos anmelden', 'gratis erhalten',
    'schreiben sie uns', 'schreibt uns', 'wir informieren sie', 'jederzeit wieder abbestellen', 'jederzeit abbestellen',
    'in ihren posteingang', 'in deinen posteingang', 'lust auf mehr', 'ich möchte zusätzlich',
  ],
  commentInvite: [
    'in den kommentaren', 'hinterlasse einen kommentar', 'hinterlassen sie einen kommentar',
    'hinterlasst einen kommentar', 'eure kommentare', 'kommentar schreiben', 'verraten sie', 'verrate uns',
  ],
  disclosure: [
    'affiliate-link', 'affiliate-links', 'werbelink', 'werbelinks', 'eine provision', 'ohne mehrkosten',
    'keine mehrkosten', 'creative commons', 'lizenziert unter', 'steht unter einer', 'einige rechte vorbehalten',
    'die meinung des autors', 'geben nicht die meinung', 'gibt nicht unbedingt',
  ],
}

const fr: AppealSet = {
  appeal: [
    'inscrivez-vous à notre', 'notre newsletter', 'notre lettre', 'abonnez-vous', 'votre adresse e-mail',
    'votre adresse email', 'votre adresse mail', 'votre boîte mail', 'suivez-nous', 'soutenez-nous',
    'faire un don', 'faites un don', 'téléchargez notre application', 'notre application',
  ],
  commentInvite: [
    'dans les commentaires', 'laissez un commentaire', 'laisser un commentaire', 'votre avis', 'réagissez',
    'donnez votre avis',
  ],
  disclosure: [
    'liens affiliés', 'lien affilié', 'sous licence', 'creative commons', "n'engagent que leurs auteurs",
    "n'engage que son auteur", 'les opinions exprimées',
  ],
}

const es: AppealSet = {
  appeal: [
    'suscríbete a', 'nuestro boletín', 'nuestra newsletter', 'tu correo electrónico', 'su correo electrónico',
    'tu bandeja de entrada', 'síguenos', 'apóyanos', 'haz una donación', 'descarga nuestra app',
    'descarga la app', 'nuestra aplicación', 'nuestro canal', 'cancela cuando quieras',
  ],
  commentInvite: ['en los comentarios', 'deja un comentario', 'deja tu comentario', 'déjanos tu opinión', 'para comentar'],
  disclosure: [
    'enlaces de afiliado', 'bajo licencia', 'creative commons', 'las opiniones expresadas',
    'no reflejan necesariamente',
  ],
}

const it: AppealSet = {
  appeal: [
    'iscriviti alla', 'la nostra newsletter', 'il tuo indirizzo email', 'il tuo indirizzo e-mail', 'seguici',
    'sostienici', 'fai una donazione', 'scarica la nostra app', "scarica l'app",
  ],
  commentInvite: ['nei commenti', 'lascia un commento', 'dicci la tua'],
  disclosure: ['link di affiliazione', 'sotto licenza', 'creative commons', 'le opinioni espresse'],
}

const pt: AppealSet = {
  appeal: [
    'assine a nossa', 'nossa newsletter', 'seu e-mail', 'siga-nos', 'apoie o nosso', 'faça uma doação',
    'baixe o app', 'baixe nosso aplicativo',
  ],
  commentInvite: ['nos comentários', 'deixe um comentário', 'deixe seu comentário'],
  disclosure: ['links de afiliados', 'sob licença', 'creative commons', 'as opiniões expressas'],
}

const nl: AppealSet = {
  appeal: [
    'schrijf je in', 'onze nieuwsbrief', 'je e-mailadres', 'uw e-mailadres', 'volg ons', 'steun ons',
    'download onze app', 'download de app',
  ],
  commentInvite: ['in de reacties', 'laat een reactie achter', 'plaats een reactie'],
  disclosure: ['affiliate links', 'onder licentie', 'creative commons'],
}

const pl: AppealSet = {
  appeal: [
    'zapisz się do', 'nasz newsletter', 'twój adres e-mail', 'obserwuj nas', 'wesprzyj nas',
    'przekaż darowiznę', 'pobierz aplikację', 'pobierz naszą aplikację',
  ],
  commentInvite: ['w komentarzach', 'zostaw komentarz', 'dodaj komentarz', 'przed dodaniem komentarza'],
  disclosure: ['linki afiliacyjne', 'na licencji', 'creative commons'],
}

const ru: AppealSet = {
  appeal: [
    'подпишитесь на', 'нашу рассылку', 'наша рассылка', 'подписывайтесь на наш', 'следите за нами',
    'поддержите нас', 'скачайте приложение', 'наш телеграм', 'наш канал',
  ],
  commentInvite: ['в комментариях', 'оставьте комментарий', 'оставить комментарий'],
  disclosure: ['партнерские ссылки', 'партнёрские ссылки', 'по лицензии', 'creative commons', 'мнение редакции может не совпадать'],
}

const uk: AppealSet = {
  appeal: [
    'підпишіться на', 'нашу розсилку', 'стежте за нами', 'підтримайте нас', 'завантажте застосунок',
    'наш телеграм', 'наш канал',
  ],
  commentInvite: ['у коментарях', 'в коментарях', 'залиште коментар'],
  disclosure: ['партнерські посилання', 'за ліцензією', 'creative commons', 'думка редакції може не збігатися'],
}

const tr: AppealSet = {
  appeal: ['bültenimize abone', 'e-posta adresiniz', 'bizi takip edin', 'destek olun', 'uygulamamızı indirin'],
  commentInvite: ['yorumlarda', 'yorum yapın', 'yorumunuzu'],
  disclosure: ['satış ortaklığı', 'lisansı altında', 'creative commons'],
}

/** The weak lists of every language. */
export const APPEALS: Readonly<Record<PhraseLang, AppealSet>> = {en, de, fr, es, it, pt, nl, pl, ru, uk, tr}
