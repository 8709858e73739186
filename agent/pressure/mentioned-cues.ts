/**
 * A cue mentioned rather than used: the text names the words and says what they are not, or that they are only a name
 * ("“Lab-certified” is not a claim we make", "Doctor's Pick is the name of our range, not an endorsement", "Hurry Home
 * is just the product name"). Quotation of a cue to deny or explain it is the opposite of pressing with it. Read on the
 * original text right after the cue's span, in the same clause. A denial that turns into an assertion ("is not a claim
 * we make lightly", "not a claim, a fact") is still the cue used. A cue asked as a question and answered no at once
 * ("Selling fast? Not really; …") is denied the same way.
 */
const MENTION_AFTER_CUE =
  /^["'”’»)\]]*\s*(?:(?:is|are)\s+(?:not\s+(?:a|an|any|our)?\s*(?:claim|award|certification|certificate|endorsement|promise|guarantee|rating|label)s?\b(?![^.;!?]{0,20}\b(?:lightly|fact|proven|true)\b)|(?:just|only|simply|merely)?\s*(?:the|a|our|their)\s+(?:(?:brand|product|range|model|company|shop|store|trade|band|album|game|class|venue)\s+)?names?\b)|(?:is|are)\s+(?:not|never)\s+(?:something|a thing|what)\s+we\s+(?:claim|say|promise)|\?\s*(?:not really|no|nope|hardly|not at all|not quite|not here|not this time)\b)/i;

/** Whether the cue ending at `end` in `text` is mentioned (denied or called a name) rather than used. */
export function isMentionedNotUsed(text: string, end: number): boolean {
  return MENTION_AFTER_CUE.test(text.slice(end, end + 80));
}
