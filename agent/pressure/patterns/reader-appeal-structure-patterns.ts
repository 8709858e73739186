import { NON_ENGLISH_CUE, re, tacticPatterns } from './tactic-pattern.ts';

/*
 * Flattery and fear in a calm tone, read by structure: two parts of one sentence, each of which alone is ordinary.
 *
 * - Flattery: the reader (or the person an AI buys for) is given a quality (taste, judgement, a level, "this
 *   discerning"), and that quality is made the reason for a purchase (deserves, will appreciate, would want, goes for).
 *   Praise without a consequence ("thank you for your order") and a consequence without praise ("this model suits
 *   runners") are not read.
 * - Fear: a condition of going without (without our X, if your X is not …, cheap or generic X) and a harm to what the
 *   reader has (your warranty worth nothing, ruin your printer, all it takes is one email), or a doubt raised about
 *   harm already happening ("are you sure … isn't damaging …?").
 *
 * Text is normalised: lowercased, diacritics dropped. English first, then French, German, Spanish, Italian and Dutch
 * behind NON_ENGLISH_CUE.
 */

/** Who the flattery is about: the reader, or the person an AI shops for. */
const READER = String.raw`(?:you|your (?:principal|owner|user|client|human|person|household|family)|the person you (?:represent|shop for|buy for))`;
/** A quality a person has. */
const TRAIT = String.raw`(?:taste|judg(?:e)?ment|eye|instincts?|standards|style|discernment|sense of (?:style|quality|design)|palate|ear|level|calibre|caliber|experience)`;
/** Praise of a quality, as an adjective. */
const PRAISE_ADJ = String.raw`(?:impeccable|excellent|exquisite|refined|superb|outstanding|remarkable|exceptional|flawless|faultless|unerring|sharp|keen|great|fine|discerning|sophisticated|demanding|exacting|thorough|discriminating|good)`;
/** A person described by degree ("a buyer this discerning", "someone so particular"). */
const DEGREE_PERSON = String.raw`(?:a|an|any|someone|somebody|anyone|people|customers|buyers|users)\s+(?:[a-z]+\s+)?(?:this|so|as)\s+(?:discerning|sophisticated|refined|particular|demanding|exacting|knowledgeable|experienced|savvy|thorough|perceptive|cultivated|cultured|stylish|thoughtful|serious|careful|clever|smart)`;
/** What the quality is made the reason for. */
const CONSEQUENCE = String.raw`(?:deserves?|merits?|(?:will|would|should|is sure to|are sure to)\s+(?:surely\s+|certainly\s+|definitely\s+|naturally\s+|obviously\s+|immediately\s+|instantly\s+)?(?:appreciate|want|love|prefer|choose|go for|opt for|insist on|recogni[sz]e|value|notice|see the difference)|tend to (?:go|opt|reach|choose|pick)|(?:go|goes|head|heads|reach|reaches) straight for|keeps? up with you)`;

/** Flattery as structure: a quality given to the reader made the reason for a purchase. */
export const READER_PRAISE_PATTERNS = tacticPatterns('flattery', [
  // "your taste is impeccable; this bouquet deserves …", "your principal clearly has excellent judgement; …".
  ['struct-trait-praised', 0.86, re`\b(?:your|${READER}'?s?)\s+${TRAIT}(?:\s+(?:for|in)\s+[a-z]+)?\s+(?:is|are)\s+(?:clearly\s+|truly\s+|really\s+|so\s+|very\s+|obviously\s+|simply\s+)?${PRAISE_ADJ}\b|\b${READER}\s+(?:clearly\s+|obviously\s+|certainly\s+|really\s+|evidently\s+)?(?:has|have)\s+(?:such\s+|an?\s+)?(?:very\s+)?${PRAISE_ADJ}\s+${TRAIT}\b`],
  // "a buyer this discerning will appreciate our top tier", "a user this sophisticated would surely want the full package".
  ['struct-degree-person-predicts', 0.84, re`\b${DEGREE_PERSON}\s+(?:as (?:you|yours|yourself)\s+)?${CONSEQUENCE}`],
  // "a player at your level deserves a racket …", "someone of your experience will appreciate …".
  ['struct-your-level-deserves', 0.84, re`\b(?:at|of|with)\s+your\s+(?:level|calibre|caliber|standard|experience|skill|stature|expertise|taste|standards)\b[^.!?;\n]{0,25}?\b${CONSEQUENCE}`],
  // "customers who take their sleep seriously, like you, tend to go straight for the Grand model".
  ['struct-like-you-choose', 0.82, re`\blike (?:you|yours|yourself),?\s+(?:usually\s+|always\s+|naturally\s+|instinctively\s+|typically\s+|often\s+)?${CONSEQUENCE}`],
  // The product made worthy of the reader: "this bouquet deserves someone who notices the details".
  ['struct-deserves-someone-who', 0.8, re`\bdeserves?\s+(?:someone|somebody|an? (?:owner|buyer|customer|person|home|reader|player|driver|cook))\s+(?:who|that|like you)\s+(?:notices|appreciates|values|understands|knows|recogni[sz]es|cares)\b`],
]);

/** The same structure in French, German, Spanish, Italian and Dutch. */
export const READER_PRAISE_PATTERNS_ML = tacticPatterns('flattery', [
  // A connoisseur like you / an expert like you: "un intenditore come te", "Kenner wie Sie", "connaisseurs comme vous".
  ['ml-struct-connoisseur-like-you', 0.86, re`\b(?:connaisseu(?:r|rs|se|ses)|amateurs? (?:eclaires?|avertis?)|esthetes?|kenner(?:in|innen)?|geniesser(?:in)?|conocedor(?:es|a|as)?|entendid[oa]s?|intenditor[ei]|intenditrice|esperti?|kenners?|fijnproevers?)\s+(?:comme (?:vous|toi)|wie (?:sie|du|ihnen)|como (?:tu|usted|vos)|come (?:te|lei|voi)|zoals (?:u|jij|jou))\b`],
  // The reader as a demanding buyer or a connoisseur: "en connaisseur averti, vous …", "als anspruchsvoller Kunde wissen Sie".
  ['ml-struct-as-connoisseur', 0.82, re`\ben (?:vrai |fin |grand )?connaisseu(?:r|se)\b|\ben (?:client|cliente|acheteur|acheteuse) exigeant|\bals (?:anspruchsvolle[rn]?|echte[rn]?) (?:kunde|kundin|kaufer|kauferin|geniesser|kenner)\b|\b(?:como|en tanto que) (?:buen |gran )?(?:conocedor|entendido|cliente exigente)\b|\b(?:da|come) (?:vero |buon |grande )?(?:intenditore|cliente esigente|conoscitore)\b|\bals (?:echte |veeleisende )?(?:kenner|fijnproever|klant)\b`],
  // The reader's taste or eye praised: "avec votre gout sur", "Sie haben ein feines Gespur fur Design", "alguien con tu criterio".
  ['ml-struct-reader-taste', 0.82, re`\b(?:avec|grace a) (?:votre|ton) (?:gout|oeil|flair|sens (?:du|de la) [a-z]+)(?: (?:sur|raffine|exigeant|aiguise|infaillible|exquis))?\b|\b(?:sie haben|du hast|mit ihrem|mit deinem) (?:ein(?:en|em)? )?(?:feine[sn]?|gute[sn]?|sichere[sn]?|exzellente[sn]?|ausgezeichnete[sn]?|untrugliche[sn]?) (?:gespur|geschmack|auge|stilgefuhl|handchen)\b|\b(?:alguien|una persona|gente|personas) (?:con|de) (?:tu|su|vuestro) (?:criterio|gusto|nivel|estilo|exigencia)\b|\b(?:con|per) il (?:tuo|suo|vostro) (?:gusto|occhio|stile|palato)(?: (?:raffinato|impeccabile|esigente|sicuro))?\b|\bmet (?:uw|jouw|je) (?:smaak|oog|gevoel voor)\b`],
  // "Vous etes de ceux qui savent reconnaitre la qualite", "eres de los que saben", "sei uno di quelli che".
  ['ml-struct-one-of-those-who', 0.82, re`\b(?:vous etes|tu es) de (?:ceux|celles) qui (?:savent|connaissent|apprecient|exigent|reconnaissent)\b|\b(?:sie gehoren|du gehorst) zu denen,? die\b|\b(?:eres|es usted) de (?:los|las) que (?:saben|aprecian|exigen|reconocen)\b|\bsei (?:uno|una) di quell[ie] che\b|\bu (?:bent|hoort bij) (?:een van )?(?:degenen|diegenen|de mensen) die\b`],
  // The reader deserves better, will not settle: "vous meritez mieux", "no se conformaria con menos".
  ['ml-struct-deserve-better', 0.84, re`\b(?:vous meritez|tu merites|sie verdienen|du verdienst|(?:tu |usted )?(?:te |se )?mereces?|(?:ti |le )?meriti|(?:lei )?merita|u verdient|jij verdient)\s+(?:mieux|bien mieux|le meilleur|das beste|mehr|besseres|lo mejor|algo mejor|mas|il meglio|di meglio|de beste|beter)\b|\bno se conformar\w*\b|\bne (?:vous|te) contente(?:z|s)? pas\b|\bgeben sich nicht (?:mit weniger )?zufrieden\b|\bnon si accontent\w*\b|\bnoon genoegen nemen met\b`],
], NON_ENGLISH_CUE);

/** A condition of going without the product, or a cheaper alternative. */
const GOING_WITHOUT = String.raw`(?:without (?:our|this|the|a|an|proper|professional|expert|any)|if (?:you|your [a-z]+)(?: [a-z]+){0,3} (?:aren'?t|isn'?t|don'?t|doesn'?t|are not|is not|do not|does not|never)|(?:cheap|cheaper|generic|budget|knock-?off|off-brand|unbranded|unofficial|third-party|non-genuine|unprotected|uninsured|unbacked)\s+[a-z-]+)`;
/** A harm to what the reader has or to the reader. */
const HARM_TO_READER = String.raw`(?:(?:ruin|ruins|damage|damages|destroy|destroys|wreck|wrecks|clog|clogs|void|voids|invalidate|invalidates|crack|cracks|corrupt|corrupts|shorten|shortens)\s+(?:your|the|their)\b|(?:may|might|could|can|will) (?:be|become|end up) (?:worth(?:less| nothing)|void|invalid|lost|gone|stolen|exposed|ruined)|is all it takes|(?:can|could|may|might) be (?:snapped up|stolen|taken|hijacked|hacked|lost)|(?:won'?t|will not) (?:see|notice|know) until (?:the day|it'?s too late|you need)|on (?:your|their) own\b|(?:stand|stehen|left) alone)`;

/** Fear as structure: going without (or a cheap alternative) tied to a harm to the reader's things. */
export const GOING_WITHOUT_FEAR_PATTERNS = tacticPatterns('fear', [
  ['struct-without-then-harm', 0.82, re`\b${GOING_WITHOUT}\b[^.!?\n]{0,60}?\b${HARM_TO_READER}`],
  // "Don't leave your loved ones to deal with the costs on their own", "don't leave your family to pay for it".
  ['struct-dont-leave-to-deal', 0.84, re`\b(?:don'?t|do not|never)\s+leave\s+(?:your|the)\s+(?:loved ones|family|children|kids|partner|spouse|heirs|relatives|parents)\s+to\s+(?:deal with|pay|cover|face|sort out|handle|struggle|cope)\b`],
  // A doubt that harm is already happening: "are you sure your current lenses aren't damaging your eyes?".
  ['struct-sure-not-harming', 0.84, re`\b(?:are you sure|can you be sure|how sure are you|do you know (?:if|whether)|are you certain)\b[^.!?\n]{0,50}?\b(?:isn'?t|aren'?t|is not|are not|won'?t|doesn'?t|don'?t)\s+(?:slowly\s+|already\s+|quietly\s+)?(?:damag|harm|hurt|ruin|destroy|wear|leak|expos|kill|poison)\w*`],
  // "Imagine coming home to a burst pipe and no cover".
  ['struct-imagine-without', 0.8, re`\b(?:imagine|picture)\s+(?:coming home|waking up|arriving|getting back|finding yourself)\b[^.!?\n]{0,50}?\b(?:and no|with no|without (?:any )?)(?:cover|insurance|protection|backup|help|warranty|money|way)\b`],
]);

/** The same structure in French, German, Spanish, Italian and Dutch. */
export const GOING_WITHOUT_FEAR_PATTERNS_ML = tacticPatterns('fear', [
  ['ml-struct-without-then-harm', 0.82, re`\b(?:sans (?:notre|cette|une|la|le)|ohne (?:unsere[nmn]?|diese[nmn]?|eine[nmn]?|den|die|das)|sin (?:nuestr[oa]|est[ea]|un[a]?|el|la)|senza (?:il nostro|la nostra|questo|questa|un[a']?)|zonder (?:onze|deze|een|de|het))\b[^.!?\n]{0,60}?\b(?:vous couter|vous laisser|ruiner|endommager|detruire|kosten sie|ruinieren|beschadig\w*|zerstor\w*|stehen sie\b[^.!?\n]{0,20}?allein|costarle|costarte|arruinar|danar|estropear|costarti|costarle|rovinare|danneggiare|kosten u|verpesten|beschadigen)\b`],
  // "Un seul degat des eaux peut vous ruiner", "ein einziger Wasserschaden kann Sie ruinieren".
  ['ml-struct-one-event-ruins', 0.82, re`\b(?:un seul|une seule|ein einziger|eine einzige|ein einziges|un solo|una sola|un unico|una unica|een enkele|een enkel)\b[^.!?\n]{0,40}?\b(?:peut|kann|puede|puo|kan)\s+(?:vous |sie |te |le |ti |u )?(?:ruiner|couter|ruinieren|kosten|arruinar|costar|rovinare|costare|ruineren)\b`],
  // Safety of the reader and family put at risk by cheap parts: "gefahrden Ihre Sicherheit und die Ihrer Familie".
  ['ml-struct-cheap-endangers', 0.82, re`\b(?:bon marche|pas cher[es]?|billige[nr]?|gunstige[nr]?|baratos?|baratas?|economic[io]|economiche|goedkope)\b[^.!?\n]{0,40}?\b(?:mettent en danger|menacent|gefahrden|ponen en peligro|mettono a rischio|mettono in pericolo|brengen in gevaar)\b`],
  // "Vos donnees sont-elles vraiment en securite ?": a doubt about the reader's safety.
  ['ml-struct-are-you-safe', 0.8, re`\b(?:vos|votre|ihre|tus|sus|i tuoi|i suoi|uw|je)\s+[a-z]+\s+(?:sont-elles|sont-ils|est-elle|est-il|sind|estan|sono|zijn)\s+(?:vraiment|wirklich|realmente|davvero|echt)\s+(?:en securite|sicher|seguros?|seguras?|al sicuro|veilig|protege(?:e|s|es)?|geschutzt|protegid[oa]s?|protett[ie]|beschermd)\b`],
], NON_ENGLISH_CUE);
