/**
 * The most frequent function words of each language unspun knows.
 *
 * Prose is made of them (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, common adverbs); menus, link lists and credits are not. The
 * share of these words in a block (its stop-word density) is one of the
 * surest signs that the block is article text: running prose scores about
 * 0.3 or more in every one of these languages, a menu close to 0.
 *
 * Words are lower case with the ASCII apostrophe. French and Italian elided
 * forms ("l'", "dell'") are listed with their apostrophe; `stopwordDensity`
 * counts a word such as "l'homme" through its elided head.
 */

import type { PhraseLang } from './phrases.js'

const en = [
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'then', 'else', 'when', 'while', 'of', 'at', 'by', 'for', 'with',
  'about', 'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from',
  'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'once', 'here', 'there', 'where',
  'why', 'how', 'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not',
  'only', 'own', 'same', 'so', 'than', 'too', 'very', 'can', 'will', 'just', 'should', 'now', 'i', 'me', 'my',
  'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'he', 'him', 'his', 'himself',
  'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'what',
  'which', 'who', 'whom', 'whose', 'this', 'that', 'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'would', 'could', 'might',
  'must', 'shall', 'may', 'also', 'as', 'because', 'until', 'since', 'although', 'though', 'however', 'yet',
  'still', 'even', 'ever', 'never', 'already', 'said', 'says', 'one', 'many', 'much', 'another', 'every',
  'within', 'without', 'upon', 'among', 'across', 'around', 'along', 'toward', 'towards', 'via', 'per', 'like',
  'whether', 'either', 'neither', 'well', 'back', "it's", "don't", "didn't", "doesn't", "isn't", "wasn't",
  "aren't", "won't", "can't", "couldn't", "wouldn't", "i'm", "he's", "she's", "we're", "they're", "that's",
  "there's", "i've", "we've", "they've", "you're",
] as const

const de = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder',
  'aber', 'doch', 'sondern', 'denn', 'weil', 'dass', 'daß', 'ob', 'wenn', 'als', 'wie', 'wo', 'was', 'wer',
  'wen', 'wem', 'welche', 'welcher', 'welches', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'dich',
  'sich', 'uns', 'euch', 'mir', 'dir', 'ihm', 'ihn', 'ihnen', 'mein', 'meine', 'dein', 'sein', 'seine',
  'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'nicht', 'kein', 'keine',
  'keinen', 'auch', 'noch', 'schon', 'nur', 'sehr', 'so', 'dann', 'da', 'hier', 'dort', 'jetzt', 'immer',
  'wieder', 'mehr', 'viel', 'viele', 'alle', 'allen', 'alles', 'ist', 'sind', 'war', 'waren', 'bin', 'bist',
  'wird', 'werden', 'wurde', 'wurden', 'worden', 'hat', 'haben', 'hatte', 'hatten', 'habe', 'kann', 'können',
  'konnte', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'will', 'wollen', 'würde', 'würden', 'mit', 'von',
  'zu', 'zum', 'zur', 'bei', 'beim', 'nach', 'aus', 'auf', 'an', 'am', 'in', 'im', 'ins', 'für', 'über',
  'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'bis', 'seit', 'während',
  'wegen', 'vom', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes', 'man', 'etwa',
  'bereits', 'sowie', 'zudem', 'damit', 'dabei', 'davon', 'dazu', 'darauf', 'darüber', 'dafür', 'also', 'nun',
  'ja', 'nein', 'selbst', 'etwas', 'nichts', 'andere', 'anderen', 'einige', 'mal', 'ganz', 'kaum', 'sowohl',
  'weder',
] as const

const fr = [
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car',
  'que', "qu'", 'qui', 'quoi', 'dont', 'où', 'ce', "c'", 'cet', 'cette', 'ces', 'ça', 'cela', 'ceci', 'celui',
  'celle', 'ceux', 'celles', 'je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', "m'",
  'te', "t'", 'se', "s'", 'lui', 'leur', 'leurs', 'eux', 'moi', 'toi', 'soi', 'mon', 'ma', 'mes', 'ton', 'ta',
  'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'y', 'en', 'à', 'au', 'aux', 'dans', 'par',
  'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'entre', 'vers', 'contre', 'depuis', 'pendant', 'avant',
  'après', 'selon', 'parmi', 'ne', "n'", 'pas', 'plus', 'moins', 'très', 'trop', 'aussi', 'bien', 'encore',
  'déjà', 'toujours', 'jamais', 'rien', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres', 'même',
  'mêmes', 'quel', 'quelle', 'quels', 'quelles', 'si', 'comme', 'quand', 'lorsque', 'puis', 'alors', 'ainsi',
  'est', 'sont', 'était', 'étaient', 'été', 'être', 'a', 'ont', 'avait', 'avaient', 'avoir', 'eu', 'fait',
  'faire', 'sera', 'seront', 'serait', 'peut', 'peuvent', 'pourrait', 'doit', 'ai', 'as', 'suis', 'es',
  'sommes', 'êtes', 'avons', 'avez', 'là', 'ici', 'lors', 'chaque', 'plusieurs',
] as const

const es = [
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'pero', 'sino', 'ni', 'que',
  'qué', 'quien', 'quién', 'quienes', 'cual', 'cuál', 'cuales', 'cuyo', 'cuya', 'donde', 'dónde', 'cuando',
  'cuándo', 'como', 'cómo', 'porque', 'por', 'para', 'de', 'del', 'a', 'al', 'en', 'con', 'sin', 'sobre',
  'entre', 'hasta', 'desde', 'hacia', 'contra', 'según', 'durante', 'mediante', 'tras', 'ante', 'bajo', 'yo',
  'tú', 'él', 'ella', 'ello', 'nosotros', 'nosotras', 'vosotros', 'ellos', 'ellas', 'usted', 'ustedes', 'me',
  'te', 'se', 'nos', 'os', 'le', 'les', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra',
  'nuestros', 'nuestras', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella',
  'esto', 'eso', 'no', 'sí', 'si', 'ya', 'muy', 'más', 'menos', 'también', 'tampoco', 'aún', 'todavía',
  'siempre', 'nunca', 'solo', 'sólo', 'todo', 'toda', 'todos', 'todas', 'otro', 'otra', 'otros', 'otras',
  'mismo', 'misma', 'cada', 'algo', 'nada', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'sido',
  'está', 'están', 'estaba', 'estar', 'ha', 'han', 'había', 'haber', 'hay', 'he', 'hemos', 'tiene', 'tienen',
  'tenía', 'puede', 'pueden', 'hace', 'así', 'entonces', 'luego', 'aunque', 'mientras', 'pues', 'bien',
  'mucho', 'muchos', 'mucha', 'muchas', 'poco', 'tan', 'tanto', 'algún', 'alguna', 'algunos', 'ningún',
  'ninguna',
] as const

const it = [
  'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'e', 'ed', 'o', 'ma', 'però', 'che',
  'chi', 'cui', 'quale', 'quali', 'quando', 'dove', 'come', 'perché', 'se', 'non', 'di', 'del', 'dello',
  'della', 'dei', 'degli', 'delle', "dell'", 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'da',
  'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'", 'in', 'nel', 'nello', 'nella', 'nei', 'negli',
  'nelle', "nell'", 'su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', "sull'", 'con', 'per', 'tra',
  'fra', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'mi', 'ti', 'si', 'ci', 'vi', 'ne', 'me', 'te', 'sé',
  'mio', 'mia', 'miei', 'mie', 'tuo', 'tua', 'suo', 'sua', 'suoi', 'sue', 'nostro', 'nostra', 'vostro',
  'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'anche', 'ancora', 'già',
  'più', 'meno', 'molto', 'poco', 'tanto', 'troppo', 'sempre', 'mai', 'solo', 'tutto', 'tutta', 'tutti',
  'tutte', 'altro', 'altra', 'altri', 'altre', 'stesso', 'ogni', 'qualche', 'niente', 'nulla', 'è', 'sono',
  'era', 'erano', 'fu', 'essere', 'stato', 'stata', 'stati', 'ha', 'hanno', 'aveva', 'avere', 'avuto', 'ho',
  'può', 'possono', 'deve', 'fa', 'fare', 'sarà', 'così', 'poi', 'quindi', 'dopo', 'prima', 'mentre', 'oltre',
  'senza', 'contro', 'verso', 'secondo', 'durante', "c'", "quest'", "quell'",
] as const

const pt = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou', 'mas', 'nem', 'que', 'quem', 'qual', 'quais',
  'cujo', 'onde', 'quando', 'como', 'porque', 'por', 'porém', 'pelo', 'pela', 'pelos', 'pelas', 'de', 'do',
  'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'num', 'numa', 'ao', 'aos', 'à', 'às', 'para', 'pra',
  'com', 'sem', 'sobre', 'entre', 'até', 'desde', 'contra', 'durante', 'após', 'ante', 'sob', 'segundo', 'eu',
  'tu', 'você', 'vocês', 'ele', 'ela', 'eles', 'elas', 'nós', 'me', 'te', 'se', 'lhe', 'lhes', 'meu', 'minha',
  'meus', 'minhas', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa', 'este', 'esta', 'estes', 'estas', 'esse',
  'essa', 'esses', 'essas', 'aquele', 'aquela', 'isto', 'isso', 'aquilo', 'não', 'sim', 'já', 'muito',
  'muita', 'muitos', 'muitas', 'mais', 'menos', 'também', 'ainda', 'sempre', 'nunca', 'só', 'apenas', 'todo',
  'toda', 'todos', 'todas', 'outro', 'outra', 'outros', 'outras', 'mesmo', 'mesma', 'cada', 'algum',
  'alguma', 'nada', 'tudo', 'é', 'são', 'era', 'eram', 'foi', 'foram', 'ser', 'sido', 'está', 'estão',
  'estava', 'estar', 'tem', 'têm', 'tinha', 'ter', 'há', 'havia', 'pode', 'podem', 'vai', 'vão', 'faz',
  'fazer', 'assim', 'então', 'depois', 'antes', 'enquanto', 'embora', 'pois', 'bem', 'tão', 'tanto', 'lá',
  'aqui', 'ali',
] as const

const nl = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'dat', 'die', 'dit', 'deze', 'wie', 'wat', 'welk',
  'welke', 'waar', 'wanneer', 'hoe', 'waarom', 'als', 'omdat', 'toen', 'terwijl', 'hoewel', 'ik', 'jij', 'je',
  'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'hen', 'hun', 'mij', 'me', 'hem', 'haar', 'ons', 'onze',
  'mijn', 'jouw', 'uw', 'zijn', 'zich', 'niet', 'geen', 'ook', 'nog', 'al', 'wel', 'zo', 'dan', 'er', 'hier',
  'daar', 'nu', 'toch', 'alleen', 'altijd', 'nooit', 'weer', 'meer', 'veel', 'alle', 'alles', 'iets', 'niets',
  'andere', 'elk', 'elke', 'ieder', 'is', 'was', 'waren', 'ben', 'bent', 'wordt', 'worden', 'werd', 'werden',
  'geworden', 'heeft', 'hebben', 'had', 'hadden', 'heb', 'kan', 'kunnen', 'kon', 'moet', 'moeten', 'moest',
  'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'mag', 'van', 'in', 'op', 'aan', 'met', 'voor', 'naar',
  'bij', 'uit', 'over', 'door', 'om', 'tot', 'tegen', 'onder', 'tussen', 'zonder', 'na', 'sinds', 'tijdens',
  'vanaf', 'langs', 'binnen', 'via', 'per', 'toe', 'af', 'mee', 'daarom', 'echter', 'zeer', 'heel', 'pas',
  'even', 'ongeveer',
] as const

const pl = [
  'i', 'a', 'o', 'u', 'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'po', 'za', 'przez', 'przy', 'pod', 'nad', 'przed',
  'bez', 'dla', 'ku', 'między', 'oraz', 'lub', 'albo', 'ani', 'ale', 'lecz', 'jednak', 'więc', 'bo', 'że',
  'żeby', 'aby', 'by', 'jeśli', 'jeżeli', 'gdy', 'kiedy', 'gdzie', 'jak', 'jako', 'czy', 'co', 'kto', 'który',
  'która', 'które', 'którego', 'której', 'którym', 'których', 'ja', 'ty', 'on', 'ona', 'ono', 'my', 'wy',
  'oni', 'one', 'mnie', 'mi', 'cię', 'ci', 'go', 'mu', 'jej', 'jego', 'ich', 'im', 'nas', 'nam', 'was', 'wam',
  'się', 'sobie', 'siebie', 'mój', 'moja', 'moje', 'twój', 'swój', 'swoja', 'swoje', 'swojego', 'nasz',
  'nasza', 'nasze', 'wasz', 'ten', 'ta', 'to', 'te', 'tego', 'tej', 'tym', 'tych', 'tę', 'tak', 'nie', 'już',
  'jeszcze', 'też', 'także', 'również', 'tylko', 'bardzo', 'może', 'więcej', 'mniej', 'wszystko', 'wszyscy',
  'wszystkie', 'każdy', 'każda', 'inne', 'inny', 'inna', 'jest', 'są', 'był', 'była', 'było', 'byli', 'były',
  'być', 'będzie', 'będą', 'ma', 'mają', 'miał', 'miała', 'można', 'trzeba', 'tu', 'tam', 'teraz', 'wtedy',
  'potem', 'nawet', 'właśnie', 'około', 'według', 'wśród', 'podczas', 'zaś', 'oto', 'tutaj', 'ponad', 'poza',
  'wobec', 'dzięki', 'aż',
] as const

const ru = [
  'и', 'в', 'во', 'не', 'на', 'с', 'со', 'что', 'это', 'как', 'а', 'но', 'или', 'да', 'же', 'ли', 'бы', 'то',
  'к', 'ко', 'по', 'из', 'за', 'от', 'до', 'о', 'об', 'обо', 'у', 'для', 'при', 'про', 'без', 'над', 'под',
  'перед', 'между', 'через', 'после', 'около', 'я', 'ты', 'он', 'она', 'оно', 'мы', 'вы', 'они', 'меня',
  'мне', 'тебя', 'тебе', 'его', 'ему', 'её', 'ее', 'ей', 'нас', 'нам', 'вас', 'вам', 'их', 'им', 'ими',
  'себя', 'себе', 'свой', 'своя', 'своё', 'свои', 'своих', 'мой', 'моя', 'твой', 'наш', 'наша', 'наши',
  'ваш', 'этот', 'эта', 'эти', 'этого', 'этой', 'этом', 'тот', 'та', 'те', 'того', 'той', 'тем', 'там',
  'тут', 'здесь', 'так', 'также', 'тоже', 'только', 'уже', 'ещё', 'еще', 'даже', 'очень', 'все', 'всё',
  'весь', 'вся', 'всех', 'всем', 'был', 'была', 'было', 'были', 'быть', 'будет', 'будут', 'есть', 'может',
  'можно', 'нужно', 'надо', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'кто', 'чем',
  'чтобы', 'когда', 'где', 'если', 'потому', 'поэтому', 'ни', 'нет', 'вот', 'ведь', 'лишь', 'более', 'менее',
  'сейчас', 'теперь', 'тогда', 'кроме', 'однако', 'хотя', 'пока', 'уж', 'сам', 'сама', 'само', 'самый',
] as const

const uk = [
  'і', 'й', 'та', 'в', 'у', 'на', 'з', 'із', 'зі', 'не', 'що', 'це', 'як', 'а', 'але', 'або', 'чи', 'же',
  'ж', 'б', 'би', 'до', 'від', 'для', 'по', 'про', 'при', 'без', 'над', 'під', 'перед', 'між', 'через',
  'після', 'біля', 'о', 'об', 'я', 'ти', 'він', 'вона', 'воно', 'ми', 'ви', 'вони', 'мене', 'мені', 'тебе',
  'тобі', 'його', 'йому', 'її', 'їй', 'нас', 'нам', 'вас', 'вам', 'їх', 'їм', 'ними', 'себе', 'собі', 'свій',
  'своя', 'своє', 'свої', 'своїх', 'мій', 'моя', 'твій', 'наш', 'наша', 'наші', 'ваш', 'цей', 'ця', 'ці',
  'цього', 'цієї', 'цим', 'тих', 'той', 'те', 'того', 'тієї', 'тим', 'там', 'тут', 'так', 'також', 'тільки',
  'лише', 'вже', 'ще', 'навіть', 'дуже', 'все', 'всі', 'весь', 'вся', 'усі', 'усе', 'всіх', 'був', 'була',
  'було', 'були', 'бути', 'буде', 'будуть', 'є', 'може', 'можна', 'треба', 'потрібно', 'який', 'яка', 'яке',
  'які', 'якого', 'якої', 'яких', 'хто', 'ніж', 'щоб', 'коли', 'де', 'якщо', 'тому', 'ні', 'немає', 'ось',
  'адже', 'більш', 'більше', 'менше', 'зараз', 'тепер', 'тоді', 'крім', 'однак', 'проте', 'хоча', 'поки',
  'сам', 'сама', 'саме', 'самий',
] as const

const tr = [
  've', 'ile', 'bir', 'bu', 'şu', 'o', 'da', 'de', 'ki', 'mi', 'mı', 'mu', 'mü', 'ne', 'için', 'gibi', 'kadar',
  'daha', 'en', 'çok', 'az', 'ama', 'fakat', 'ancak', 'veya', 'ya', 'yahut', 'hem', 'ise', 'eğer', 'çünkü',
  'diye', 'bile', 'sadece', 'yalnız', 'her', 'hiç', 'bazı', 'tüm', 'bütün', 'hep', 'şey', 'ben', 'sen', 'biz',
  'siz', 'onlar', 'beni', 'bana', 'seni', 'sana', 'onu', 'ona', 'bizi', 'bize', 'sizi', 'size', 'onları',
  'onlara', 'benim', 'senin', 'onun', 'bizim', 'sizin', 'onların', 'kendi', 'kendisi', 'bunu', 'buna',
  'bunun', 'bunlar', 'şunu', 'olan', 'olarak', 'oldu', 'olduğu', 'olduğunu', 'olmak', 'olur', 'var', 'yok',
  'değil', 'sonra', 'önce', 'şimdi', 'artık', 'hala', 'hâlâ', 'zaten', 'yine', 'tekrar', 'böyle', 'şöyle',
  'öyle', 'nasıl', 'neden', 'niçin', 'nerede', 'kim', 'hangi', 'aynı', 'diğer', 'başka', 'ayrıca', 'üzere',
  'göre', 'karşı', 'beri', 'dolayı', 'rağmen', 'doğru', 'arasında', 'içinde', 'üzerinde', 'tarafından',
  'yani', 'belki', 'hatta', 'ilk',
] as const

/** The function words of each language, lower case. */
export const STOPWORDS: Readonly<Record<PhraseLang, readonly string[]>> = { en, de, fr, es, it, pt, nl, pl, ru, uk, tr }

/**
 * The union of every language's function words. Stop-word density is
 * computed against the union because the language of a short block is often
 * unknown; a word that is a function word in one language and a content word
 * in another (German "die", English "war") shifts the density of a block by
 * little.
 */
export const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat())
