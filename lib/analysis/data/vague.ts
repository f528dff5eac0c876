/** Fuzzy amounts and unmeasured impact. */

/** A fuzzy count where a number belongs. */
export const VAGUE_QUANTIFIERS = [
  'a lot of', 'lots of', 'many', 'various', 'several', 'numerous', 'countless', 'multiple',
  'tons of', 'a ton of', 'plenty of', 'a bunch of', 'a number of', 'a handful of', 'a few', 'a great deal of',
  'a large number of', 'a huge number of', 'a large amount of', 'loads of', 'heaps of', 'a variety of',
  'a wide range of', 'a range of', 'dozens of', 'hundreds of', 'thousands of', 'millions of', 
  'most of', 'the majority of', 'a majority of', 'a significant number of', 'a significant amount of',
];

/** Intensifiers that size a change without measuring it. */
export const VAGUE_INTENSIFIERS = [
  'significantly', 'significant', 'dramatically', 'dramatic', 'substantially', 'substantial',
  'considerably', 'considerable', 'greatly', 'vastly', 'massively', 'massive', 'huge', 'hugely',
  'tremendously', 'tremendous', 'enormously', 'enormous', 'drastically', 'drastic', 'meaningfully',
  'noticeably', 'sizable', 'sizeable', 'immensely', 'immense', 'exponentially', 'quite a bit', 'a bit',
  'a little', 'much', 'a lot', 'heavily', 'sharply', 'markedly', 'radically',
  'incredibly', 'majorly', 'big time', 'by a lot', 'a ton', 'far more', 'far less', 'far fewer',
  'far better', 'far faster', 'way more', 'way less', 'way better', 'way faster', 'lots',
];

/** Context that makes a quantifier exact or a question: "how many", "as many as 40". */
export const NOT_VAGUE_BEFORE = ['how', 'as', 'too'];
export const NOT_VAGUE_PHRASES = [
  'statistically significant', 'statistical significance', 'many thanks', 'some of the', 'so much as',
  // "a lot" as a piece of land: "rented a lot next to the terminal".
  'rented a lot', 'leased a lot', 'bought a lot', 'purchased a lot', 'a parking lot', 'a vacant lot', 'an empty lot',
];

/** Improvement verbs that claim impact; vague when no number goes with them. */
export const IMPROVEMENT_VERBS = [
  'improved', 'improving', 'improve', 'improves', 'enhanced', 'enhancing', 'boosted', 'optimized',
  'optimised', 'streamlined', 'increased', 'reduced', 'decreased', 'lowered', 'sped up', 'accelerated',
  'transformed', 'elevated', 'strengthened', 'upgraded', 'maximized', 'minimized', 'grew', 'raised',
  'cut down', 'revolutionized', 'supercharged', 'simplified',
];

/** Words that make a comparative a claim: "made checkout faster", "much faster", "felt smoother". */
export const COMPARATIVE_LEAD_WORDS = [
  'made', 'make', 'makes', 'making', 'much', 'far', 'way', 'lot', 'significantly', 'feel', 'felt', 'feels', 'lots',
  'noticeably', 'so', 'dramatically', 'got', 'became', 'run', 'ran', 'runs', 'is', 'was', 'were', 'are',
];
/** Words that make an improvement an intent, not a claim: "to improve", "wanted to speed up". */
export const INTENT_WORDS = ['to', 'hopefully', 'expected', 'projected', 'plan', 'aim', 'goal', 'wanted', 'want', 'trying', 'tried', 'intended'];

/** Comparatives that claim impact: "much faster", "made onboarding better". */
export const VAGUE_COMPARATIVES = [
  'better', 'faster', 'easier', 'smoother', 'simpler', 'cheaper', 'quicker', 'more efficient',
  'more reliable', 'more stable', 'more scalable', 'more robust', 'more productive', 'more engaging',
  'more intuitive', 'more user-friendly', 'more effective', 'less painful', 'less error-prone', 'snappier',
];

/** Praise offered as impact, with no number. */
export const PRAISE_AS_IMPACT = [
  'loved it', 'loved the', 'really loved', 'users loved', 'customers loved', 'everyone loved', 'went great',
  'appreciated it', 'really appreciated', 'much appreciated', 'appreciated the',
  'went well', 'went really well', 'went very well', 'went smoothly', 'was a success', 'was a huge success',
  'was a big success', 'was a great success', 'was a massive success', 'a huge success', 'a big success',
  'a great success', 'a massive success', 'a success', 'huge win', 'big win', 'a win', 'results were amazing',
  'results were great', 'results were fantastic', 'results were excellent', 'results were incredible',
  'amazing results', 'great results', 'fantastic results', 'excellent results', 'incredible results',
  'was happy', 'were happy', 'was pleased', 'were pleased', 'was thrilled', 'were thrilled', 'was delighted',
  'were delighted', 'was satisfied', 'were satisfied', 'well received', 'well-received',
  // "the client was really happy", "users were very pleased".
  'was * happy', 'were * happy', 'was * pleased', 'were * pleased', 'was * thrilled', 'were * thrilled',
  'was * delighted', 'were * delighted',
  'positive feedback', 'great feedback', 'glowing feedback', 'rave reviews', 'big impact', 'huge impact',
  'major impact', 'massive impact', 'real impact', 'significant impact', 'great impact', 'made a difference',
  'made a big difference', 'made a huge difference', 'moved the needle', 'game changer', 'game-changer',
  'added value', 'added a lot of value', 'delivered value', 'delighted customers', 'delighted users',
  'was a hit', 'a big hit', 'paid off', 'worked really well', 'worked great', 'worked well',
  'a great outcome', 'great outcome', 'very successful', 'hugely successful', 'highly successful',
  'extremely successful', 'really successful', 'successful launch', 'made it better',
  'made things better', 'a lot better', 'much better', 'way better', 'far better', 'improved things',
  'made an impact', 'had an impact', 'had a big impact', 'had a huge impact', 'had a real impact',
  'made a * difference', 'had a * impact', 'was very popular', 'was popular', 'were popular', 'very popular',
  'hugely popular', 'really popular', 'was successful', 'were successful', 'proved successful', 'was very successful',
  'was a * success', 'a better user experience', 'a better experience', 'better user experience', 'improved the experience',
  'improved the user experience', 'was well liked', 'was a game changer', 'was a big step', 'was a huge step',
  'exceeded expectations', 'beat expectations', 'went above and beyond', 'really liked', 'liked it',
  'users liked', 'customers liked', 'everyone liked', 'a big hit', 'a hit with', 'went down well',
  'got great feedback', 'got positive feedback', 'feedback was positive', 'feedback was great',
  'feedback was amazing', 'the response was great', 'the response was amazing', 'adoption was great',
  'adoption was strong', 'was a big deal', 'huge improvement', 'big improvement', 'major improvement',
  'significant improvement', 'massive improvement', 'great improvement', 'vast improvement',
];
