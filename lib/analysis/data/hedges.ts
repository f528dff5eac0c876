/** Forecasts dressed as results. */

/** Modals that predict when an outcome verb follows ("should boost", "will make"). */
export const FORECAST_MODALS = ['should', 'would', 'could', 'might', 'may', 'will', "'ll", 'shall', 'ought'];

/** Words and phrases that mark a forecast on their own. */
export const FORECAST_PHRASES = [
  'hopefully', 'is projected to', 'are projected to', 'is expected to', 'are expected to', 'is likely to',
  'are likely to', 'is estimated to', 'are estimated to', 'is forecast to', 'is set to', 'we hope', 'i hope', 'hoping', 'hope to', 'projected', 'projected to', 'is projected',
  'are projected', 'projection', 'projections', 'we project', 'expected to', 'is expected', 'are expected',
  'we expect', 'i expect', 'expect it to', 'expect this to', 'anticipated', 'we anticipate', 'anticipate',
  'forecast to', 'forecasted', 'forecasted to', 'we forecast', 'estimated to', 'is estimated', 'on track to',
  'likely to', 'is likely', 'are likely', 'is going to', 'are going to', "it's going to", 'potentially', 'promises to', 'poised to', 'set to', 'aims to', 'we aim to', 'plan to', 'we plan to',
  'planned to', 'predicted', 'we predict', 'should see', 'once it launches', 'once it ships',
  'once it is live', "once it's live", 'when it launches', 'when it ships', 'in theory', 'if all goes well',
  'fingers crossed', 'presumably', 'probably', 'ought to',
];

/** Single words that put a number under a forecast or a target: "projected a 5% lift", "a goal of 10%". */
export const FORECAST_MARKERS = [
  'target', 'targets', 'targeted', 'goal', 'goals', 'aim', 'aimed', 'aiming', 'hoped', 'hope', 'hoping', 'hopefully',
  'budget', 'budgeted', 'plan', 'planned', 'planning', 'projected', 'projection', 'projections', 'projects', 'expected',
  'expect', 'expects', 'expecting', 'estimate', 'estimated', 'estimates', 'forecast', 'forecasted', 'forecasting',
  'predicted', 'predict', 'predicts', 'anticipate', 'anticipated', 'anticipates', 'potential', 'potentially', 'likely',
  'probably', 'want', 'wanted', 'ambition', 'okr', 'promised', 'promises', 'committed', "we'd", "it'd", 'if', 'believe',
];

/** Words that mark a number as what was measured: "I measured 6.1%", "the actual savings were 14%". */
export const RESULT_MARKERS = [
  'actual', 'actually', 'final', 'finally', 'ended', 'came', 'landed', 'measured', 'saw', 'observed', 'got', 'achieved',
  'recorded', 'resulted', 'yielded', 'now', 'result', 'results', 'netted', 'realized', 'realised', 'found',
];

/** Lead-ins that make a modal a purpose or a hindsight, not a forecast. */
export const NOT_FORECAST_BEFORE = ['so', 'that', 'order', 'if', 'how', 'whether', 'what', 'which'];
export const NOT_FORECAST_AFTER = ['have', "'ve", 'not', 'never'];
