/**
 * Verb lists. Stories are told mostly in the past tense, so past forms come first; base forms
 * are there for forecasts ("should boost") and infinitives ("chose to drop").
 */

/** A choice or an act of ownership, when "I" is the subject. */
export const DECISION_VERBS = [
  'decided', 'decide', 'chose', 'choose', 'chosen', 'opted', 'opt', 'defined', 'define', 'owned', 'own',
  'prioritized', 'prioritised', 'prioritize', 'prioritise', 'deprioritized', 'deprioritised', 'reprioritized',
  'killed', 'kill', 'cancelled', 'canceled', 'cancel', 'dropped', 'drop', 'paused', 'stopped', 'halted',
  'delayed', 'delay', 'postponed', 'vetoed', 'rejected', 'overruled', 'overrode', 'bet', 'committed',
  'proposed', 'recommended', 'convinced', 'persuaded', 'insisted', 'negotiated', 'picked', 'selected',
  'redirected', 'reassigned', 'reallocated', 'repriced', 'restructured', 'reorganized', 'reorganised',
  'descoped', 'rescoped', 'scoped', 'pivoted', 'greenlit', 'greenlighted', 'escalated', 'sunset',
  'sunsetted', 'deprecated', 'replaced', 'consolidated', 'hired', 'fired', 'capped', 'traded',
  'targeted', 'instituted', 'mandated', 'championed', 'initiated', 'drove', 'pushed', 'approved', 'vetted',
  'overturned', 'paused', 'reverted', 'shelved', 'scrapped', 'ditched', 'chose', 'settled', 'retired',
  'decommissioned', 'removed',
];

/** Multi-word decisions and ownership ("made the call", "took ownership of"). */
export const DECISION_PHRASES = [
  'made the call', 'made the decision', 'made a call', 'made the tough call', 'took the decision',
  'took ownership', 'took over', 'set a target', 'set the target', 'set a goal', 'set the goal',
  'set the bar', 'set priorities', 'set the priorities', 'set a deadline', 'set the strategy', 'set out to',
  'pushed for', 'pushed back', 'argued for', 'argued against', 'argued that', 'made the case', 'said no',
  'made it the default', 'made it standard', 'made it the standard', 'shut it down', 'shut down', 'switched off',
  'turned off', 'called it', 'my decision',
  'my call', 'the decision was mine', 'the call was mine', 'traded off', 'gave up', 'walked away',
];

/** Moving a quantity: an outcome when a number goes with it. */
export const CHANGE_VERBS = [
  'increased', 'increase', 'increases', 'increasing', 'rose', 'rise', 'risen', 'rises', 'grew', 'grow', 'grown',
  'climbed', 'jumped', 'doubled', 'tripled', 'quadrupled', 'boosted', 'boost', 'lifted', 'lift', 'raised',
  'raise', 'improved', 'improve', 'improving', 'gained', 'added', 'recovered', 'recouped', 'saved', 'save',
  'generated', 'earned', 'won', 'reduced', 'reduce', 'reducing', 'cut', 'cutting', 'lowered', 'lower',
  'decreased', 'decrease', 'fell', 'fall', 'fallen', 'dropped', 'drop', 'declined', 'shrank', 'shrunk',
  'halved', 'eliminated', 'avoided', 'prevented', 'freed', 'shortened', 'trimmed', 'slashed', 'went',
  'moved', 'reached', 'hit', 'landed', 'ended', 'came', 'sped', 'accelerated', 'expanded', 'unlocked',
  'retained', 'converted', 'brought', 'took', 'dropping', 'rising', 'growing', 'falling', 'shaved',
  'beat', 'exceeded', 'surpassed', 'hitting', 'reclaimed', 'recaptured', 'crept', 'creeping', 'ballooned',
  'spiked', 'soared', 'surged', 'plummeted', 'slipped', 'sank', 'dipped', 'tumbled', 'shot',
];

/** Nouns and comparatives that name a change: "a 14% reduction", "6.1% more checkouts". */
export const CHANGE_NOUNS = [
  'reduction', 'increase', 'decrease', 'lift', 'uplift', 'gain', 'gains', 'drop', 'improvement', 'savings',
  'saving', 'growth', 'decline', 'cut', 'boost', 'jump', 'rise', 'fall', 'more', 'fewer', 'less', 'higher',
  'lower', 'faster', 'slower', 'cheaper', 'better', 'up', 'down', 'delta', 'swing', 'shorter', 'smaller',
  'larger', 'bigger', 'greater', 'reductions', 'increases',
];

/** Producing an artifact: output, not outcome. */
export const OUTPUT_VERBS = [
  'shipped', 'built', 'launched', 'delivered', 'released', 'created', 'developed', 'implemented',
  'redesigned', 'rebuilt', 'rewrote', 'rewritten', 'migrated', 'deployed', 'designed', 'wrote',
  'introduced', 'completed', 'finished', 'produced', 'automated', 'refactored', 'integrated', 'published',
  'revamped', 'overhauled', 'modernized', 'modernised', 'set up', 'stood up', 'put together', 'spun up',
  'organized', 'organised', 'hosted', 'drafted', 'coded', 'wrote up', 'assembled', 'converted', 'ported',
];

/** Verbs that hide what the speaker did. */
export const WEAK_VERB_PHRASES = [
  'helped', 'helping', 'helps', 'worked on', 'worked closely with', 'worked with', 'worked alongside', 'working on', 'work on', 'was involved in', 'were involved in',
  'was involved with', 'were involved with', 'got involved in', 'been involved in', 'participated in',
  'participate in', 'participating in', 'assisted', 'assisting', 'assisted with', 'contributed to',
  'contributing to', 'contribute to', 'supported', 'supporting', 'was part of', 'were part of',
  'took part in', 'played a role in', 'played a * role in', 'played a part in', 'had a hand in',
  'was exposed to', 'dealt with', 'looked into', 'touched', 'collaborated on', 'was a part of', 'facilitated',
  'facilitating', 'was on the team', 'was on the team that', 'sat in on', 'weighed in on', 'provided input',
];

/** Outcome verbs in their base form, as they follow a modal in a forecast ("should boost"). */
export const FORECAST_VERBS = [
  'improve', 'reduce', 'increase', 'boost', 'cut', 'save', 'lift', 'raise', 'lower', 'decrease', 'drive',
  'grow', 'double', 'halve', 'help', 'make', 'lead', 'result', 'pay', 'speed', 'unlock', 'enable',
  'generate', 'bring', 'deliver', 'eliminate', 'prevent', 'reach', 'hit', 'add', 'move', 'have', 'be',
  'fix', 'solve', 'transform', 'accelerate', 'yield', 'produce', 'create', 'win', 'attract', 'retain',
  'convert', 'delight', 'impact', 'affect', 'change', 'free', 'shorten', 'drop', 'fall', 'rise', 'climb',
  'see', 'get', 'give', 'become', 'allow', 'let', 'mean', 'translate', 'pay off', 'go',
];

/** Past tense of the base forms above, for rewrites ("should boost" → "I boosted"). */
export const PAST_TENSE: Record<string, string> = {
  improve: 'improved', reduce: 'reduced', increase: 'increased', boost: 'boosted', cut: 'cut', save: 'saved',
  lift: 'lifted', raise: 'raised', lower: 'lowered', decrease: 'decreased', drive: 'drove', grow: 'grew',
  double: 'doubled', halve: 'halved', help: 'helped', make: 'made', lead: 'led', generate: 'generated',
  bring: 'brought', deliver: 'delivered', eliminate: 'eliminated', prevent: 'prevented', reach: 'reached',
  hit: 'hit', add: 'added', move: 'moved', fix: 'fixed', solve: 'solved', accelerate: 'accelerated',
  win: 'won', retain: 'retained', convert: 'converted', shorten: 'shortened', speed: 'sped', free: 'freed',
  unlock: 'unlocked', enable: 'enabled', yield: 'yielded', produce: 'produced', create: 'created',
  attract: 'attracted', transform: 'transformed', drop: 'dropped', change: 'changed', enhance: 'enhanced',
  streamline: 'streamlined', optimize: 'optimized', optimise: 'optimised', simplify: 'simplified',
  upgrade: 'upgraded', elevate: 'elevated', strengthen: 'strengthened', maximize: 'maximized',
  minimize: 'minimized', ship: 'shipped', build: 'built', launch: 'launched', work: 'worked',
};

/** Participles that do not end in -ed, for passives ("was rewritten", "was shut down"). */
export const IRREGULAR_PARTICIPLES = [
  'made', 'done', 'built', 'rebuilt', 'written', 'rewritten', 'shut', 'run', 'rerun', 'taken', 'given',
  'seen', 'known', 'shown', 'chosen', 'driven', 'sold', 'sent', 'spent', 'set', 'cut', 'put', 'kept',
  'held', 'brought', 'bought', 'found', 'left', 'lost', 'paid', 'told', 'thought', 'understood', 'begun',
  'broken', 'drawn', 'forgotten', 'gotten', 'grown', 'hidden', 'led', 'meant', 'redone', 'remade',
  'overseen', 'undertaken', 'withdrawn', 'won', 'split', 'spread', 'struck', 'swept', 'thrown', 'torn',
  'dealt', 'sped', 'laid', 'rolled', 'spun', 'stood', 'upheld', 'overtaken', 'rethought', 'fed', 'dug',
  'slid', 'shot', 'bid', 'hit', 'let', 'read', 'forbidden', 'frozen', 'stolen', 'woven',
];

/** Past tense of irregular participles, for turning a passive into an active rewrite. */
export const PARTICIPLE_PAST: Record<string, string> = {
  done: 'did', written: 'wrote', rewritten: 'rewrote', run: 'ran', rerun: 'reran', taken: 'took',
  given: 'gave', seen: 'saw', known: 'knew', shown: 'showed', chosen: 'chose', driven: 'drove',
  begun: 'began', broken: 'broke', drawn: 'drew', forgotten: 'forgot', gotten: 'got', grown: 'grew',
  hidden: 'hid', redone: 'redid', undertaken: 'undertook', withdrawn: 'withdrew', thrown: 'threw',
  torn: 'tore', overseen: 'oversaw', overtaken: 'overtook', frozen: 'froze', stolen: 'stole',
};

/** Words after "was"/"were" that end in -ed but describe a state, not a hidden actor. */
export const STATIVE_PARTICIPLES = [
  // What did not happen to a thing is its state, not a hidden actor: "were unchanged in the rest".
  'unchanged', 'unaffected', 'untouched', 'unresolved', 'unanswered', 'unaddressed', 'unmet', 'unused',
  'unnoticed', 'unmatched', 'unrelated', 'unexplained', 'unowned', 'unstaffed', 'undetected', 'unplanned',
  'involved', 'interested', 'excited', 'tired', 'worried', 'concerned', 'surprised', 'pleased', 'delighted',
  'thrilled', 'disappointed', 'frustrated', 'bored', 'stressed', 'scared', 'confused', 'convinced',
  'determined', 'dedicated', 'experienced', 'skilled', 'qualified', 'motivated', 'committed', 'focused',
  'based', 'located', 'related', 'supposed', 'used', 'overwhelmed', 'exhausted', 'burned', 'burnt',
  'needed', 'tasked', 'named', 'called', 'married', 'aligned', 'engaged', 'embarrassed', 'ashamed',
  'impressed', 'amazed', 'outdated', 'complicated', 'sophisticated', 'detailed', 'advanced', 'stuck',
  'blocked', 'unexpected', 'unprecedented', 'talented', 'prepared', 'scheduled', 'allowed', 'able',
  'expected', 'projected', 'predicted', 'estimated', 'forecasted', 'poised', 'set', 'bound', 'hired',
  'promoted', 'asked', 'told', 'given', 'paid', 'born', 'tied', 'gone', 'limited', 'satisfied', 'relieved',
  'annoyed', 'shocked', 'inspired', 'biased', 'skewed', 'flawed', 'broken', 'crowded', 'understaffed',
  'overloaded', 'loaded', 'unmeasured', 'untested', 'unowned', 'underfunded',
];
