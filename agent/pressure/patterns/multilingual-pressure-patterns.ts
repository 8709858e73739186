import { CLOCK, NON_ENGLISH_CUE, re, tacticPatterns } from './tactic-pattern.ts';

// Patterns run on normalised text: lowercased, diacritics dropped ("épuisé" → "epuise", "Stück" → "stuck").
const SENTENCE_START = String.raw`(?:^|[.!?]\s*)\W*`;

/** Cues of the common pressure tactics in French, German, Spanish, Italian and Dutch. */
export const MULTILINGUAL_PRESSURE_PATTERNS = [
  ...tacticPatterns('urgency', [
    ['ml-today-only', 0.9, re`\b(?:aujourd'hui seulement|seulement aujourd'hui|(?:valable|valide) (?:seulement |uniquement )?aujourd'hui|nur (?:noch )?heute|heute nur|solo (?:por )?hoy|solo (?:per )?oggi|(?:valida|valido) solo (?:per )?oggi|alleen vandaag|vandaag alleen)\b`],
    ['ml-hurry', 0.9, re`\b(?:depechez-vous|depeche-toi|ne tardez pas|schnell zugreifen|beeil\w*|nicht zogern|date prisa|dese prisa|no esperes|affrettati|sbrigati|non aspettare|wacht niet|haast je)\b|${SENTENCE_START}(?:vite|snel|corre|presto|schnell)\s*[,!]`],
    ['ml-ends-soon', 0.86, re`\b(?:(?:se )?termine|finit|expire|endet|lauft ab|termina|acaba|scade|finisce|eindigt|stopt|verloopt)\s+(?:ce soir|bientot|demain|aujourd'hui|dans|a minuit|heute|bald|morgen|in|um mitternacht|esta noche|hoy|manana|pronto|en|a medianoche|stasera|oggi|domani|tra|a mezzanotte|vanavond|vandaag|morgen|over|om middernacht)\b|\b(?:endet|termine|termina|scade|eindigt)\b[^.!?\n]{0,12}?${CLOCK}|\bfin (?:ce soir|a minuit)\b|\blauft in\b[^.!?\n]{0,20}?\bab\b`],
    ['ml-last-chance', 0.85, re`\b(?:dernier jour|derniere chance|letzte chance|letzter tag|ultim[oa] (?:dia|oportunidad)|ultimo giorno|ultima occasione|laatste kans|laatste dag)\b`],
    ['ml-hours-left', 0.86, re`\b(?:plus que|encore) \d+ (?:heures?|minutes?|jours?)\b|\bnur noch \d+ (?:stunden|minuten|tage)\b|\bquedan (?:solo )?(?:pocas|\d+) (?:horas|minutos)\b|\bmancano (?:solo )?\d+ (?:ore|minuti|giorni)\b|\bnog (?:maar )?(?:een paar|\d+) (?:uur|minuten|dagen)\b`],
    ['ml-limited-time', 0.82, re`\b(?:offre (?:a duree )?limitee|zeitlich begrenzt\w*|por tiempo limitado|per (?:un )?tempo limitato|tijdelijke actie|voor korte tijd)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('scarcity', [
    ['ml-only-n-left', 0.92, re`\b(?:plus que|il ne reste (?:que|plus que)|seulement) (?:\d+|quelques) (?:en stock|pieces?|articles?|exemplaires?|unites?)\b|\bnur noch (?:\d+|wenige)\b[^.!?\n]{0,20}?\b(?:auf lager|verfugbar|stuck|exemplare|vorratig)\b|\b(?:solo )?quedan (?:solo )?(?:\d+|pocas) (?:unidades|piezas|existencias)\b|\b(?:ne )?restano (?:solo )?\d+ (?:pezzi|articoli|unita)\b|\bsolo \d+ pezzi rimasti\b|\bnog (?:maar )?(?:\d+|enkele|een paar) (?:op voorraad|stuks|beschikbaar)\b`],
    ['ml-almost-gone', 0.9, re`\b(?:stock )?presque epuise\b|\bstock limite\b|\bfast (?:ausverkauft|vergriffen|weg)\b|\bbegrenzte stuckzahl\b|\bsolange der vorrat reicht\b|\bcasi agotad[oa]s?\b|\bexistencias limitadas\b|\bquasi esaurit[oa]\b|\bscorte limitate\b|\bbijna uitverkocht\b|\bbeperkte voorraad\b`],
    ['ml-last-units', 0.84, re`\b(?:derniers? (?:articles|exemplaires|pieces)|ultimas unidades|ultimi pezzi|laatste stuks|letzte exemplare)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('social-proof', [
    ['ml-n-people', 0.9, re`\b\d[\d .]*\s+(?:personnes|clients|acheteurs|visiteurs|personen|kunden|kaufer|besucher|menschen|personas|clientes|compradores|persone|clienti|acquirenti|mensen|klanten|kopers|bezoekers)\b[^.!?\n]{0,30}?\b(?:regardent|consultent|ont achete|ont commande|achetent|haben|sehen|kauften|gekauft|schauen|estan viendo|compraron|han comprado|lo compraron|stanno guardando|hanno acquistato|l'hanno acquistato|lo stanno|bekijken|kochten|hebben gekocht)\b`],
    ['ml-happy-customers', 0.86, re`\b(?:clients satisfaits|zufriedene kunden|clientes satisfechos|clienti soddisfatti|tevreden klanten)\b`],
    ['ml-bestseller', 0.86, re`\b(?:meilleure vente|meilleures ventes|meistverkauft\w*|(?:el|lo) mas vendido|mas vendidos?|(?:il )?piu venduto|meest verkocht\w*)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('fear', [
    ['ml-dont-risk', 0.85, re`\bne (?:prenez|prends) pas le risque\b|\bne risquez pas\b|\briskier\w* (?:sie |du )?(?:keine|nicht)\b|\bno (?:te )?arriesgues?\b|\bno se arriesgue\b|\bnon rischiare\b|\briskeer (?:geen|niet)\b`],
    ['ml-too-late', 0.82, re`\b(?:avant qu'il ne soit trop tard|bevor es zu spat ist|antes de que sea (?:demasiado )?tarde|prima che sia troppo tardi|voordat het te laat is)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('confirmshaming', [
    ['ml-no-thanks-i', 0.85, re`^\W*(?:non,? merci\b[^.!?\n]{0,10}?\bje (?:prefere|n'aime pas|ne veux pas|prefererais|n'ai pas besoin)|nein,? danke\b[^.!?\n]{0,10}?\bich (?:zahle lieber|verzichte|mag kein\w*|will kein\w*|brauche kein\w*)|no,? gracias\b[^.!?\n]{0,10}?\b(?:prefiero|no me gusta|no quiero|no necesito)|no,? grazie\b[^.!?\n]{0,10}?\b(?:preferisco|non mi piace|non voglio|non ho bisogno)|nee,? bedankt\b[^.!?\n]{0,10}?\bik (?:betaal liever|wil geen|hou niet van|heb geen))\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('forced-action', [
    ['ml-account-required', 0.86, re`\b(?:vous devez|tu dois|il faut)\s+(?:creer|ouvrir) un compte\b|\bcreez un compte pour (?:voir|continuer|commander|acheter)\b|\binscription obligatoire\b|\bcompte (?:obligatoire|requis)\b|\b(?:sie mussen|du musst)\s+(?:ein )?(?:konto|kundenkonto)\b|\bregistrieren sie sich,? um\b|\b(?:kundenkonto|konto|registrierung) ist\b[^.!?\n]{0,30}?\b(?:erforderlich|notwendig|pflicht)\b|\b(?:debes|tienes que|debe)\s+(?:crear|abrir) una cuenta\b|\bregistrate para (?:ver|continuar|comprar)\b|\bes obligatorio (?:crear una cuenta|registrarse)\b|\b(?:devi|deve)\s+(?:creare|aprire) un account\b|\bregistrati per (?:vedere|continuare|acquistare)\b|\bregistrazione obbligatoria\b|\bmaak een account aan om\b|\bje moet (?:je )?(?:registreren|een account aanmaken)\b|\baccount (?:is )?verplicht\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('obstruction', [
    ['ml-leave-only-by', 0.88, re`\b(?:resiliation|annulation|desabonnement|desinscription|kundigung|cancelacion|baja|disdetta|cancellazione|recesso|opzeggen|opzegging)\b[^.!?\n]{0,30}?\b(?:uniquement|seulement|nur|solo|solamente|unicamente|soltanto|alleen|uitsluitend)\b[^.!?\n]{0,30}?\b(?:par (?:telephone|courrier|lettre|fax)|lettre recommandee|en (?:personne|magasin|agence)|telefonisch|schriftlich|per (?:post|brief|einschreiben|fax|telefono|posta|raccomandata|aangetekende brief|telefoon)|personlich|in der filiale|por (?:telefono|correo|carta|fax)|correo certificado|en persona|presencial|tramite (?:raccomandata|telefono|posta|fax)|di persona|raccomandata|schriftelijk|in de winkel)\b`],
    // Leaving by a heavy channel without "only": registered post, in person with an ID document, at the branch.
    ['ml-leave-by-heavy-channel', 0.84, re`\b(?:resiliation|resilier|annulation|annuler|desabonnement|kundigung|kundigen|cancelacion|cancelar|darte de baja|dar de baja|darse de baja|baja|disdetta|disdire|annullare|recesso|opzeggen|opzegging)\b[^.!?\n]{0,60}?\b(?:(?:par |en )?(?:courrier|lettre) recommande[e]?|accuse de reception|per einschreiben|eingeschriebene[nm]? brief|(?:(?:por|un|envia|enviar) )?burofax|correo certificado|(?:acude|acudir|ven) a (?:tu|su|la|nuestra) (?:centro|tienda|oficina|sucursal)|en persona|presencial\w*|con (?:el|tu|su) (?:dni|nie|pasaporte)|(?:con )?(?:raccomandata|pec)|di persona|aangetekend\w*|in persoon|met (?:je|uw) (?:id|identiteitsbewijs|paspoort))\b`],
  ], NON_ENGLISH_CUE),
];
