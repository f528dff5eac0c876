/** Who else owned a piece: functions and roles that name a collaborator. */

/** Functions and specialities that make a team or a role specific ("the finance lead"). */
export const FUNCTIONS = [
  'design', 'design-system', 'support', 'customer-support', 'finance', 'analytics', 'data', 'data-science',
  'science', 'sre', 'platform', 'security', 'legal', 'marketing', 'sales', 'ops', 'operations', 'infra',
  'infrastructure', 'mobile', 'ios', 'android', 'backend', 'back-end', 'frontend', 'front-end', 'qa', 'test',
  'product', 'engineering', 'research', 'ux', 'ui', 'growth', 'compliance', 'privacy', 'hr', 'people',
  'recruiting', 'procurement', 'pricing', 'payments', 'billing', 'service', 'ml', 'devops', 'release',
  'partner', 'partnerships', 'account', 'accounts', 'brand', 'content', 'seo', 'web', 'api', 'database',
  'dba', 'network', 'networking', 'search', 'ranking', 'risk', 'fraud', 'trust', 'safety', 'policy',
  'warehouse', 'logistics', 'supply', 'fulfilment', 'fulfillment', 'store', 'field', 'regional', 'country',
  'clinical', 'medical', 'research', 'tax', 'treasury', 'audit', 'communications', 'comms', 'pr',
  'success', 'onboarding', 'checkout', 'identity', 'core', 'reliability', 'performance', 'localization',
  'editorial', 'executive', 'leadership', 'vendor', 'client', 'customer', 'on-call', 'incident', 'kernel',
  'hardware', 'firmware', 'manufacturing', 'quality', 'cloud', 'storage', 'observability', 'monitoring',
  'docs', 'documentation', 'merchandising', 'merch', 'cx', 'category', 'buying', 'planning', 'strategy',
  'revenue', 'growth-marketing', 'lifecycle', 'crm', 'retention', 'acquisition', 'ads', 'hiring', 'talent', 'cdn',
];

/** Role nouns that need a function in front to be specific ("the design lead"). */
export const ROLE_HEADS = [
  'lead', 'leads', 'team', 'teams', 'manager', 'managers', 'owner', 'owners', 'engineer', 'engineers',
  'director', 'directors', 'head', 'partner', 'partners', 'counterpart', 'counterparts', 'squad', 'org',
  'organization', 'organisation', 'department', 'group', 'champion', 'sponsor', 'architect', 'architects',
  'specialist', 'specialists', 'reps', 'rep', 'analysts', 'analyst', 'scientists', 'scientist',
  'researchers', 'researcher', 'designers', 'designer', 'vp', 'pm', 'pms', 'crew', 'staff', 'function',
  'council', 'board', 'guild', 'chapter', 'agents', 'agent', 'representatives', 'liaison', 'counsel',
];

/**
 * Role nouns that, after a lead-in such as "with the", make any one-to-three-word name a
 * collaborator: "with the bed-management nurse lead", "and the depot supervisors".
 */
export const NAMED_ROLE_HEADS = [
  ...ROLE_HEADS, 'supervisor', 'supervisors', 'coordinator', 'coordinators', 'officer', 'officers',
  'administrator', 'administrators', 'consultant', 'consultants', 'planner', 'planners', 'buyer', 'buyers',
  'trustees', 'committee', 'ops', 'desk', 'unit', 'nurses', 'clinicians', 'teachers', 'controller',
  'leader', 'leaders', 'eng', 'service', 'union',
];

/**
 * People named by their job alone, who need no speciality in front after a lead-in: "with the
 * treasurer", "signed off by the news editor", "w/ our agronomist". Words ending in -ist or -ian
 * (pharmacist, technician) count too.
 */
export const PERSON_ROLES = [
  'editor', 'editors', 'developer', 'developers', 'registrar', 'treasurer', 'secretary', 'chair', 'chairman',
  'chairwoman', 'chef', 'chefs', 'super', 'superintendent', 'contractor', 'contractors', 'subcontractor',
  'liaison', 'regulator', 'regulators', 'auditor', 'auditors', 'accountant', 'lawyer', 'solicitor', 'surgeon',
  'surgeons', 'doctor', 'doctors', 'nurse', 'dean', 'principal', 'headteacher', 'coach', 'coaches', 'captain',
  'vendor', 'vendors', 'supplier', 'suppliers', 'agency', 'consultant', 'consultants', 'coordinator',
  'supervisor', 'foreman', 'planner', 'buyer', 'producer', 'producers', 'founder', 'cofounder', 'co-founder',
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'counsel', 'controller', 'steward', 'officer', 'administrator',
  'manager', 'director', 'recruiter', 'designer', 'architect', 'researcher', 'mentor', 'sponsor',
];

/** Words before a role that name it as a collaborator: "with the …", "signed off by the …", "and the …". */
export const ROLE_LEAD_INS = ['with', 'alongside', 'and', 'plus', 'by', 'involved', 'including', 'included'];

/** Words that leave a role vague even after "with the": "with the new team", "with the whole group". */
export const VAGUE_ROLE_MODIFIERS = [
  'new', 'old', 'whole', 'entire', 'same', 'own', 'other', 'wider', 'broader', 'small', 'large', 'big',
  'rest', 'my', 'our', 'their', 'his', 'her', 'your', 'its', 'this', 'that', 'these', 'those', 'i', 'we',
];

/** Roles that are specific on their own. */
export const STANDALONE_ROLES = [
  'ceo', 'cto', 'cfo', 'coo', 'cpo', 'cmo', 'ciso', 'cio', 'vp of engineering', 'vp of product',
  'general counsel', 'data scientist', 'data scientists', 'designer', 'designers', 'analyst', 'analysts',
  'product manager', 'product managers', 'program manager', 'tech lead', 'staff engineer', 'principal engineer',
  'founder', 'founders', 'recruiter', 'recruiters', 'lawyer', 'lawyers', 'accountant', 'controller',
  'economist', 'statistician', 'researcher', 'researchers', 'copywriter', 'auditor', 'auditors',
];

/** Departments that name a collaborator on their own after "with", "and" or "alongside": "with legal and procurement". */
export const DEPARTMENTS = [
  'legal', 'finance', 'procurement', 'marketing', 'sales', 'security', 'support', 'design', 'engineering', 'product',
  'research', 'compliance', 'hr', 'operations', 'ops', 'recruiting', 'partnerships', 'analytics', 'leadership',
  'customer success', 'customer support', 'customer service', 'data science', 'infosec', 'privacy', 'pr', 'comms', 'communications', 'tax', 'treasury', 'qa',
];

/** Lead-ins that mark the people named after them as collaborators. */
export const COLLABORATION_CUES = [
  'with', 'together with', 'alongside', 'along with', 'partnered with', 'paired with', 'in partnership with',
  'jointly with', 'co-led with', 'and', 'by', 'from', 'plus',
];
