import { re, tacticPatterns } from './tactic-pattern.ts';

// Patterns run on normalised text: lowercased, most diacritics dropped ("kończy" → "konczy", "hälsa" → "halsa"); "ł" and
// "ø" are kept as they are.

/**
 * Signs of Polish, Czech, Danish, Swedish or Portuguese shop text: the stems the patterns below rest on. One cheap test
 * per text lets every other text skip them.
 */
export const FURTHER_LANGUAGE_CUE =
  /\b(?:ostatni\w*|posledni\w*|sidste|sista|ultim[ao]s?|tylko|zosta\w*|jen|kun|bara|apenas|osob\w*|lid[ei]|personer|pessoas|nie|ne|nej|nao|dziekuje|dekuji|tak|tack|obrigad[oa])\b/;

/** The plainest cues of urgency, scarcity, crowds, and shaming declines in Polish, Czech, Danish, Swedish and Portuguese. */
export const FURTHER_LANGUAGE_PRESSURE_PATTERNS = [
  ...tacticPatterns('urgency', [
    // "Ostatnia szansa!", "Poslední šance", "Sidste chance", "Sista chansen", "Última chance".
    ['fl-last-chance', 0.85, re`\b(?:ostatnia szansa|ostatni dzien|posledni sance|posledni den|sidste chance|sidste dag|sista chansen|sista dagen|ultima chance|ultima oportunidade|ultimo dia)\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('scarcity', [
    // "Ostatnie sztuki", "Poslední kusy skladem", "Kun 3 tilbage", "Bara 2 kvar", "Últimas unidades".
    ['fl-last-units', 0.86, re`\b(?:ostatnie (?:sztuki|egzemplarze)|posledni (?:kusy|kus)|sidste (?:stk|styk|eksemplarer)|sista (?:exemplaren|exemplar)|ultimas (?:unidades|pecas))\b|\b(?:tylko|zosta[lł][oay]? tylko|jen|uz jen|kun|bara|apenas) (?:\d+|kilka|par|fa|poucas) (?:sztuk\w*|szt|kus\w*|stk|styk|tilbage|kvar|st|unidades|pecas)\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('social-proof', [
    // "37 osób ogląda teraz", "12 lidí si prohlíží", "40 personer kigger på", "9 pessoas estão a ver".
    ['fl-n-people-watching', 0.88, re`\b\d[\d .]*\s+(?:osob|osoby|lidi|lide|personer|pessoas)\b[^.!?\n]{0,20}?\b(?:oglada\w*|kupi[lł]\w*|si prohlizi|prohlizi|koupil\w*|ser pa|kigger pa|tittar pa|har kobt|har kopt|estao a ver|estao vendo|compraram|reservaram)\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('confirmshaming', [
    // A decline label followed by a first-person verdict: "Nej tack, jag bryr mig inte om …", "Não, obrigado, prefiro …".
    ['fl-no-thanks-i', 0.85, re`^\W*(?:nie,? dziekuje|ne,? dekuji|nej,? tak|nej,? tack|nao,? obrigad[oa])\b[^.!?\n]{0,10}?\b(?:wole|nie potrzebuje|radsi|nepotrebuji|jeg (?:vil hellere|er ligeglad|betaler gerne|foretraekker)|jag (?:bryr mig inte|vill hellre|betalar hellre|foredrar)|(?:eu )?prefiro|nao me importo)\b`],
  ], FURTHER_LANGUAGE_CUE),
];
