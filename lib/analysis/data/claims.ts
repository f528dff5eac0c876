/** Titles as evidence, solo credit, polish as proof, and what a learning sounds like. */

/** A title or a duty offered as evidence. */
/** Nouns that make "I was the … X" a title, whatever comes between: "the hiring manager", "the senior product owner". */
export const TITLE_NOUNS = ['manager', 'lead', 'owner', 'director', 'head', 'pm', 'architect', 'champion', 'dri', 'coordinator', 'supervisor', 'vp', 'principal', 'captain'];

/** A duty at the start of a résumé bullet, which has no "I": "Responsible for …", "In charge of …". */
export const BULLET_DUTY_PHRASES = ['responsible for', 'in charge of', 'accountable for', 'tasked with', 'owner of', 'point person for'];
/** Verbs that open a bullet with a role and nothing it changed: "Led migration of …", "Managed the team". */
export const BULLET_LEAD_VERBS = ['led', 'managed', 'headed', 'oversaw', 'supervised', 'coordinated'];

export const ROLE_TITLE_PHRASES = [
  'i was the owner of', 'i was the owner', 'i was the lead', 'i was the lead on', 'i was the lead for',
  'i was the leader', 'i was the head of', 'i was the manager', 'i was the manager of', 'i was the pm',
  'i was the product manager', 'i was the tech lead', 'i was the point person', 'i was the dri',
  'i was the driver', 'i was the champion', 'i was the architect', 'i was the senior', 'i was a senior',
  'i was the lead engineer', 'i was the lead pm', 'i was the lead designer', 'i am the owner',
  'i am the lead', "i'm the lead", "i'm the owner", 'i was responsible for', 'i am responsible for',
  "i'm responsible for", 'i was solely responsible for', 'i was in charge of', 'i am in charge of',
  "i'm in charge of", 'i was accountable for', 'i was tasked with', 'i was given ownership',
  'i was put in charge', 'i was assigned to', 'i was assigned', 'my role was', 'my role as',
  'my responsibility was', 'my responsibilities included', 'my job was', 'my job was to', 'my title was',
  'as the lead', 'as the owner', 'as the head', 'as the manager', 'as the pm', 'as the product manager',
  'as the tech lead', 'as the senior', 'as a senior', 'as the engineering manager', 'as the director',
  'as team lead', 'as tech lead', 'as lead', 'in my role as', 'in my capacity as', 'under my leadership',
  'under my direction', 'under my guidance', 'i led a team of', 'i managed a team of', 'i ran a team of',
  'i oversaw', 'i headed', 'i headed up', 'i led the effort', 'i led the initiative', 'i led the project',
  'i led the program', 'i led the workstream', 'i spearheaded', 'i was the driving force', 'i drove the initiative',
  'i drove the effort', 'i was the go-to person', 'i was the face of', 'i served as', 'i acted as',
  'i was appointed', 'i was named', 'i was chosen to lead', 'i was selected to lead', 'i held the title', 'i had * direct reports', 'i managed * engineers',
  'i managed * people', 'i led * engineers', 'i led * people', 'i was promoted to', 
];

/** Solo credit that erases everyone else. */
export const OVER_CLAIM_PHRASES = [
  'single-handedly', 'single-handed', 'all on my own', 'entirely on my own', 'completely on my own',
  'all by myself', 'by myself', 'i did it all', 'i did everything', 'did all the work',
  'did all of the work', 'did the whole thing', 'i alone', 'solely', 'nobody else', 'no one else',
  'without any help', 'without help', 'without anyone', "without anyone's help", 'without any support',
  '100% my', 'entirely my idea', 'all my idea', 'my idea alone', 'carried the team', 'i rescued', 'i saved the day', 'all myself', 'entirely my work', 'entirely mine',
  'all mine', 'my project alone', 'i saved the company', 'i saved the project', 'i saved the launch',
  'all the credit', 'on my own', 
];
/** Verbs after which a trailing "myself" claims solo credit ("I did all the work myself"). */
export const SOLO_VERBS = [
  'did', 'built', 'wrote', 'designed', 'handled', 'ran', 'delivered', 'made', 'shipped', 'coded', 'created',
  'fixed', 'drove', 'led', 'solved', 'rebuilt', 'rewrote', 'launched', 'owned', 'managed', 'executed',
];
/** Lead-ins that share credit, so nearby solo words are no over-claim ("I, with two peers,"). */
export const SHARED_CREDIT_CUES = [
  'with', 'together', 'alongside', 'along', 'partnered', 'jointly', 'co-led', 'helped', 'peers', 'team',
];

/** Praise for looks or the demo, not data. */
export const POLISH_PRAISE = [
  'amazing', 'great', 'polished', 'slick', 'beautiful', 'clean', 'modern', 'sleek', 'gorgeous', 'stunning',
  'fantastic', 'awesome', 'professional', 'nice', 'fresh', 'pretty', 'incredible', 'impressive', 'elegant',
  'shiny', 'flashy', 'snazzy', 'pixel-perfect', 'perfect', 'lovely', 'cool', 'wow', 'delightful', 'crisp',
  'smooth', 'seamless', 'world-class', 'best-in-class', 'cutting-edge', 'state-of-the-art', 'good',
];
export const POLISH_SUBJECTS = [
  'ui', 'ux', 'design', 'designs', 'demo', 'demos', 'prototype', 'prototypes', 'deck', 'decks', 'slides',
  'presentation', 'mockup', 'mockups', 'mock-ups', 'visuals', 'screens', 'animation', 'animations', 'look',
  'new look', 'look and feel', 'interface', 'layout', 'branding', 'logo', 'styling', 'theme', 'page',
  'website', 'landing page', 'dashboard', 'app', 'redesign', 'walkthrough', 'pitch', 'video', 'poc',
  'proof of concept', 'showcase',
];
export const POLISH_VERBS = ['looks', 'look', 'looked', 'looking', 'felt', 'feels', 'seemed', 'appeared'];
/** Praise that can only be about looks, whatever is praised: "the new lighting looks gorgeous". */
export const LOOKS_PRAISE = [
  'gorgeous', 'stunning', 'beautiful', 'slick', 'polished', 'sleek', 'elegant', 'pixel-perfect', 'shiny',
  'flashy', 'snazzy', 'pretty', 'lovely', 'fresh', 'modern', 'amazing', 'incredible', 'fantastic', 'awesome',
];
export const IMPRESS_VERBS = ['impressed', 'wowed', 'dazzled', 'blew away', 'won over', 'amazed', 'excited', 'delighted'];
/** Audiences who were impressed, as the subject: "leadership was impressed". */
export const IMPRESSED_STATES = ['impressed', 'wowed', 'blown away', 'amazed', 'dazzled'];
export const AUDIENCE = [
  'leadership', 'execs', 'executives', 'the execs', 'the ceo', 'the cto', 'the vp', 'vps', 'stakeholders',
  'the board', 'everyone', 'the client', 'clients', 'senior leadership', 'management', 'the room',
  'the audience', 'investors', 'my manager', 'my boss', 'the director', 'directors', 'the leadership team',
];
export const POLISH_PHRASES = [
  'standing ovation', 'pixel-perfect', 'pixel perfect', 'got applause', 'a round of applause', 'wow factor',
  'eye candy', 'eye-catching', 'looked professional', 'looks professional', 'great demo', 'amazing demo',
  'slick demo', 'polished demo', 'beautiful ui', 'beautiful design', 'sleek design', 'gorgeous ui',
  'loved the demo', 'loved the design', 'loved the look', 'loved the new look', 'loved the ui',
];

/** What the speaker learned or changed after. */
export const LEARNING_PHRASES = [
  'i learned', 'i learnt', "i've learned", 'i have learned', 'my lesson', 'the lesson', 'lesson learned',
  'lessons learned', 'a lesson', 'key lesson', 'my learning was', 'the learning was', 'the learning is', 'my biggest learning',
  'key learning', 'the learning:', 'my learning:', 'my takeaway', 'the takeaway',
  'key takeaway', 'taught me', 'since then i', 'since then, i', 'from then on', 'ever since', 'now i always',
  'i now always', 'these days i', 'next time i', 'next time, i', 'in hindsight', 'with hindsight',
  'looking back', 'in retrospect', 'i would do differently', "i'd do differently", 'do it differently',
  'i realized', 'i realised', 'i changed how i', 'i changed the way i', 'i started to always', 
  'what i learned', 'what i took away', 'i took away', 'i should have', 'i wish i had', 
  'i carry', 'i still use', 'i always', 'lesson:', 'lesson -', 'lesson —', 'lesson –', 'learned to',
  'learnt to', "i should've", 'next time',
];

/** A baseline or a gap before the work. */
export const PROBLEM_PHRASES = [
  'the problem', 'the problem was', 'a problem', 'the issue', 'the issue was', 'bottleneck', 'bottlenecks',
  'backlog', 'pain point', 'pain points', 'complaints', 'complaining', 'churning', 'losing', 'were losing',
  'was losing', 'declining', 'stuck at', 'was stuck', 'were stuck', 'broken', 'failing', 'kept failing',
  'burned out', 'burning out', 'behind schedule', 'over budget', 'the gap', 'a gap', 'blocker', 'blockers',
  'root cause', 'escalations', 'was costing', 'were costing', 'cost us', 'costing us', 'too slow',
  'too expensive', 'too many', 'missed', 'at risk', 'the risk', 'was down', 'were down',
  'had dropped', 'had fallen', 'had doubled', 'had tripled', 'had grown', 'had risen', 'had stalled',
  'stalled', 'plateaued', 'lagging', 'struggling', 'struggled', 'outage', 'outages',
  'incidents', 'frustrated', 'frustration', 'drowning', 'overloaded', 'toil', 
  'baseline', 'used to', 'previously', 'originally', 'at the time', 'averaged', 'hovered',
  'sat at', 'stood at', 'ran at', 'peaked at', 'was running at', 'hovering',
];
export const BASELINE_VERBS = ['was', 'were', 'averaged', 'hovered', 'sat', 'stood', 'ran', 'peaked', 'took', 'had', 'cost', 'stuck', 'remained', 'stayed', 'spent', 'needed', 'required', 'waited', 'caused'];

/** Verbs that carry a piece of work somewhere: "extended the model to the marketplace", "rolled the quizzes out". */
export const CARRY_VERB_WORDS = ['roll', 'rolls', 'rolling', 'applied', 'spread', 'copied', 'ported', 'pushed'];
/** Verbs that put work in place at a scope: "adopted the rule on all 22 wards", "took it to all claims". */
export const PUT_IN_PLACE_VERBS = [
  'adopted', 'shipped', 'launched', 'deployed', 'released', 'introduced', 'enabled', 'installed', 'fitted', 'migrated',
  'moved', 'standardized', 'standardised', 'mandated', 'made', 'opened', 'turned', 'took', 'take', 'brought',
];
/** Others taking up the work: "two other services adopted the freeze playbook" (not when the speaker is the one adopting). */
export const TAKE_UP_VERBS = ['adopted', 'copied', 'reused', 'replicated', 'borrowed'];
/** Objects of those verbs that are a date or a deal, not work: "extended the deadline to May". */
export const NOT_WORK_OBJECTS = ['deadline', 'deadlines', 'date', 'contract', 'offer', 'trial', 'invitation', 'hours', 'meeting', 'call'];
/** Where work goes that is a time or a stage, not a wider scope ("to next week", "to production"). */
export const NOT_SCOPE_TARGETS = ['next', 'tomorrow', 'later', 'production', 'prod', 'staging'];

/** What happened next at a larger scope. */
export const SCALE_PHRASES = [
  'rolled out', 'rolled it out', 'rolled them out', 'rolled this out', 'roll out', 'rolling out',
  'made it the policy', 'made it policy', 'made it standard', 'made it the * standard', 'made it the * default',
  'the company standard', 'in every region', 'in all regions',
  'in every market', 'in all markets', 'across all', 'to every', 'to the whole', 'expanded it', 'expanded to', 'expanded it to', 'expanded the', 'expanded this', 'extended it to',
  'extended to', 'scaled it', 'scaled to', 'scaled up', 'scaled out', 'scaled across', 'scaled the',
  'adopted by', 'adopted it', 'adopted my', 'adopted our', 'made it the default',
  'made the variant the default', 'made it default', 'became the default', 'became the standard',
  'became standard', 'became the template', 'became the playbook', 'as the default', 'the default for',
  'shipped it to everyone', 'shipped it to all', 'shipped to everyone', 'shipped to all', 'to everyone',
  'to all users', 'to all customers', 'to all regions', 'to all markets', 'to all teams', 'to every team',
  'to all sites', 'to all stores', 'to every region', 'to 100%', 'launched it to', 'launched to',
  'rolled back', 'rolled it back', 'reverted', 'next iteration', 'the next iteration',
  'next version', 'next phase', 'the next step', 'second phase', 'phase two', 'open-sourced', 'reused by',
  'reused in', 'replicated', 'applied it to', 'taken up by', 'standardized', 'standardised',
  'across the company', 'across the org', 'across the organization', 'across the organisation',
  'company-wide', 'org-wide', 'globally', 'worldwide', 'general availability', 'went ga', 
  'all regions', 'all markets', 'other regions',
  'other markets', 'more sites', 'other sites', 'sunset it', 'the remaining', 'the rest of the',
  'the same way', 'the same approach', 'the same playbook', 'across the whole', 'for the whole',
  'across the entire', 'to the entire', 'standard for', 'into the standard', 'into our standard',
  'part of the standard', 'now uses', 'now use', 'still uses', 'to ios', 'to android', 'to the web app',
  'to desktop', 'rolled to', 'rolled it to', 'roll it to', 'rolled them to', 'adopted them', 'since copied',
  'copied the', 'copied it', 'copied my', 'copied our', 'reused the', 'reused it', 'reused our', 'reused my',
  'applied the same', 'used the same', 'the same pattern', 'the same fix', 
  
];
