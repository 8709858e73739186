import { re, tacticPatterns } from './tactic-pattern.ts';

// Patterns run on normalised text: lowercased, diacritics dropped ("créez" → "creez", "för att" → "for att"); "ł" and
// "ß" are kept as they are.

/**
 * Forced action phrased as a purpose, one rule in every language the detector reads: a demand unrelated to buying (an
 * account, a sign-up, a subscription, an app, consent to marketing, the reader's number) whose stated purpose is a step
 * of the purchase the reader is already taking (see the price or the basket, go on, finish the order, reach the
 * checkout), in either order ("create an account to see the price", "pour finaliser votre commande, installez l'app").
 * Per language: the demand (imperative, or infinitive after a modal of necessity) and the purpose clause of a step. A
 * purpose that is the reader's own data ("to see your saved addresses", "to track your order"), an optional demand ("if
 * you want", "or as a guest") or a legal requirement stated as such ("required by law") names no step or is waived.
 */
interface PurposeGrammar {
  /** The demand as an imperative (or a noun phrase with "required"), usable before or after the purpose. */
  readonly demand: string;
  /** The demand as an infinitive after a modal of necessity ("you must …", "il faut …"): the purpose-first order. */
  readonly modalDemand: string;
  /** The purpose clause naming a step of buying. */
  readonly step: string;
}

/** A step that ends its clause ("to continue."), so "continue reading" or "continue to your account" are not steps. */
const CLAUSE_END = String.raw`(?=\s*(?:[.!?,;:]|$))`;

const GRAMMARS: readonly PurposeGrammar[] = [
  // English
  {
    demand: String.raw`(?:(?:create|open|make|set up) (?:an? |your |a free )?(?:[a-z-]+ )?(?:account|profile|login)|sign up|sign in|log ?in|register|subscribe|join (?:our|the) [a-z-]+(?: [a-z-]+)?|become a (?:[a-z-]+ )?member|(?:download|install|get) (?:the|our) (?:[a-z-]+ )?(?:app|extension|plug-?in)|accept (?:our |all |the )?(?:marketing|cookies|tracking|newsletters?|partner)|allow (?:notifications|location|tracking)|(?:give us|enter|register|share) your (?:mobile|phone|number|e-?mail|date of birth|contacts)|follow us(?: on (?:social media|[a-z]+))?|(?:connect|link) your (?:[a-z]+ )?(?:bank|bank account|social|card|[a-z]+ account)|(?:buy|purchase|get|take out) an? (?:[a-z-]+ )?(?:membership|subscription|season pass|club card) first)`,
    modalDemand: String.raw`(?:you (?:must|need to|have to|are required to)|please|first)\s+(?:first\s+)?(?:create|open|make|set up|sign up|sign in|log ?in|register|subscribe|join|download|install|accept|allow|follow us|connect your|link your|share your contacts)`,
    step: String.raw`(?:before (?:browsing|seeing|viewing|checking) (?:the |our |any |all )?(?:[a-z'-]+ ){0,2}?(?:prices?|rates|fares|pricing|costs?)\b|(?:to|before you can) (?:(?:book|buy|order|reserve|rent|hire|enter) (?:an?|the|your|this|one|any) (?:[a-z'-]+ ){0,2}?(?:lane|session|class|lesson|table|court|slot|seat|ticket|race|room|pitch|place|spot|appointment|event|tour)s?\b|see (?:what|how much) (?:it|they|this|that) costs?\b|(?:go on|carry on|continue|proceed)(?: with (?:your|the|this) (?:order|purchase|booking|checkout|payment))?${CLAUSE_END}|(?:see|view|reveal|get|unlock|show) (?:the |our |its |this |your |all )?(?:[a-z'-]+ ){0,2}?(?:price|prices|pricing|price list|cost|total|basket|cart|bag)\b|(?:finish|complete|place|confirm|submit|finali[sz]e) (?:your |the |this |an? )(?:order|purchase|booking|checkout|payment)\b|check ?out\b|(?:reach|get to|go to|open) (?:the )?(?:checkout|payment)(?: page| step)?\b|(?:add|put) (?:[a-z'-]+ ){1,3}(?:in|into|to) (?:your|the) (?:basket|cart|bag)\b))`,
  },
  // French
  {
    demand: String.raw`(?:(?:creez|ouvrez) (?:un|votre) (?:compte|profil)|inscrivez-vous|inscris-toi|abonnez-vous|connectez-vous|(?:telechargez|installez) (?:notre |l'|la |cette )?(?:appli\w*|app|extension)|acceptez (?:les|nos) (?:cookies|communications|offres|e-?mails|newsletters?)|(?:donnez|indiquez|communiquez)(?:-nous)? votre (?:numero|telephone|e-?mail|adresse e-?mail|date de naissance))`,
    modalDemand: String.raw`(?:il faut|vous devez|tu dois|veuillez|merci de)\s+(?:d'abord\s+)?(?:creer|ouvrir|s'inscrire|vous inscrire|s'abonner|vous abonner|se connecter|vous connecter|telecharger|installer|accepter)`,
    step: String.raw`pour (?:(?:voir|afficher|consulter|connaitre|decouvrir|obtenir) (?:le |les |ce |nos |notre |votre )?(?:prix|tarifs?|panier|total|cout)\b|(?:continuer|poursuivre|proceder)(?: (?:votre|la) (?:commande|achat|reservation|paiement))?${CLAUSE_END}|(?:finaliser|terminer|completer|valider|confirmer|passer|regler) (?:votre |la |cette )?(?:commande|achat|reservation|paiement)\b|(?:acceder|aller|passer) (?:au|a la) (?:panier|paiement|caisse)\b)`,
  },
  // German
  {
    demand: String.raw`(?:(?:legen|richten|eroffnen|erstellen) sie (?:ein|ihr|sich ein) [a-z-]*(?:konto|profil)|registrieren sie sich|melden sie sich (?:[a-z]+ )?an|(?:installieren|laden) sie (?:unsere|die) [a-z-]*app|abonnieren sie|akzeptieren sie|(?:stimmen|willigen) sie\b[^.!?;\n]{0,40}?\b(?:zu|ein)|(?:geben|nennen) sie (?:uns )?ihre (?:telefonnummer|handynummer|e-?mail\w*|mobilnummer|geburtsdatum))`,
    modalDemand: String.raw`(?:mussen sie|musst du|bitte)\b[^.!?;\n]{0,50}?\b(?:installieren|herunterladen|registrieren|anlegen|eroffnen|erstellen|abonnieren|zustimmen|akzeptieren|anmelden|einwilligen)`,
    step: String.raw`um (?:(?:den |die |das |ihren |ihre )?(?:[a-z-]+ )?(?:preis|preise|warenkorb|gesamtbetrag|gesamtpreis|kosten)\w* (?:zu sehen|anzusehen|anzuzeigen|einzusehen|zu erfahren)|fortzufahren|weiterzumachen|zur kasse zu gehen|zu bezahlen|(?:mit )?(?:ihre |die |der )?(?:bestellung|kauf|buchung) (?:abzuschlie(?:ß|ss)en|aufzugeben|zu bestatigen|fortzusetzen|abzusenden|fortzufahren)|den kauf abzuschlie(?:ß|ss)en)`,
  },
  // Spanish
  {
    demand: String.raw`(?:(?:crea|cree|abre|abra) (?:una|tu|su) cuenta|registrate|registrese|suscribete|suscribase|inicia sesion|inicie sesion|(?:descarga|descargue|instala|instale) (?:la |nuestra )?(?:app|aplicacion|extension)|(?:acepta|acepte) (?:las|los|nuestras|nuestros) (?:cookies|comunicaciones|ofertas|correos)|(?:danos|introduce|indica) tu (?:telefono|numero|correo|email))`,
    modalDemand: String.raw`(?:debes|tienes que|es necesario|hay que|debe|tiene que)\s+(?:primero\s+)?(?:crear una cuenta|registrarte|registrarse|suscribirte|suscribirse|descargar|instalar|aceptar|iniciar sesion)`,
    step: String.raw`para (?:(?:ver|consultar|conocer|saber) (?:cuanto|lo que) (?:cuesta|cuestan|vale|valen)\b|(?:ver|consultar|conocer|mostrar) (?:el |los |tu |su )?(?:precio|precios|tarifa|carrito|cesta|total)\b|(?:continuar|seguir|proceder)(?: con (?:el|tu|su|la) (?:pedido|compra|reserva|pago))?${CLAUSE_END}|(?:completar|finalizar|terminar|confirmar|realizar|tramitar) (?:el |tu |su |la )?(?:pedido|compra|reserva|pago)\b|(?:ir|pasar|acceder) (?:al|a la) (?:carrito|cesta|caja|pago)\b)`,
  },
  // Italian
  {
    demand: String.raw`(?:(?:crea|apri) (?:un|il tuo) account|registrati|iscriviti|abbonati|(?:scarica|installa) (?:la |la nostra |l')?(?:app|applicazione|estensione)|accetta (?:i|le) (?:cookie|comunicazioni|offerte|newsletter))`,
    modalDemand: String.raw`(?:devi|deve|e necessario|occorre|bisogna)\s+(?:prima\s+)?(?:creare un account|registrarti|registrarsi|iscriverti|iscriversi|scaricare|installare|accettare|abbonarti)`,
    step: String.raw`per (?:(?:vedere|visualizzare|conoscere|scoprire) (?:il |i |la |le )?(?:prezzo|prezzi|carrello|totale|costo)\b|(?:continuare|proseguire|procedere)(?: (?:con )?(?:l'|il |la |il tuo |la tua )(?:ordine|acquisto|pagamento))?${CLAUSE_END}|(?:completare|finalizzare|concludere|confermare|terminare) (?:l'|il |la |il tuo |la tua )?(?:ordine|acquisto|prenotazione|pagamento)\b|(?:andare|passare|accedere) (?:al|alla) (?:carrello|cassa|pagamento)\b)`,
  },
  // Dutch
  {
    demand: String.raw`(?:maak (?:eerst )?(?:een|je|uw) (?:[a-z]+)?account aan|registreer (?:je|u)|meld (?:je|u) aan|schrijf (?:je|u) in|abonneer (?:je|u)|(?:download|installeer) (?:onze|de) (?:[a-z]+)?app|accepteer (?:de|onze|alle) (?:cookies|nieuwsbrief|marketing\w*))`,
    modalDemand: String.raw`(?:moet je|moet u|je moet|u moet)\s+(?:eerst\s+)?(?:je |u |zich )?(?:een account aanmaken|registreren|inschrijven|aanmelden|downloaden|installeren|accepteren|inloggen)`,
    step: String.raw`om (?:(?:de |het |je |uw )?(?:[a-z]+ )?(?:prijs|prijzen|winkelwagen|winkelmand|mandje|totaal)\w* te (?:zien|bekijken)|verder te gaan|af te rekenen|(?:je |uw |de )?(?:bestelling|aankoop|boeking|betaling) (?:af te (?:ronden|rekenen|sluiten)|te (?:plaatsen|voltooien|bevestigen)))`,
  },
  // Portuguese
  {
    demand: String.raw`(?:(?:crie|abra) (?:uma|a sua|sua) conta|registe-se|registre-se|cadastre-se|inscreva-se|subscreva|faca login|inicie sessao|(?:baixe|descarregue|instale) (?:o |o nosso |nosso |a |a nossa )?(?:app|aplicativo|aplicacao)|aceite (?:os|as) (?:cookies|comunicacoes|ofertas))`,
    modalDemand: String.raw`(?:precisa|tem de|tem que|deve|e necessario|e preciso)\s+(?:primeiro\s+)?(?:criar uma conta|registar-se|cadastrar-se|se cadastrar|se registrar|baixar|descarregar|instalar|aceitar)`,
    step: String.raw`para (?:(?:ver|consultar|conhecer|mostrar) (?:o |os |a |seu |o seu )?(?:preco|precos|carrinho|cesto|total)\b|(?:continuar|prosseguir)${CLAUSE_END}|(?:concluir|finalizar|completar|terminar|confirmar) (?:a |o |sua |seu |a sua |o seu )?(?:encomenda|pedido|compra|reserva|pagamento)\b|(?:ir|passar|aceder|acessar) (?:ao|a|para o) (?:carrinho|cesto|caixa|pagamento|checkout)\b)`,
  },
  // Swedish
  {
    demand: String.raw`(?:skapa (?:ett|ditt) konto|registrera dig|logga in|prenumerera|abonnera|(?:ladda ner|installera) (?:appen|var app|tillagget)|(?:godkann|acceptera) (?:cookies|marknadsforing\w*|nyhetsbrev\w*))`,
    modalDemand: String.raw`(?:du maste|maste du)\s+(?:forst\s+)?(?:skapa|registrera|logga in|ladda ner|installera|godkanna|acceptera|prenumerera|abonnera)`,
    step: String.raw`for att (?:(?:se|visa|fa se) (?:priset|priserna|varukorgen|kundvagnen|totalen|totalpriset)\b|(?:fortsatta|ga vidare)${CLAUSE_END}|(?:slutfora|genomfora|bekrafta|lagga|avsluta) (?:din |ditt )?(?:bestallning\w*|kop\w*|bokning\w*|betalning\w*)|(?:ga|komma) till (?:kassan|varukorgen|betalningen)\b)`,
  },
  // Polish
  {
    demand: String.raw`(?:zarejestruj sie|zaloguj sie|(?:za[lł]oz|utworz) konto|(?:pobierz|zainstaluj) (?:nasza |te )?aplikacje|zaakceptuj|zapisz sie|subskrybuj)`,
    modalDemand: String.raw`(?:musisz|nalezy|trzeba)\s+(?:najpierw\s+)?(?:zarejestrowac sie|zalogowac sie|za[lł]ozyc konto|utworzyc konto|pobrac|zainstalowac|zaakceptowac|zapisac sie)`,
    step: String.raw`(?:aby|zeby|by) (?:(?:zobaczyc|sprawdzic|poznac|wyswietlic) (?:[a-z]+ )?(?:cen[eay]|koszyk|koszt|kwote)|(?:kontynuowac|przejsc dalej)${CLAUSE_END}|(?:dokonczyc|sfinalizowac|z[lł]ozyc|potwierdzic|zakonczyc) (?:[a-z]+ )?(?:zamowienie|zakup|rezerwacje|platnosc)|przejsc do (?:kasy|koszyka|platnosci))`,
  },
];

/**
 * What takes a purpose out of the rule, anywhere in its clause: an optional demand, a guest's way round it, a legal
 * requirement stated as such, or the reader's own data as the object ("your saved addresses", "past orders").
 */
const WAIVED = String.raw`(?:as a guest|optional\w*|if you (?:want|wish|like|prefer)|by law|legally|saved|past orders|order history|facultati\w*|si vous (?:le )?souhaitez|en tant qu'invite|sans compte|par la loi|enregistre\w*|als gast|ohne (?:ein )?konto|wenn sie (?:mochten|wollen)|gesetzlich\w*|gespeichert\w*|como invitado|sin cuenta|si (?:quieres|lo desea)|por ley|opcional|guardad\w*|come ospite|senza account|se vuoi|per legge|facoltativ\w*|salvat\w*|zonder account|als je wilt|wettelijk|opgeslagen|como convidado|sem conta|se quiser|por lei|salv[oa]s|som gast|utan konto|om du vill|enligt lag|sparade|jako gosc|bez konta|jesli chcesz|opcjonalnie|zapisane)`;
const CLAUSE = String.raw`[^.!?;\n]`;

function purposeRule({ demand, modalDemand, step }: PurposeGrammar): string {
  const demandFirst = String.raw`\b(?:${demand}|${modalDemand})\b${CLAUSE}{0,40}?\b${step}`;
  const stepFirst = String.raw`\b${step}${CLAUSE}{0,40}?(?:,\s*|\s+)(?:${demand}|${modalDemand})\b`;
  return String.raw`(?<!\b${WAIVED}\b${CLAUSE}{0,60})(?:${demandFirst}|${stepFirst})(?!${CLAUSE}{0,60}\b${WAIVED}\b)`;
}

/** The rule, one pattern per language (each gated by its own literals). */
export const PURCHASE_STEP_DEMAND_PATTERNS = tacticPatterns(
  'forced-action',
  GRAMMARS.map((grammar, i) => [`purpose-step-demand-${['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'pl'][i]}`, 0.86, re`${purposeRule(grammar)}`] as const),
);
