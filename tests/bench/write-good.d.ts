/** write-good 1.0.8 ships no types; this is the one call the benchmark makes. */
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean | string[]>): Suggestion[];
  export default writeGood;
}
