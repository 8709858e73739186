/**
 * A next run of the same thing stated beside a short count ("only 2 places left on the Saturday course; the next course
 * starts on 4 July", "la prochaine session commence le 3 mai", "der nächste Kurs beginnt am 12. Juni"): like a coming
 * restock, the shortage is of one date, not of the thing, so the count tells the reader when to come rather than that
 * they will lose it. Negated ("there is no next course this year") it is no alternative: `stated-terms.ts` reads it
 * un-negated (`NEXT_RUN_NEGATION` in the 16 characters before) in a text that presses no one.
 */
export const NEXT_RUN = new RegExp(
  /\b(?:the )?next (?:course|session|class|classes|tour|departure|sailing|run|intake|workshop|batch|group|trip|cohort|date|performance|show|term|season|camp|retreat|flight)s? (?:starts?|begins?|runs?|leaves?|departs?|opens?|is on|are on|is scheduled|takes place|will (?:start|run|be held))\b|\b(?:another|a further|a second|more) (?:courses?|sessions?|classes|tours?|departures?|dates?|runs?|workshops?|groups?) (?:(?:is|are|will be) )?(?:scheduled|planned|running|coming|available|added)\b/.source +
    // The same in French, German, Spanish, Italian and Dutch (normalised: no diacritics).
    '|' +
    /\b(?:(?:le |la )?prochain(?:e)? (?:cours|session|stage|depart|visite|atelier|groupe|sortie) (?:commence|debute|a lieu|part|est prevue?)|(?:der |die |das )?nachste[nrs]? (?:kurs|termin|gruppe|fuhrung|abfahrt|workshop|seminar) (?:beginnt|startet|findet|ist am|ab)|(?:el |la )?(?:proximo|proxima) (?:curso|sesion|grupo|salida|visita|taller) (?:empieza|comienza|sale|es el|sera el)|(?:il |la )?prossim[oa] (?:corso|sessione|gruppo|partenza|visita|laboratorio) (?:inizia|comincia|parte|e il|sara il)|(?:de )?volgende (?:cursus|sessie|groep|rondleiding|vertrek|workshop) (?:begint|start|is op|vertrekt))\b/.source,
  'g',
);
/** A negation just before the next run ("there is no next course", "kein nächster Kurs"). */
export const NEXT_RUN_NEGATION = /\b(?:no|not|never|won'?t|isn'?t|aren'?t|pas|kein\w*|nicht|ningun\w*|nessun\w*|geen)\b|n't\b/;
