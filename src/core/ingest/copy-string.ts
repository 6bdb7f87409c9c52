/** V8 makes substrings of this length or longer as views on their parent (SlicedString::kMinLength). */
const SLICE_MIN_LENGTH = 13;

/**
 * A copy of `text` that shares no memory with the string it was cut from. Papa Parse's fields are
 * views on the whole chunk they were read from; keeping one (a user name, a rejected value) past the
 * chunk would keep the chunk alive. Shorter strings are already copies. Only for rare strings
 * (dictionary keys, rejected rows): the round trip through JSON costs about a microsecond.
 * Example: copyString(chunk.slice(10, 40)) === chunk.slice(10, 40), without keeping `chunk`.
 */
export function copyString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}
