/**
 * Time-zone abbreviations news pages print after a time, and the UTC offset
 * each stands for. An empty string marks a zone whose offset depends on the
 * season or on the country ("ET", "IST"): the date finder keeps it in the
 * matched text but adds no offset to the ISO value rather than guess.
 */
export const TIME_ZONES: Readonly<Record<string, string>> = {
  Z: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  WET: '+00:00',
  WEST: '+01:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  TRT: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  ACST: '+09:30',
  AWST: '+08:00',
  NZST: '+12:00',
  NZDT: '+13:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  ET: '',
  CT: '',
  MT: '',
  PT: '',
  IST: ''
}
