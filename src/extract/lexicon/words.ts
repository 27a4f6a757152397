/**
 * Word lists that tell a person from a job title from an organisation in attendance lists and
 * action owners. They are deliberately general (UK public sector), not tuned to one board.
 */
export const HONORIFICS = [
  'county councillor', 'councillor', 'cllr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor',
  'rev', 'revd', 'reverend', 'sir', 'dame', 'lord', 'lady', 'supt', 'ch supt', 'chief supt', 'det supt', 'dci', 'di', 'ds',
  'det', 'insp', 'inspector', 'sgt', 'pc', 'superintendent', 'chief inspector',
];
const HONORIFIC_SET = new Set(HONORIFICS);

export function isHonorific(word: string): boolean {
  return HONORIFIC_SET.has(word.toLowerCase().replace(/\./g, ''));
}

export const POST_NOMINALS = new Set(['cbe', 'obe', 'mbe', 'qpm', 'jp', 'mp', 'kc', 'qc', 'phd', 'rgn', 'rmn', 'frcp', 'frcpch', 'bem', 'dl', 'cb', 'kbe', 'dbe']);

/** Words that make a phrase a job title. */
export const TITLE_WORDS = new Set([
  'director', 'head', 'manager', 'officer', 'lead', 'leads', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vice-chair', 'member',
  'members', 'adviser', 'advisor', 'nurse', 'doctor', 'teacher', 'headteacher', 'inspector', 'superintendent', 'secretary',
  'executive', 'practitioner', 'coordinator', 'co-ordinator', 'commissioner', 'consultant', 'governor', 'principal',
  'worker', 'clerk', 'analyst', 'administrator', 'representative', 'rep', 'chief', 'deputy', 'assistant', 'senior', 'named',
  'designated', 'interim', 'acting', 'specialist', 'partner', 'solicitor', 'lawyer', 'paediatrician', 'gp', 'matron',
  'midwife', 'therapist', 'psychologist', 'constable', 'sergeant', 'detective', 'leader', 'mayor', 'portfolio', 'cabinet',
  'trustee', 'volunteer', 'lay', 'observer', 'minute-taker', 'minutes', 'administration', 'coordinating', 'president',
  'vice-president', 'dean', 'registrar', 'controller', 'supervisor', 'chaplain', 'sister', 'commander', 'ceo', 'cfo', 'dcs',
  'dph', 'lado', 'officer)', 'treasurer',
]);

/** Words that make a phrase an organisation (or part of one). */
export const ORG_WORDS = new Set([
  'council', 'trust', 'constabulary', 'police', 'nhs', 'ccg', 'icb', 'board', 'group', 'company', 'partnership', 'school',
  'schools', 'academy', 'college', 'university', 'hospital', 'hospitals', 'housing', 'cafcass', 'nspcc', "barnardo's",
  'barnardos', 'authority', 'agency', 'department', 'office', 'commission', 'probation', 'prison', 'england', 'unit',
  'sector', 'service', 'services', 'team', 'hub', 'centre', 'center', 'foundation', 'association', 'society', 'charity',
  'network', 'forum', 'panel', 'committee', 'directorate', 'division', 'headquarters', 'hq', 'ltd', 'limited', 'plc', 'cic',
  'care', 'health', 'safeguarding', 'education', 'fire', 'rescue', 'ambulance', 'church', 'diocese', 'federation',
  'alliance', 'consortium', 'subgroup', 'sub-group', 'crc', 'hmpps', 'ofsted', 'cqc', 'la', 'dfe', 'ons', 'ymca', 'opcc',
]);

/** Organisation words strong enough to mark a phrase as an organisation on their own. */
export const STRONG_ORG_WORDS = new Set([
  'council', 'trust', 'constabulary', 'police', 'nhs', 'ccg', 'icb', 'company', 'partnership', 'academy', 'college', 'university',
  'hospital', 'hospitals', 'housing', 'cafcass', 'nspcc', "barnardo's", 'barnardos', 'authority', 'agency', 'department',
  'commission', 'probation', 'prison', 'sector', 'foundation', 'association', 'society', 'charity', 'constabulary', 'ltd',
  'limited', 'plc', 'crc', 'hmpps', 'ofsted', 'cqc', 'schools', 'school', 'board', 'unit', 'directorate', 'headquarters',
]);

/** Owners that mean "every member of the board". */
export const ALL_MEMBER_GROUPS = [
  'all members', 'all board members', 'board members', 'members', 'all partners', 'partners', 'all agencies', 'all partner agencies',
  'partner agencies', 'all', 'everyone', 'the board', 'board', 'all strategic board members', 'strategic board members',
  'all committee members', 'committee members', 'the committee', 'all organisations', 'all board partners',
];

/** Subgroups and bodies whose members a clerk can set later. */
export const SUBGROUP_HINT = /\b(?:sub-?groups?|group|panel|forum|network|steering|working group|task and finish|[A-Z]{3,6})\b/;

export const REPORTING_VERBS = new Set([
  'gave', 'noted', 'reported', 'explained', 'presented', 'outlined', 'advised', 'said', 'spoke', 'raised', 'commented',
  'confirmed', 'discussed', 'welcomed', 'introduced', 'added', 'informed', 'highlighted', 'referred', 'queried', 'asked',
  'stated', 'emphasised', 'emphasized', 'considered', 'received', 'thanked', 'updated', 'provided', 'described', 'suggested',
  'acknowledged', 'concluded', 'expressed', 'agreed', 'felt', 'wondered', 'relayed', 'clarified',
]);

/** Posts boards often write as acronyms; as owners they are roles, not someone's initials. */
export const ROLE_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['DCS', "director of children's services"],
  ['DPH', 'director of public health'],
  ['LADO', 'designated officer'],
  ['DSL', 'designated safeguarding lead'],
  ['PSW', 'principal social worker'],
  ['CEO', 'chief executive'],
  ['DASS', 'director of adult social services'],
]);
