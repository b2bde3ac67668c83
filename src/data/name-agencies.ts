/**
 * Organisations and collective credits printed in bylines. All lower case;
 * compared after case and diacritic folding.
 */

/**
 * News agencies and outlets. Beside a person they are dropped ("Jane Doe |
 * Reuters" → "Jane Doe"); alone they are the credit ("dpa" → "dpa").
 */
export const NEWS_AGENCIES: readonly string[] = [
  'reuters', 'thomson reuters', 'ap', 'the associated press', 'associated press', 'afp',
  'agence france-presse', 'agence france presse', 'dpa', 'dpa-afx', 'epd', 'kna', 'sid', 'apa',
  'sda', 'ats', 'keystone-sda', 'ansa', 'adnkronos', 'agi', 'efe', 'europa press', 'lusa',
  'agência brasil', 'agencia brasil', 'anp', 'belga', 'pap', 'tass', 'тасс', 'риа новости',
  'ria novosti', 'интерфакс', 'interfax', 'укрінформ', 'ukrinform', 'уніан', 'unian',
  'anadolu ajansı', 'anadolu agency', 'aa', 'dha', 'iha', 'bloomberg', 'upi', 'cnn', 'bbc',
  'bbc news', 'xinhua', 'kyodo', 'yonhap', 'pa', 'pa media', 'press association',
  'the canadian press', 'canadian press', 'aap', 'tt', 'ntb', 'ritzau', 'stt', 'čtk', 'mti',
  'hina', 'ana-mpa', 'sky news', 'al jazeera', 'npr', 'politico', 'axios', 'dailymail.com',
  'daily mail', 'mailonline', 'the guardian', 'the new york times', 'new york times',
  'the washington post', 'washington post', 'cbs news', 'nbc news', 'abc news', 'fox news',
  'fox business', 'foxbusiness', 'the washington times', 'usa today', 'the hill', 'getty images'
]

/**
 * Words that mark a credit as an organisation rather than a person
 * ("New York Daily News", "Getty Images", "Sun Sentinel Editorial Board").
 * Family names that are also such words ("Post", "Star", "Sun") are left out.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'news', 'daily', 'times', 'tribune', 'herald', 'gazette', 'journal', 'magazine', 'media',
  'studio', 'studios', 'network', 'press', 'group', 'inc', 'inc.', 'ltd', 'llc', 'sentinel',
  'images', 'photos', 'xpress', 'board', 'editorial', 'weekly', 'online', 'radio', 'tv',
  'television', 'channel', 'chronicle', 'observer', 'telegraph', 'insider', 'wire', 'agency',
  'institute', 'labs', 'university', 'foundation', 'association', 'council', 'ministry', 'department',
  'zeitung', 'rundschau', 'nachrichten', 'redaktion', 'presse', 'quotidien', 'diario', 'periódico',
  'noticias', 'giornale', 'notícias', 'krant', 'dagblad', 'gazeta', 'газета', 'новости', 'вести',
  'haber', 'gazetesi'
]

/** Collective credits that name nobody ("Jane Doe and agencies"); always dropped. */
export const GENERIC_CREDITS: readonly string[] = [
  'agencies', 'agency', 'staff', 'staff and agencies', 'wires', 'wire services', 'news agencies',
  'news wires', 'wire reports', 'newsroom', 'news desk', 'web desk', 'online desk', 'editorial team',
  'editorial staff', 'team', 'editors', 'the editors', 'admin', 'administrator', 'guest', 'guest author',
  'agenturen', 'agentur', 'red', 'red.', 'redaktion', 'onlineredaktion', 'online-redaktion',
  'agences', 'agence', 'la rédaction', 'rédaction', 'agencias', 'redacción', 'la redacción',
  'agenzie', 'redazione', 'la redazione', 'agências', 'redação', 'da redação', 'redactie',
  'de redactie', 'agentschappen', 'redakcja', 'agencje', 'редакция', 'агентства', 'редакція',
  'агенції', 'ajanslar', 'haber merkezi'
]
