import { NON_ENGLISH_CUE, re, tacticPatterns } from './tactic-pattern.ts';

/*
 * Dark patterns read by their structure rather than by cue words: what is done to the buyer's money or choice, who
 * chose it, and when it is disclosed. Each rule is a clause built from a few slots, written once per language family
 * (English first, then French, German, Spanish and Italian behind NON_ENGLISH_CUE). Text is normalised: lowercased,
 * diacritics dropped.
 *
 * - Sneaking: a paid extra + an act of the shop (added, included, assigned, selected) + its own amount, with no sign
 *   the buyer chose it ("you selected", "if you", "optional") and not "included in the price"; a paid continuation
 *   that is not announced ("no reminder", "sans rappel"); a charge collected at a desk or a later step.
 * - Misdirection: a default kept or chosen for the buyer, with the alternative placed elsewhere (bottom of the page,
 *   "other options"); bundled consent (saving a card *and* switching on renewals); a displayed price that is not the
 *   one charged; questions and boxes in the double negative.
 * - Obstruction: leaving routed through a heavy channel (a call, a letter, an agency with an ID, a signed form), a long
 *   notice period, a slow effect, a chain of steps, a retention call.
 * - Forced action: a purpose clause (to see prices, to book, to get a quote) tied to a demand unrelated to buying
 *   (an account, marketing consent, an app, location, a survey, another purchase), in either order.
 */

/** An amount of money as shops write it: "€12", "12 EUR", "4,99 €". */
const AMOUNT = String.raw`(?:[£$€]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:[£$€]|eur|euros?|usd|gbp|chf)(?![a-z]))`;

/** A paid extra the shop can put into an order (not the goods themselves, not a fee that is part of the price). */
const ADDON_EN = String.raw`(?:insurance|cover|warranty|protection|(?:[a-z]+ )?kit|membership|subscription|service plan|care (?:plan|pack)|upgrade|seat|donation|accessor(?:y|ies)|add-?ons?|priority (?:handling|boarding|delivery|service)|gift ?wrap(?:ping)?)`;
/** The shop's own act on an order, as a participle with no buyer as subject. */
const SHOP_ACT_EN = String.raw`(?:added|included|pre-?selected|selected|assigned|allocated|attached|bundled|kept)`;
/** Signs the buyer chose or may choose the extra. */
const BUYER_CHOICE_EN = String.raw`(?:if you|you (?:chose|choose|selected|select|picked|pick|added|add|asked|ask|requested|ticked|booked|ordered|opted)|optional|on request|at your request|your choice|can be|available|free of charge|no extra|at no (?:extra )?cost|not (?:pre-?)?selected|in the price)`;

const ADDON_ML = String.raw`(?:assurance|garantie|protection|kit|abonnement|adhesion|seguro|garantia|proteccion|suscripcion|versicherung|schutz\w*|servicepauschale|paket|assicurazione|garanzia|protezione|abbonamento|pacchetto)`;
const SHOP_ACT_ML = String.raw`(?:se (?:anade|agrega|incluye)|s'ajoute|si aggiunge|wird hinzugefugt|ajoutee?s?|incluse?s?|comprise?s?|(?:pre)?selectionnee?s?|hinzugefugt|enthalten|(?:vor)?ausgewahlt|anadid[oa]s?|incluid[oa]s?|(?:pre)?seleccionad[oa]s?|aggiunt[oaei]|inclus[oaei]|(?:pre)?selezionat[oaei])`;
const BUYER_CHOICE_ML = String.raw`(?:si vous|vous avez (?:choisi|selectionne|ajoute|demande)|facultati\w*|optionnel\w*|en option|sur demande|dans le prix|wenn sie|sie haben|auf wunsch|optional|im preis|si (?:lo |la )?(?:deseas|desea|quieres|elige)|opcional|has elegido|en el precio|se (?:lo |la )?(?:desideri|vuoi|scegli)|facoltativ\w*|hai scelto|nel prezzo|gratuit\w*|kostenlos|gratis)`;

/** Ways of leaving, in the five non-English languages. */
const LEAVE_ML = String.raw`(?:resiliation|resilier|desabonnement|desinscription|desinscrire|suppression (?:du|de votre) compte|fermeture (?:du|de votre) compte|kundigung|kundigen|abmeldung|kontoloschung|baja|cancelacion|cancelar|darte de baja|darse de baja|disdetta|disdire|recesso|cancellazione|annullamento|disiscrizione)`;

export const CHOICE_STRUCTURE_PATTERNS = [
  ...tacticPatterns('sneaking', [
    // "Installation kit added (29 EUR)", "Extended warranty: 3 years, 49 EUR, included", "the seat assigned to you
    // carries a 12 EUR charge": the extra, the shop's act and the extra's own amount in one clause.
    ['struct-shop-added-priced', 0.84, re`\b(?=${ADDON_EN}\b)(?<!\b(?:free|no|without)\s)(?<!\b${BUYER_CHOICE_EN}\b[^.!?;\n]{0,60})${ADDON_EN}\b(?![^.!?;\n]*\b${BUYER_CHOICE_EN}\b)[^.!?;\n]{0,50}?(?<!\b(?:not|never|be|been|n't)\s)\b${SHOP_ACT_EN}\b(?!\s+(?:in|into|with) (?:the |our |your )?(?:price|rate|fare|plan)\b)[^.!?;\n]{0,40}?${AMOUNT}|\b(?=${ADDON_EN}\b)(?<!\b(?:free|no|without)\s)(?<!\b${BUYER_CHOICE_EN}\b[^.!?;\n]{0,60})${ADDON_EN}\b(?![^.!?;\n]*\b${BUYER_CHOICE_EN}\b)[^.!?;\n]{0,40}?${AMOUNT}[^.!?;\n]{0,25}?(?<=(?:[\d)€$£,:]|\beur|\b(?:is|are|been|was|were|now|already))\s*)\b${SHOP_ACT_EN}\b(?!\s+(?:in|into|with) (?:the |our |your )?(?:price|rate|fare|plan)\b)`],
    // A paid continuation the buyer is not told about: "no reminder is sent before the charge", "renews without notice".
    ['struct-unannounced-charge', 0.84, re`\bno (?:reminder|advance notice|notice|warning|notification|e-?mail)\b[^.!?;\n]{0,30}?\b(?:is |will be )?(?:sent|given|before (?:the |any |each |it )?(?:charge|renewal|payment|billing|conversion|renews))\b|\b(?:charged|renews?|renewed|billed|converts?|continues|debited)\b[^.!?;\n]{0,60}?\bwithout (?:a |any )?(?:reminder|prior notice|advance notice|notice|warning|notification)\b`],
    // A free period or a gift that turns into a paid plan: "the membership you received converts to a paid membership".
    ['struct-converts-to-paid', 0.82, re`\b(?:membership|subscription|plan|trial|access|account|gift)\b[^.!?;\n]{0,60}?(?<!\b(?:not|never|n't)\s)\b(?:converts?|turns|switches|rolls(?: over)?|changes|continues)\s+(?:in)?(?:to|as)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:paid|paying|full-price|premium)\b`],
    // A renewal at a price the text does not state: "renewed at the current list price, which differs from …".
    ['struct-renewal-unstated-price', 0.8, re`\b(?:renew\w*|renewal)\b[^.!?;\n\d]{0,60}?\bat (?:the |our )?(?:then[- ])?(?:current|standard|list|regular|full|prevailing|new|applicable)\s+(?:list\s+)?(?:price|rate|tariff|fee)\b(?![^.!?;\n]*(?:\d|\bof\s))`],
    // Costs collected later, at the desk or counter rather than in the price: "… airport fee are charged at the desk".
    ['struct-charged-at-desk', 0.8, re`\b(?=(?:fees?|surcharges?|charges?|insurance|tax(?:es)?|lev(?:y|ies)|extras)\b)(?<!\d[^.!?;\n]{0,60})(?:fees?|surcharges?|charges?|insurance|tax(?:es)?|lev(?:y|ies)|extras)\b[^.!?;\n\d]{0,40}?\b(?:are |is |will be )?(?:charged|payable|collected|added|due)\s+(?:at|on)\s+(?:the\s+)?(?:desk|counter|pick-?up|collection|arrival|check-?in|rental desk)\b(?![^.!?;\n]*\d)`],
    // A row already ticked beside an amount: "☑ Cover my booking with Cancellation Protection, €14.99".
    ['struct-ticked-row-amount', 0.82, re`^\W*[☑☒✅]\s*[^.!?;\n]{0,80}?${AMOUNT}|${AMOUNT}[^.!?;\n]{0,60}?[☑☒✅]`],
    // A charge that runs unless the buyer acts: "charged at €6.99 unless removed before Thursday", "€2.50 per month
    // applies unless you switch to e-billing"; or whatever the buyer does: "charged … whether used or not".
    ['struct-charge-unless-buyer-acts', 0.82, re`${AMOUNT}[^.!?;\n]{0,60}?\bunless (?:you\s+)?(?:remove|removed|switch|opt|untick|uncheck|tell|change|decline|deselect|cancel|turn|swap)\w*\b|\b(?:charged|billed|payable|applies)\b[^.!?;\n]{0,60}?\bwhether (?:used|needed|you use it|it is used|they are used) or not\b`],
    // A cost disclosed only after the buyer commits: "shown after you enter your card", "shown on the next page after
    // you click Confirm order".
    ['struct-cost-after-commitment', 0.84, re`\b(?:shown|revealed|displayed|disclosed|listed|calculated|appears?|added|set out)\b[^.!?;\n]{0,30}?\b(?:only\s+)?(?:after|once|when) you(?:'ve| have)?\s+(?:enter\w*|click\w*|press\w*|tap\w*|confirm\w*|submit\w*|pa(?:y|id|ying)|plac\w*|provid\w*)\s+(?:in\s+)?(?:your |the |"|')?(?:card|payment|order|confirm|bank|details|pay)`],
    // A free period that continues as paid at a rate the text does not state: "afterwards, membership continues at the
    // standard rate".
    ['struct-continues-at-unstated-rate', 0.8, re`\b(?:continues?|converts?|rolls? (?:on|over)|carries on|switches)\b[^.!?;\n\d]{0,30}?\bat (?:the |our )?(?:then[- ])?(?:current|standard|list|regular|full|normal|usual|prevailing)\s+(?:monthly\s+|annual\s+)?(?:price|rate|tariff|fee)\b(?![^.!?;\n]*(?:\d|\bof\s))`],
    // The shop rounds the buyer's total up for a cause: "we have rounded up your total … in favour of our partner charity".
    ['struct-rounded-up-for-cause', 0.82, re`\b(?:we(?:'ve| have)?|(?:has|have) been|was|is)\s+(?:automatically\s+)?rounded up\b[^.!?;\n]{0,60}?\b(?:charity|donation|partner|good cause|foundation)\b`],
  ]),
  ...tacticPatterns('sneaking', [
    ['ml-struct-shop-added-priced', 0.84, re`\b(?=${ADDON_ML}\b)(?<!\b${BUYER_CHOICE_ML}\b[^.!?;\n]{0,60})${ADDON_ML}\b(?![^.!?;\n]*\b${BUYER_CHOICE_ML}\b)[^.!?;\n]{0,60}?(?<!\b(?:pas|nicht|kein|no|non|ne)\s)\b${SHOP_ACT_ML}\b[^.!?;\n]{0,50}?${AMOUNT}|\b(?=${ADDON_ML}\b)(?<!\b${BUYER_CHOICE_ML}\b[^.!?;\n]{0,60})${ADDON_ML}\b(?![^.!?;\n]*\b${BUYER_CHOICE_ML}\b)[^.!?;\n]{0,50}?${AMOUNT}[^.!?;\n]{0,25}?(?<=(?:[\d)€$£,:]|\beur|\b(?:est|sont|ist|sind|es|son|e|sono|deja|bereits|ya|gia|wird|mitberechnet))\s*)\b${SHOP_ACT_ML}\b|\b(?=${SHOP_ACT_ML}\b)(?<!\b${BUYER_CHOICE_ML}\b[^.!?;\n]{0,60})(?<!\b(?:pas|nicht|kein|no|non|ne)\s(?:[a-z]+\s)?)${SHOP_ACT_ML}\b(?![^.!?;\n]*\b${BUYER_CHOICE_ML}\b)[^.!?;\n]{0,40}?\b${ADDON_ML}\b[^.!?;\n]{0,40}?${AMOUNT}`],
    ['ml-struct-unannounced-renewal', 0.84, re`\b(?:essai|abonnement|periode d'essai|prueba|suscripcion|periodo de prueba|prova|abbonamento|periodo di prova|probe\w*|abo\w*|mitgliedschaft)\b[^.!?;\n]{0,60}?\b(?:se poursuit|se prolonge|se renouvelle|continue|devient|bascule|se convierte|se renueva|continua|pasa a|si rinnova|diventa|prosegue|verlangert sich|wird)\b[^.!?;\n]{0,80}?\b(?:sans (?:rappel|preavis|avertissement|notification|vous prevenir)|sin (?:aviso|previo aviso|recordatorio|avisar)|senza (?:preavviso|avviso|promemoria|avvisare)|ohne (?:erinnerung|vorankundigung|hinweis|vorherige))\b`],
    ['ml-struct-cost-at-last-step', 0.8, re`\b(?:frais|supplements?|taxes?|gebuhr\w*|servicepauschale|zuschlag|aufpreis|cargos?|gastos|tasas?|comision(?:es)?|costi|spese|commissioni?|supplementi?)\b[^.!?;\n]{0,50}?\b(?:calcule\w*|ajoute\w*|applique\w*|affiche\w*|factur\w*|berechnet|hinzugefugt|erhoben|angezeigt|calculad\w*|anadid\w*|aplicad\w*|mostrad\w*|cobrad\w*|calcolat\w*|aggiunt\w*|applicat\w*|mostrat\w*|addebitat\w*)\b[^.!?;\n]{0,30}?\b(?:(?:a )?l'etape (?:du |de )?paiement|au (?:moment du )?paiement|a la caisse|(?:a la |lors de la )?derniere etape|letzten (?:bestellschritt|schritt)|an der kasse|beim bezahlen|(?:al|en el) (?:pagar|pago|ultimo paso)|en (?:la )?caja|(?:al|nel) (?:pagamento|checkout|ultimo passaggio)|alla cassa|lors de la validation|a la validation|(?:beim|bei) (?:bestellabschluss|abschluss)|al (?:confirmar|finalizar)|alla conferma)\b`],
    ['ml-struct-auto-added', 0.84, re`\b(?:ajoute\w*|inclus\w*|facture\w*|hinzugefugt|berechnet|anadid\w*|incluid\w*|cobrad\w*|aggiunt\w*|inclus[oaei]|addebitat\w*)\s+automati(?:quement|sch|camente)\b|\bautomati(?:quement|sch|camente)\s+(?:ajoute\w*|facture\w*|hinzugefugt|berechnet|anadid\w*|cobrad\w*|aggiunt\w*|addebitat\w*)\b|\b(?:essai|periode d'essai|probezeit|probeabo|probemonat|testphase|prueba|periodo de prueba|prova|periodo di prova)\b[^.!?;\n]{0,40}?\bautomati(?:quement|sch|camente)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('misdirection', [
    // The cheaper or plain alternative put out of the way: "to keep standard delivery, use the link at the bottom of
    // the page", "the free plan is listed under Other ways", "the Light fare is hidden from this list".
    ['struct-alternative-elsewhere', 0.8, re`\b(?:standard|basic|free|cheaper|cheapest|light|lite|economy|regular|smaller|single|one-?off|original|other)\s+(?:[a-z-]+\s+)?(?:delivery|fares?|plans?|options?|offers?|versions?|tariffs?|rates?|tiers?|choices?)\b[^.!?\n]{0,60}?\b(?:at the bottom|bottom of the (?:page|list|screen)|(?:is |are )?hidden|below the fold|further down|(?:listed|shown|found|kept) under|link (?:at|below|in) the|show all|see all|more options|(?:available )?(?:only )?on request|only (?:if|when) (?:you )?ask(?:ed)?|shown last|collapsed)\b`],
    // A default that applies when the buyer chooses nothing: "if neither is ticked, Yes is applied".
    ['struct-silence-means-yes', 0.82, re`\bif (?:neither|nothing|none|no (?:box|option|choice)) is (?:ticked|checked|selected|chosen|made)\b[^.!?;\n]{0,40}?\b(?:yes|the (?:paid|premium|cover|insurance|upgrade|protection)|we (?:add|apply|select|include|assign))\b|\bif you (?:do not|don'?t) (?:choose|select|pick|answer|decide)\b[^.!?;\n]{0,30}?\bwe(?:'ll| will)? (?:add|apply|select|include|assign|upgrade)\b`],
    // Stacked negatives in a renewal or consent line: "will not be not renewed unless you do not confirm".
    ['struct-stacked-negatives', 0.82, re`\bnot (?:be )?not\b|\bunless you (?:do not|don'?t) (?:confirm|want|wish|agree|object)\b`],
    // A default that stays unless the buyer acts: "by default, your seat upgrade is kept", "… upgraded to Family at your
    // next renewal unless you tell us", "we have kept your preferences …, including sharing your data with partners".
    ['struct-default-kept', 0.8, re`\bby default\b,?\s+(?:your |the |all )?(?:[a-z-]+\s+){0,2}?(?:upgrades?|insurance|cover|protection|warranty|premium|subscription|membership|sharing|marketing|partners?|renewals?|tip|add-?ons?|extras?)\b[^.!?;\n]{0,30}?\b(?:is|are|stays?|remains?)\s+(?:kept|applied|included|selected|active|enabled|renewed)\b|\b(?:upgraded|moved|switched|changed|transferred|migrated)\s+to\b[^.!?;\n]{0,60}?\bunless you\b|\b(?:kept|left|carried over|retained)\b[^.!?;\n]{0,50}?\bincluding (?:sharing|passing|selling) (?:your )?(?:data|details|information|contact)\b`],
    // Two consents in one control: saving a card and switching on renewals or marketing.
    ['struct-bundled-consent', 0.8, re`\b(?:save|remember|store|keep)\b[^.!?;\n]{0,40}?\band\s+(?:(?:the|your)\s+)?(?:auto(?:matic)?[- ]?(?:renew\w*|top[- ]?ups?|reloads?|payments?|re-?orders?)|marketing|partner offers|newsletters?|recurring (?:payments?|orders?|deliveries))\b[^.!?;\n]{0,30}?\b(?:is|are)\s+(?:turned on|switched on|on|enabled|active|included|ticked)\b`],
    // A price displayed in a smaller unit than it is charged, or valid only under a commitment the text does not price.
    ['struct-displayed-price-differs', 0.76, re`\b(?:shown|displayed|advertised|listed|presented)\s+as\s+(?:[£$€]\s?)?[\d.,]+\s*(?:eur|usd|gbp|[£$€])?\s*(?:per|a|\/)\s*(?:month|week|day)\b|\b(?:displayed|advertised|shown|headline|quoted)\s+(?:price|rate|fare|tariff)\s+(?:applies to|assumes|requires|is based on|corresponds to|is for)\b[^.!?;\n]{0,30}?\b(?:\d+[- ]months?|commitment|contract|annual|subscription|membership)\b`],
    // Accepting a bundle by the main button: "Click Continue to accept the recommended bundle, or Edit to build your own".
    ['struct-continue-accepts-recommended', 0.78, re`\b(?:click|press|tap|select|choose)\s+['"]?(?:continue|next|ok|proceed|confirm)['"]?\s+to\s+(?:accept|keep|confirm)\s+(?:the\s+|our\s+)?(?:recommended|suggested|pre-?selected|selected)\b`],
    // Questions and declines in the double negative: "not interested in not missing out?", "are you sure you do not
    // want to keep …? Yes, remove it".
    ['struct-double-negative', 0.82, re`\bnot\s+(?:interested in|wanting|keen on|bothered about)\s+not\s+[a-z]+ing\b|\bare you sure you (?:do not|don'?t) want to\b`],
    // Declining made an admission: "to decline …, confirm that you understand you will not be covered".
    ['struct-decline-admission', 0.78, re`\bto (?:decline|refuse|skip|remove|opt out of)\b[^.!?;\n]{0,60}?\bconfirm (?:that )?you (?:understand|accept|agree|acknowledge)\b`],
  ]),
  ...tacticPatterns('misdirection', [
    ['ml-struct-preselected', 0.8, re`\b(?=nous|deja|est|pre|sel|cho|ber|vor|fur|ya|ele|gia|e gia|sce)(?<!\d[^.!?;\n]*)(?:nous avons (?:pre)?selectionne|(?:deja|est) (?:cochee?s?|(?:pre)?selectionnee?s?)|preselectionnee?s?|(?:selectionnee?s?|choisie?s?) pour vous|bereits (?:ausgewahlt|angekreuzt|aktiviert)|vorausgewahlt|fur sie ausgewahlt|ya (?:esta|estan) (?:marcad[oa]s?|seleccionad[oa]s?)|preseleccionad[oa]s?|(?:seleccionad[oa]s?|elegid[oa]s?) para (?:ti|usted)|(?:gia|e gia) (?:selezionat[oaei]|spuntat[oaei])|preselezionat[oaei]|(?:selezionat[oaei]|scelt[oaei]) per (?:te|lei))\b(?![^.!?;\n]*\d)`],
    ['ml-struct-already-in-basket', 0.78, re`\b(?:deja|gia|ya|bereits|schon) (?:dans (?:le|votre) panier|nel (?:tuo )?carrello|en (?:el|tu) carrito|im warenkorb)\b`],
    ['ml-struct-keep-box-ticked', 0.82, re`\b(?:laissez|laisser|gardez|garder)\s+(?:cette|la)\s+case\s+cochee\b|\b(?:lasciare|lascia|lasci)\s+(?:la|questa)\s+casella\s+(?:selezionata|spuntata|attiva)\b|\b(?:deja|dejar|deje)\s+(?:la|esta)\s+casilla\s+(?:marcada|seleccionada)\b|\blassen sie\s+(?:das|dieses)\s+(?:kastchen|feld|hakchen)\b`],
    ['ml-struct-double-negative', 0.86, re`\bpara no dejar de\b|\bpour ne pas (?:cesser|arreter) de\b|\bper non (?:smettere|cessare) di\b|\bverzicht\w*\b[^.!?;\n]{0,40}?\bverzicht\w*|\bne (?:souhaitez|voulez|desirez) pas ne (?:plus|pas)\b|\bno (?:desea|deseas|quiere|quieres) no\b|\bnon (?:desidera|desideri|vuole|vuoi) non\b|\bnicht\b[^.!?;\n]{0,20}?\bnicht mehr\b`],
    ['ml-struct-alternative-elsewhere', 0.8, re`\b(?:autres (?:offres|formules|options|tarifs)|(?:offre|formule|option|version) (?:de base|gratuite|standard)|basisvariante|standardoption|andere(?:n)? (?:optionen|tarife|angebote)|otras (?:ofertas|opciones|tarifas)|opcion basica|altre (?:offerte|opzioni|tariffe)|opzione base)\b[^.!?;\n]{0,60}?\b(?:en bas de (?:la )?page|masquee?s?|sous ['"]?(?:autres|plus)|unter ['"]?weitere|ganz unten|ausgeblendet|al final de la pagina|ocult[oa]s?|in fondo alla pagina|nascost[oaei])\b`],
    ['ml-struct-confirm-keeps-selection', 0.78, re`\b(?:en cliquant sur|cliquez sur)\b[^.!?;\n]{0,40}?\b(?:vous conservez|vous acceptez|vous gardez)\b[^.!?;\n]{0,40}?\b(?:selectionnee?s? pour vous|recommandee?s?|choisie?s? pour vous)\b`],
    ['ml-struct-displayed-price-differs', 0.76, re`\b(?:tarif|prix) affiche\b[^.!?;\n]{0,40}?\b(?:engagement|abonnement|sous condition)\b|\b(?:precio|tarifa) (?:mostrad[oa]|anunciad[oa])\b[^.!?;\n]{0,40}?\b(?:permanencia|compromiso|suscripcion)\b|\bprezzo (?:indicato|mostrato)\b[^.!?;\n]{0,40}?\b(?:vincolo|impegno|abbonamento)\b|\b(?:angezeigte|beworbene) preis\b[^.!?;\n]{0,40}?\b(?:laufzeit|vertrag|abo)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('obstruction', [
    // A long notice period: two months or more.
    ['struct-long-notice-period', 0.8, re`\bnotice period\s+(?:is|of)\s+(?:at least\s+)?(?:two|three|four|six|nine|twelve|[2-9]|1[0-2])\s+(?:full\s+)?(?:calendar\s+)?months\b`],
    // An exit that takes effect weeks later.
    ['struct-slow-exit', 0.8, re`\b(?:unsubscrib\w*|opt-?outs?|opting out|cancell?ations?|removals?|closures?|deletions?)\b[^.!?;\n]{0,40}?\b(?:takes? effect|is effective|becomes? effective|is processed|are processed)\s+(?:with)?in\s+(?:up to\s+)?(?:(?:1[5-9]|[2-9]\d|\d{3,})\s*(?:working |business |calendar )?days|\d+\s*(?:weeks|months))\b`],
    // A chain of steps to leave: three or more "then".
    ['struct-exit-chain', 0.8, re`\bto (?:unsubscribe|cancel|opt out|close (?:your |the )?account|delete (?:your |the )?account|end (?:your |the )?(?:plan|membership|subscription))\b(?:[^.!?;\n]{0,50}?\bthen\b){3,}`],
    // Leaving needs a written request or a channel that cannot be online.
    ['struct-exit-written-request', 0.8, re`\b(?:account closure|closing (?:your |the )?account|cancell?ation|termination|unsubscrib\w*)\b[^.!?;\n]{0,80}?\b(?:by|via|through|with) (?:a )?written request\b`],
    // An exit channel said to be missing on a platform: "cancellation is not available in the mobile app".
    ['struct-exit-not-on-platform', 0.8, re`\b(?:cancell?ation|cancel(?:ling)?|unsubscrib\w*|closure|deletion|downgrad\w*)\b[^.!?;\n]{0,30}?\b(?:is |are )?not (?:available|possible|supported|offered)\s+(?:in|on|via|through|from)\s+(?:the |our )?(?:mobile |ios |android )?(?:app|application|website|site)\b`],
    // A leaving request answered by a sales call: "an adviser will call you back to present our loyalty offers".
    ['struct-retention-call', 0.8, re`\b(?:advis[eo]rs?|agents?|specialists?|representatives?|consultants?)\b[^.!?;\n]{0,40}?\b(?:will (?:call|phone|contact) you|calls? you back)\b[^.!?;\n]{0,50}?\b(?:offers?|deals?|loyalty|retention|keep you|stay)\b`],
    // Leaving on paper: a form to print or sign and post.
    ['struct-exit-on-paper', 0.82, re`\b(?:termination|cancell?ation|closure|opt-?out|withdrawal)\s+(?:form|letter|request)\b[^.!?;\n]{0,40}?\b(?:sign|print)\w*\b[^.!?;\n]{0,40}?\b(?:post|mail|fax)\b`],
    // Leaving only inside a narrow window: "you can downgrade your plan only during the first 5 days of each quarter".
    ['struct-exit-window', 0.8, re`\b(?:can|may)\s+(?:only\s+)?(?:cancel|downgrade|end|terminate|pause|leave|close|switch (?:off|plans?))\b[^.!?;\n]{0,40}?\bonly\s+(?:during|in|within|between|on)\s+(?:the\s+)?(?:first|last|final|\d+)\b|\b(?:can|may)\s+only\s+(?:cancel|downgrade|end|terminate|pause|leave|close)\b[^.!?;\n]{0,40}?\b(?:during|in|within) the (?:first|last|final)\b`],
    // The exit control shown only after hurdles, or a precondition before leaving: "the cancel option appears after you
    // answer a survey", "to cancel online you must first enter a code that we send by post".
    ['struct-exit-after-hurdle', 0.82, re`\b(?:cancel\w*|unsubscribe|opt-?out|close account|delete account|end plan)\s+(?:option|button|link)\b[^.!?;\n]{0,20}?\b(?:appears?|shows?|is shown|becomes? (?:available|visible)|unlocks?)\s+(?:only\s+)?(?:after|once) you\b|\bto (?:cancel|unsubscribe|close|delete|end|terminate)\b[^.!?;\n]{0,30}?\byou (?:must|need to|have to|will need to) first\b`],
    // Returns or exits accepted only where the item came from: "other branches cannot accept it".
    ['struct-one-place-only', 0.74, re`\bother (?:branches|stores|shops|offices|locations)\s+(?:cannot|can'?t|can not|will not|won'?t|do not|don'?t)\s+(?:accept|process|handle|take)\b`],
  ]),
  ...tacticPatterns('obstruction', [
    ['ml-struct-exit-only-by', 0.86, re`\b${LEAVE_ML}\b[^.!?;\n]{0,40}?\b(?:n'est (?:possible|acceptee?|recevable|effectuee?|traitee?) que|ne (?:peut|peuvent) (?:se faire|etre (?:faite?s?|effectuee?s?|demandee?s?)) que)\s+(?:par|en|sur|au|a l'|aupres)\b|\b${LEAVE_ML}\b[^.!?;\n]{0,40}?\b(?:muss|mussen)\b[^.!?;\n]{0,30}?\b(?:schriftlich|per post|per brief|per einschreiben|personlich|telefonisch)\b|\b${LEAVE_ML}\b[^.!?;\n]{0,40}?\b(?:solo (?:es posible|se puede|puede)|solo (?:e possibile|si puo|puo))\b[^.!?;\n]{0,30}?\b(?:por|per|in|a|en|al)\b`],
    ['ml-struct-exit-by-call', 0.84, re`\b(?:pour (?:resilier|vous desabonner|vous desinscrire|annuler votre abonnement|fermer votre compte)|para (?:darte de baja|darse de baja|cancelar|anular)|per (?:disdire|annullare|disiscriversi|cancellare)|um (?:zu kundigen|sich abzumelden))\b[^.!?;\n]{0,20}?,?\s*(?:appelez|telephonez|contactez (?:notre|le) service (?:client|clients) par telephone|llama|llame|llamar|chiama|chiamare|telefona|rufen sie)\b`],
    ['ml-struct-exit-with-id', 0.84, re`\b(?:${LEAVE_ML}|demande de resiliation)\b[^.!?;\n]{0,80}?\b(?:piece d'identite|justificatif d'identite|formulaire signe|lettre signee|en agence|ausweis|personalausweis|unterschrieben\w*|documento de identidad|dni|formulario firmado|documento d'identita|modulo firmato)\b`],
    ['ml-struct-long-notice', 0.82, re`\bpreavis (?:est )?de (?:deux|trois|quatre|six|douze|[2-9]|1[0-2]) mois\b|\bkundigungsfrist (?:betragt |von )?(?:zwei|drei|vier|sechs|zwolf|[2-9]|1[0-2]) monate\b|\bpreaviso (?:es )?de (?:dos|tres|cuatro|seis|doce|[2-9]|1[0-2]) meses\b|\bpreavviso (?:e )?di (?:due|tre|quattro|sei|dodici|[2-9]|1[0-2]) mesi\b`],
    ['ml-struct-retention-call', 0.8, re`\b(?:conseiller|berater|asesor|consulente|operatore)\b[^.!?;\n]{0,50}?\b(?:vous rappellera|vous contactera|ruft sie an|wird sie anrufen|le llamara|te llamara|la richiamera|ti richiamera|la contattera|ti contattera)\b[^.!?;\n]{0,50}?\b(?:offres?|fidelite|angebote?|ofertas?|fidelizacion|offerte|fedelta)\b`],
  ], NON_ENGLISH_CUE),
  ...tacticPatterns('forced-action', [
    // A purpose clause tied to consent to marketing or advertising: "to book a table, … accept our marketing terms",
    // "to continue as a guest, accept cookies for personalised advertising".
    ['struct-purpose-needs-marketing', 0.84, re`\bto (?:book|order|buy|reserve|get|receive|see|view|access|continue|complete|check ?out|pay|confirm)\b[^.!?;\n]{0,60}?\b(?:accept|agree to|consent to|opt in to|sign up (?:to|for)|subscribe to)\s+(?:our |the |all |receiving )?(?:[a-z]+\s+)?(?:marketing|newsletters?|promotional|partner|advertising|cookies for (?:personali[sz]ed )?advertising)\b`],
    // A benefit that starts only once the buyer gives something unrelated: location, a survey, a referral, a follow.
    ['struct-benefit-once-demand', 0.82, re`\b(?:discount|price|prices|offer|deal|rate|saving|availability|quote|checkout)\b[^.!?;\n]{0,40}?\b(?:(?:is|are) (?:applied|shown|unlocked|given|released|activated))\b[^.!?;\n]{0,10}?\b(?:once|after|when|only (?:once|after|when|if)|as soon as)\s+you(?:'ve| have)?\s+(?:allow|enable|share|accept|join|subscribe|download|install|connect|link|follow|refer|invite|sign up|register|turn on)\w*\b`],
    // A survey or questionnaire before prices or booking.
    ['struct-survey-to-access', 0.84, re`\b(?:complete|take|fill (?:in|out)|answer)\s+(?:a|the|our|this|your)\s+(?:[a-z0-9-]+\s+){0,3}(?:survey|questionnaire|quiz)\b[^.!?;\n]{0,30}?\bto (?:access|see|view|unlock|get|receive|continue|book|buy|order)\b`],
    // Buying one thing only after buying another: "reservation is only possible after purchasing the annual pass",
    // "spare parts are supplied only to customers who have a service plan".
    ['struct-purchase-tied', 0.82, re`\b(?:reservations?|bookings?|ordering|purchases?|spare parts|parts|refills?|tickets?|access)\b[^.!?;\n]{0,40}?\bonly\b[^.!?;\n]{0,40}?\b(?:after|with|to (?:customers|members|those|people) (?:who|with))\b[^.!?;\n]{0,30}?\b(?:purchas\w+|buy\w*|hav\w+|hold\w*|tak\w+ out)\s+(?:an?|the|our)\s+(?:[a-z-]+\s+){0,2}?(?:pass|membership|subscription|(?:service )?plan|contract)\b`],
    // One purchase made to carry another: "to rent a car, you must also take our roadside assistance", "can be bought
    // only together with the cloud plan", "only members of our club can buy this".
    ['struct-must-also-buy', 0.84, re`\bto (?:buy|rent|hire|book|order|get|purchase|use)\b[^.!?;\n]{0,40}?\byou (?:must|have to|need to|are required to) also (?:take|buy|purchase|add|get|subscribe|book|rent|pay for)\b|\b(?:bought|sold|ordered|purchased|rented|booked)\s+only\s+(?:together\s+)?with\b[^.!?;\n]{0,30}?\b(?:plan|subscription|membership|package|contract|service)\b|\bonly (?:members|subscribers|holders) of (?:our|the) (?:[a-z-]+\s+){0,2}?(?:can|may) (?:buy|order|purchase|book|rent)\b`],
    // Seeing the ordinary terms of a sale made conditional on an account: "sign in or create an account to see delivery
    // options", "verify your email before you can add items to your cart".
    ['struct-account-to-see-terms', 0.82, re`\b(?:sign in|log ?in|register|create an account|join|verify your (?:email|e-mail|phone|number))\b[^.!?;\n]{0,30}?\b(?:to (?:see|view|access|get)|before you can (?:see|view|add|buy|order|book))\s+(?:the |our |your |any )?(?:delivery|shipping|postage|prices?|pricing|availability|items?|stock|options|stock levels|opening)\b`],
    // A demand said to switch buying on: "add a referral from a friend to activate checkout".
    ['struct-demand-activates', 0.82, re`\b(?:add|invite|refer|share|follow|download|install|subscribe|join|register|sign up|allow|enable|accept)\b[^.!?;\n]{0,50}?\bto (?:activate|enable|unlock|open)\s+(?:the\s+|your\s+)?(?:checkout|basket|cart|ordering|booking|prices?|discount|offer)\b`],
  ]),
  ...tacticPatterns('forced-action', [
    ['ml-struct-purpose-then-demand', 0.84, re`\b(?=pour|para|per)(?<!\b(?:asistente|assistant|assistente|agent|agente|ia|ai|bot)\b[^.!?;\n]{0,80})(?:pour (?:acceder|voir|consulter|obtenir|recevoir|reserver|commander|acheter|finaliser|profiter|beneficier)|para (?:ver|acceder|completar|reservar|comprar|recibir|obtener|finalizar)|per (?:vedere|accedere|completare|prenotare|acquistare|ricevere|ottenere|finalizzare))\b[^.!?;\n]{0,50}?,?\s*(?:inscrivez-vous|creez un compte|connectez-vous|abonnez-vous|acceptez|telechargez|installez|activez|autorisez|partagez|registrate|inicia sesion|descarga|instala|acepta|suscribete|activa|permite|comparte|registrati|accedi|scarica|installa|accetta|iscriviti|attiva|consenti|condividi)\b(?![^.!?;\n]*\b(?:invite|invitado|ospite|sans compte|sin cuenta|senza account|facultati\w*|opcional|facoltativ\w*)\b)`],
    ['ml-struct-demand-then-purpose', 0.84, re`\b(?=inscr|cree|conn|abon|acce|acep|atti|tele|inst|acti|auto|part|regi|inic|desc|susc|perm|comp|iscr|scar|cons|cond)(?<!\b(?:asistente|assistant|assistente|agent|agente|ia|ai|bot)\b[^.!?;\n]{0,80})(?:inscrivez-vous|creez un compte|connectez-vous|abonnez-vous|acceptez|telechargez|installez|activez|autorisez|partagez|registrate|inicia sesion|descarga|instala|acepta|suscribete|activa|permite|comparte|registrati|scarica|installa|accetta|iscriviti|attiva|consenti|condividi)\b[^.!?;\n]{0,60}?\b(?:pour (?:acceder|voir|consulter|obtenir|recevoir|reserver|commander|acheter|finaliser|profiter)|para (?:ver|acceder|completar|reservar|comprar|recibir|obtener|finalizar)|per (?:vedere|accedere|completare|prenotare|acquistare|ricevere|ottenere|finalizzare))\b(?![^.!?;\n]*\b(?:invite|invitado|ospite|sans compte|sin cuenta|senza account|facultati\w*|opcional|facoltativ\w*)\b)`],
    ['ml-struct-purpose-modal-demand', 0.84, re`\b(?:pour (?:continuer|poursuivre|proceder|commander|acheter|reserver|voir|acceder)|para (?:continuar|proceder|seguir|comprar|reservar|ver|acceder)|per (?:continuare|procedere|proseguire|acquistare|prenotare|vedere|accedere)|um (?:fortzufahren|weiterzumachen|zu bestellen|zu kaufen|zu buchen|(?:die )?preise zu sehen))\b[^.!?;\n]{0,40}?,?\s*(?:(?:e necessario|occorre|bisogna|devi|deve|il faut|vous devez|tu dois|es necesario|debes|debe|tienes que|hay que|mussen sie|musst du|bitte)\s+)?(?:iscriversi|iscriviti|registrarsi|registrati|scaricare|scarica|installare|installa|accettare|accetta|creer un compte|s'inscrire|inscrivez-vous|s'abonner|abonnez-vous|telecharger|telechargez|installer|installez|accepter|acceptez|registrarse|registrate|suscribirse|suscribete|descargar|descarga|instalar|instala|aceptar|acepta|crear una cuenta|installieren sie|registrieren sie|laden sie|akzeptieren sie|abonnieren sie|melden sie sich)\b`],
    ['ml-struct-members-only-prices', 0.8, re`\b(?:prix|tarifs?|offres?|precios?|tarifas?|ofertas?|prezzi|tariffe|offerte|preise|angebote)\b[^.!?;\n]{0,30}?\b(?:reservee?s?|riservat[oaei]|reservad[oa]s?)\s+(?:aux|a los|a las|ai|agli|alle)\s+(?:membres|abonnes|clients connectes|miembros|socios|usuarios registrados|membri|iscritti|utenti registrati)\b|\bnur (?:fur )?(?:angemeldete|registrierte) (?:kunden|mitglieder|nutzer)\b`],
  ], NON_ENGLISH_CUE),
];
