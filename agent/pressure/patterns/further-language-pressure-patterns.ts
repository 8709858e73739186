import { re, tacticPatterns } from './tactic-pattern.ts';

// Patterns run on normalised text: lowercased, most diacritics dropped ("kończy" → "konczy", "hälsa" → "halsa"); "ł" and
// "ø" are kept as they are.

/**
 * Signs of Polish, Czech, Danish, Swedish or Portuguese shop text: the stems the patterns below rest on. One cheap test
 * per text lets every other text skip them.
 */
export const FURTHER_LANGUAGE_CUE =
  /\b(?:pospiesz\w*|spiesz\w*|musite|skal|maste|precisa|skynd\w*|corra|corram|restam|objednejte|nevahejte|zbyva\w*|kvar|tilbage|vagas|miejsc\w*|w[lł]asnie|prave|lige|musisz|konczy|acaba|ostatni\w*|posledni\w*|sidste|sista|ultim[ao]s?|tylko|zosta\w*|jen|kun|bara|apenas|osob\w*|lid[ei]|personer|pessoas|nie|ne|nej|nao|dziekuje|dekuji|tak|tack|obrigad[oa])\b/;

/** The plainest cues of urgency, scarcity, crowds, and shaming declines in Polish, Czech, Danish, Swedish and Portuguese. */
export const FURTHER_LANGUAGE_PRESSURE_PATTERNS = [
  ...tacticPatterns('urgency', [
    // "Ostatnia szansa!", "Poslední šance", "Sidste chance", "Sista chansen", "Última chance".
    ['fl-last-chance', 0.85, re`\b(?:ostatnia szansa|ostatni dzien|posledni sance|posledni den|sidste chance|sidste dag|sista chansen|sista dagen|ultima chance|ultima oportunidade|ultimo dia)\b`],
    // Urging: "Pospiesz się!", "Skynd dig!", "Skynda dig!", "Corra!", "Objednejte ještě dnes", "… kończy się za 2 godziny",
    // "a oferta acaba hoje", "zítra už bude pozdě".
    ['fl-hurry', 0.88, re`\b(?:pospiesz(?:cie)? sie|spiesz sie|nie czekaj|skynd (?:dig|jer)|skynda (?:dig|er|pa)|vent ikke|vanta inte|nevahejte|neotalejte|apresse-se|nao espere|nao perca tempo)\b|(?:^|[.!?]\s*)\W*corra(?:m)?\s*!`],
    ['fl-ends-soon', 0.86, re`\b(?:konczy sie|uplywa|konci|skonci|slutter|udlober|slutar|gar ut|acaba|termina|expira)\s+(?:za \d|dzis|dzisiaj|dzisiaj|dnes|zitra|jutro|i dag|i morgen|idag|imorgon|hoje|amanha|em \d|om \d)`],
    ['fl-today-only', 0.84, re`\b(?:jeste|jeszcze|tylko|jen|pouze|kun|bara|endnu|ainda|so|apenas) (?:dnes|dzis|dzisiaj|i dag|idag|hoje)\b|\b(?:zitra )?(?:uz )?bude pozde\b|\bbedzie (?:juz )?za pozno\b|\btarde demais\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('scarcity', [
    // "Ostatnie sztuki", "Poslední kusy skladem", "Kun 3 tilbage", "Bara 2 kvar", "Últimas unidades".
    ['fl-last-units', 0.86, re`\b(?:ostatnie (?:sztuki|egzemplarze)|posledni (?:kusy|kus)|sidste (?:stk|styk|eksemplarer)|sista (?:exemplaren|exemplar)|ultimas (?:unidades|pecas))\b|\b(?:tylko|zosta[lł][oay]? tylko|jen|uz jen|kun|bara|apenas) (?:\d+|kilka|par|fa|poucas) (?:sztuk\w*|szt|kus\w*|stk|styk|tilbage|kvar|st|unidades|pecas)\b`],
    // Few places pushed: "Bara några platser kvar", "Restam apenas 2 vagas", "Zostało tylko 5 miejsc", "Zbývají jen 2 místa",
    // "Kun 4 pladser tilbage", "Ostatnie miejsca", "Últimas vagas".
    ['fl-few-places', 0.86, re`\b(?:bara|kun|tylko|jen|uz jen|apenas|zosta[lł][oay]? tylko|zbyva(?:ji)? (?:uz )?jen|finns bara|er der kun) (?:\d+|nagra|fa|kilka|par|nekolik|poucas|poucos|nogle|et par)\b[^.!?\n]{0,25}?\b(?:kvar|tilbage|wolnych|miejsc\w*|volnych|mist[ao]?|vagas|lugares|pladser|platser)\b|\brestam (?:apenas |so |somente )?(?:\d+|poucas|poucos) (?:vagas|lugares|unidades|pecas|bilhetes|quartos)\b|\b(?:ostatnie (?:miejsca|bilety|wolne)|posledni (?:mista|volna mista|vstupenky)|sidste (?:pladser|billetter)|sista (?:platserna|platser|biljetterna)|ultimas (?:vagas|lugares))\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('social-proof', [
    // "37 osób ogląda teraz", "12 lidí si prohlíží", "40 personer kigger på", "9 pessoas estão a ver".
    ['fl-n-people-watching', 0.88, re`\b\d[\d .]*\s+(?:osob|osoby|lidi|lide|personer|pessoas)\b[^.!?\n]{0,20}?\b(?:oglada\w*|kupi[lł]\w*|si prohlizi|prohlizi|koupil\w*|ser pa|kigger pa|tittar pa|har kobt|har kopt|estao a ver|estao vendo|compraram|reservaram)\b`],
    // A named buyer from a town who has just bought: "Marek z Krakowa właśnie kupił …", "Jana z Brna právě koupila …",
    // "Mette fra Aarhus har lige købt …", "Ana do Porto acabou de comprar …" ("ł" is kept by normalisation and is no word
    // character, hence no closing \b).
    ['fl-just-bought', 0.86, re`\b[a-z]+ (?:z|ze|fra|fran|do|da|de) [a-z]+ (?:w[lł]asnie|prave|har (?:lige|just)|acabou de)\s+(?:kupi[lł]\w*|zamowi[lł]\w*|zarezerwowa[lł]\w*|koupil\w*|objednal\w*|rezervoval\w*|kobt|kopt|kobte|kopte|bestilt|bestallt|bokat|booket|comprar|reservar|encomendar)(?![a-z])`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('confirmshaming', [
    // A decline label followed by a first-person verdict: "Nej tack, jag bryr mig inte om …", "Não, obrigado, prefiro …".
    ['fl-no-thanks-i', 0.85, re`^\W*(?:nie,? dziekuje|ne,? dekuji|nej,? tak|nej,? tack|nao,? obrigad[oa])\b[^.!?\n]{0,10}?\b(?:wole|nie potrzebuje|radsi|nepotrebuji|jeg (?:vil hellere|er ligeglad|betaler gerne|foretraekker)|jag (?:bryr mig inte|vill hellre|betalar hellre|foredrar)|(?:eu )?prefiro|nao me importo)\b`],
  ], FURTHER_LANGUAGE_CUE),
  ...tacticPatterns('forced-action', [
    // An account demanded: "musisz (najpierw) założyć konto", "musíte si vytvořit účet", "du skal oprette en konto", "du
    // måste skapa ett konto", "você precisa criar uma conta".
    ['fl-account-required', 0.9, re`\bmusisz (?:najpierw |sie )?(?:za[lł]ozyc konto|zarejestrowac sie|sie zarejestrowac)\b|\bmusite (?:si )?(?:nejdriv )?(?:vytvorit ucet|zaregistrovat)\b|\bdu skal (?:forst )?(?:oprette en (?:konto|profil)|registrere dig)\b|\bdu maste (?:forst )?(?:skapa ett konto|registrera dig)\b|\b(?:voce )?(?:precisa|tem de|tem que|deve) (?:primeiro )?(?:criar uma conta|registar-se|cadastrar-se|se cadastrar|se registrar)\b`],
  ], FURTHER_LANGUAGE_CUE),
  // Greek and Hungarian account walls: "για να δείτε την τιμή, δημιουργήστε λογαριασμό", "regisztráljon a folytatáshoz",
  // "vendégként nem lehet vásárolni" (normalised: accents dropped).
  ...tacticPatterns('forced-action', [
    ['fl-account-wall-el-hu', 0.88, re`για να (?:δειτε|δεις|αγορασετε|αγορασεις|παραγγειλετε|συνεχισετε|συνεχισεις|κανετε κρατηση|πληρωσετε)[^.!?\n]{0,40}?(?:δημιουργηστε|δημιουργησε|ανοιξτε|ανοιξε|κανετε|κανε) (?:εναν |ενα )?(?:λογαριασμο|εγγραφη)|(?:δημιουργηστε|δημιουργησε|ανοιξτε) (?:εναν )?λογαριασμο[^.!?\n]{0,10}?για να (?:δειτε|αγορασετε|παραγγειλετε|συνεχισετε|προσθεσετε)|\bregisztral(?:jon|j|ni kell)\b[^.!?\n]{0,30}?\b(?:folytatas\w*|vasarl\w*|rendel\w*|megtekint\w*|arak\w*|kosar\w*)|\bvendegkent nem (?:lehet|tud) (?:vasarolni|rendelni|fizetni)\b|\b(?:hozzon|hozz) letre (?:egy )?fiokot\b[^.!?\n]{0,30}?\b(?:vasarl\w*|rendel\w*|arak\w*|folytatas\w*)`],
  ], /[\u0370-\u03ff]|\b(?:regisztral\w*|vendegkent|fiokot)\b/),
];
