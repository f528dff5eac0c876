/** Named business and system metrics. A metric is a thing you can count, price or time. */

export const METRIC_TERMS = [
  'conversion', 'conversions', 'conversion rate', 'revenue', 'gmv', 'arr', 'mrr', 'bookings', 'sales',
  'churn', 'churn rate', 'retention', 'activation', 'engagement', 'latency', 'p50', 'p90', 'p95', 'p99',
  'p999', 'tail latency', 'cost', 'costs', 'spend', 'margin', 'margins', 'gross margin', 'profit', 'profits',
  'sales pipeline', 'qualified pipeline', 'in pipeline', 'pipeline value', 'nps', 'csat', 'ces', 'dau', 'mau', 'wau', 'daily active users', 'monthly active users',
  'weekly active users', 'active users', 'uptime', 'availability', 'downtime', 'throughput', 'error rate',
  'errors', 'error budget', 'tickets', 'support tickets', 'contacts', 'support contacts', 'incidents',
  'outages', 'pages', 'alerts', 'mttr', 'mttd', 'mtbf', 'sla', 'slo', 'cac', 'ltv', 'aov', 'arpu', 'arpa',
  'cpc', 'cpm', 'cpa', 'ctr', 'click-through rate', 'click-through', 'bounce rate', 'signups', 'sign-ups',
  'installs', 'downloads', 'crashes', 'crash rate', 'defects', 'defect rate', 'bugs', 'escaped defects',
  'precision', 'recall', 'accuracy', 'false positives', 'false positive rate', 'checkouts', 'orders',
  'abandoned carts', 'cart abandonment', 'abandonment', 'refunds', 'chargebacks', 'fraud losses', 'returns',
  'attrition', 'turnover', 'time to hire', 'time-to-hire', 'lead time', 'cycle time', 'build time',
  'load time', 'page load', 'response time', 'handle time', 'aht', 'wait time', 'wait times', 'queue time',
  'deploys', 'deployments', 'deployment frequency', 'deploy frequency', 'change failure rate', 'coverage',
  'test coverage', 'utilization', 'utilisation', 'occupancy', 'yield', 'fill rate', 'on-time delivery',
  'delivery time', 'pick time', 'shrink', 'stockouts', 'savings', 'paying customers', 'new customers',
  'win rate', 'close rate', 'renewals', 'renewal rate', 'expansion revenue', 'net revenue retention', 'nrr',
  'gross revenue retention', 'grr', 'payback', 'burn', 'burn rate', 'opex', 'capex', 'cloud spend',
  'infrastructure cost', 'completion rate', 'adoption', 'adoption rate', 'usage', 'sessions', 'bookings',
  'transactions', 'approval rate', 'acceptance rate', 'open rate', 'reply rate', 'response rate',
  'resolution time', 'first response time', 'backlog', 'headcount', 'hours saved', 'escalations',
  'complaints', 'violations', 'sev1s', 'sev-1s', 'tickets per week', 'ttfb', 'lcp', 'time to first byte',
  'time to interactive', 'frame rate', 'fps', 'memory', 'cpu', 'storage cost', 'unit cost', 'cost per order',
  'cost per ticket', 'cost per hire', 'roi', 'ebitda', 'market share', 'share of wallet', 'basket size',
  'repeat purchase rate', 'repeat rate', 'lifetime value', 'drop-off', 'dropoff', 'drop-off rate',
  'bill', 'cloud bill', 'aws bill', 'freshness', 'data freshness', 'nps score', 'refund rate',
  'on-call load', 'pages per week', 'toil', 'hours', 'subscribers', 'paid subscribers', 'customer count',
  'saving', 'deal size', 'average deal size', 'ticket volume', 'time to hire', 'uptime', 'false positive',
];

/** Heads that turn a noun into a metric: "pick time", "alert precision", "onboarding drop-off rate". */
export const METRIC_HEADS = [
  'rate', 'rates', 'time', 'times', 'latency', 'cost', 'costs', 'ratio', 'score', 'volume', 'count',
  'share', 'precision', 'recall', 'accuracy', 'throughput', 'revenue', 'spend', 'margin', 'yield', 'speed',
  'duration', 'frequency', 'percentage', 'index',
];

/** Generic words that look like metrics but name none ("various metrics", "the numbers"). */
export const NOT_METRICS = ['metric', 'metrics', 'kpi', 'kpis', 'numbers', 'results', 'stats', 'statistics'];

/** State verbs whose subject is the thing measured: "completion was 58%", "attendance averaged 42". */
export const METRIC_STATE_VERBS = ['was', 'were', 'averaged', 'hovered', 'sat', 'stood', 'peaked', 'remained', 'stayed'];
